/** Fields copied, lower-cased, into a record's search text (the records list's `q`). */
const searchFields = ['fullName', 'name', 'nik', 'receiptNumber', 'eventName', 'organization'] as const;

export function recordSearchText(fields: Record<string, unknown>): string {
  return searchFields
    .map((field) => fields[field])
    .filter((value): value is string => typeof value === 'string' && value.length > 0)
    .join(' ')
    .toLowerCase();
}

export function recordStatus(fields: Record<string, unknown>): string | null {
  return typeof fields.status === 'string' ? fields.status : null;
}

/** 64 lowercase hex digits: how an attachment's SHA-256 is written everywhere (refs, URLs, blob paths). */
export const sha256Pattern = /^[0-9a-f]{64}$/;

export function isSha256(value: unknown): value is string {
  return typeof value === 'string' && sha256Pattern.test(value);
}

/**
 * The attachments a change's fields refer to: a field whose value is an attachment object
 * (`{"sha256", "mime", "size", "name"}`, sync-api.md "Attachments") or a list of them (e.g. `photos`).
 */
export function attachmentHashes(fields: Record<string, unknown>): string[] {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const sha = (value as { sha256?: unknown }).sha256;
      if (isSha256(sha)) found.add(sha);
    }
  };
  for (const value of Object.values(fields)) {
    if (Array.isArray(value)) value.forEach(visit);
    else visit(value);
  }
  return [...found];
}

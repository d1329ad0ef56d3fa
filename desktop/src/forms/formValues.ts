import { normalizePhone } from '@keliling/domain';

/** Form text → record value: trimmed, and absent when empty (so an optional field is simply left out). */
export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A whole number typed in a field; absent when empty, NaN (refused by the domain) when not a number. */
export function count(value: unknown): number | undefined {
  const typed = text(value);
  if (typed === undefined) return undefined;
  return /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
}

/** A phone number as stored (+62…); what cannot be read as one is kept as typed, for the domain to refuse. */
export function phone(value: unknown): string | undefined {
  const typed = text(value);
  return typed === undefined ? undefined : (normalizePhone(typed) ?? typed);
}

/** A `datetime-local` value (officer's local time) as an ISO instant; kept as typed when unreadable. */
export function instant(value: unknown): string | undefined {
  const typed = text(value);
  if (typed === undefined) return undefined;
  const time = Date.parse(typed);
  return Number.isFinite(time) ? new Date(time).toISOString() : typed;
}

/** Ticked checklist keys → `{ key: true/false }` over every key of the list. */
export function checklist(keys: readonly string[], ticked: unknown): Record<string, boolean> {
  const on = new Set(Array.isArray(ticked) ? ticked : []);
  return Object.fromEntries(keys.map((key) => [key, on.has(key)]));
}

/** Drops the keys whose value is undefined (records never carry undefined). */
export function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

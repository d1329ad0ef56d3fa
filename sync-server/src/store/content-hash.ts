import { createHash } from 'node:crypto';
import type { Change } from '@keliling/sync';

/** JSON with object keys sorted at every level, so equal content gives equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Identifies a change's content: a retry has the same hash, a reused id with other content does not. */
export function changeContentHash(change: Change): string {
  const { id, entity, entityId, hlc, fields, deleted, by, baseHlc } = change;
  return createHash('sha256')
    .update(canonicalJson({ id, entity, entityId, hlc, fields, deleted, by, baseHlc }))
    .digest('base64url');
}

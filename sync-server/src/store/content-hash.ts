import { createHash } from 'node:crypto';
import type { Change } from '@keliling/sync';

/**
 * JSON with object keys sorted at every level, so equal content gives equal text whatever the key order. Stored
 * hashes (changes, audit chain) depend on this exact text: a change here must keep every output byte the same
 * (content-hash.test.ts holds it to the first version). Written as plain loops: it runs on every pushed change.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      if (!(i in value)) continue; // a hole (never from JSON) stays empty, as Array#map left it
      const item: unknown = value[i];
      out += canonicalJson(item === undefined ? null : item);
    }
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const item = object[key];
    if (item === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}

/** Identifies a change's content: a retry has the same hash, a reused id with other content does not. */
export function changeContentHash(change: Change): string {
  const { id, entity, entityId, hlc, fields, deleted, by, baseHlc } = change;
  return createHash('sha256')
    .update(canonicalJson({ id, entity, entityId, hlc, fields, deleted, by, baseHlc }))
    .digest('base64url');
}

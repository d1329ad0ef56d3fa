import type { Change } from '../change.js';

const encoder = new TextEncoder();

/** UTF-8 bytes of a value's JSON, as the server measures a body (decompressed). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** Bytes of `{"changes":[]}` plus, per change, its JSON and a comma. */
const envelopeBytes = jsonBytes({ changes: [] });

export type Batching = { maxChanges: number; maxBytes: number };

/**
 * Split changes (in order) into push batches that each fit `maxChanges` and `maxBytes` of request body.
 * A change that alone exceeds `maxBytes` is returned in `oversized` (it can never be pushed as it is).
 */
export function splitIntoBatches(
  changes: Change[],
  { maxChanges, maxBytes }: Batching,
): { batches: Change[][]; oversized: Change[] } {
  const batches: Change[][] = [];
  const oversized: Change[] = [];
  let current: Change[] = [];
  let bytes = envelopeBytes;
  for (const change of changes) {
    const size = jsonBytes(change);
    if (envelopeBytes + size > maxBytes) {
      oversized.push(change);
      continue;
    }
    const added = size + (current.length > 0 ? 1 : 0);
    if (current.length >= maxChanges || bytes + added > maxBytes) {
      batches.push(current);
      current = [];
      bytes = envelopeBytes;
    }
    bytes += size + (current.length > 0 ? 1 : 0);
    current.push(change);
  }
  if (current.length > 0) batches.push(current);
  return { batches, oversized };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './content-hash.js';

/** The first version, kept as the reference: stored content hashes and the audit chain were made with it. */
function referenceCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => referenceCanonicalJson(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${referenceCanonicalJson(v)}`).join(',')}}`;
}

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, undefined, 'x'], c: null }, e: undefined })).toBe(
      '{"a":{"c":null,"d":[1,null,"x"]},"b":1}',
    );
  });

  it('gives exactly the text of the first version for any value (stored hashes depend on it)', () => {
    const value = fc.anything({
      withBoxedValues: false,
      withMap: false,
      withSet: false,
      withDate: true,
      withNullPrototype: true,
      withSparseArray: true,
      withTypedArray: false,
      withBigInt: false,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(value, (v) => {
        expect(canonicalJson(v)).toBe(referenceCanonicalJson(v));
      }),
      { numRuns: 2000 },
    );
  });
});

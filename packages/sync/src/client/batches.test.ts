import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../change.js';
import { jsonBytes, splitIntoBatches } from './batches.js';

const change = (i: number, size: number): Change => ({
  id: `c${i}`,
  entity: 'sim_applications',
  entityId: `r${i}`,
  hlc: '2026-11-28T02:43:00.123Z-0001-9f3a6c2e1b7d4a05',
  fields: { notes: 'é'.repeat(size) }, // two bytes each in UTF-8
});

describe('splitIntoBatches', () => {
  it('keeps order, and every batch within count and bytes as the server measures the body', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 300, max: 3000 }),
        (sizes, maxChanges, maxBytes) => {
          const changes = sizes.map((s, i) => change(i, s));
          const { batches, oversized } = splitIntoBatches(changes, { maxChanges, maxBytes });
          for (const batch of batches) {
            expect(batch.length).toBeGreaterThan(0);
            expect(batch.length).toBeLessThanOrEqual(maxChanges);
            expect(jsonBytes({ changes: batch })).toBeLessThanOrEqual(maxBytes);
          }
          for (const c of oversized) expect(jsonBytes({ changes: [c] })).toBeGreaterThan(maxBytes);
          const kept = new Set(oversized.map((c) => c.id));
          expect(batches.flat().map((c) => c.id)).toEqual(changes.filter((c) => !kept.has(c.id)).map((c) => c.id));
        },
      ),
    );
  });
});

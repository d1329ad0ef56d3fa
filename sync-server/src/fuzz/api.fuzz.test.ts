import { describe, expect, it } from 'vitest';
import { runApiFuzz } from './target.js';

// Random and mutated requests to every endpoint (bad JSON, wrong types, huge and deep bodies, bad encodings,
// forged tokens, path traversal): every answer is a 4xx in the contract's error format or a success, never a 5xx;
// the server stays up, the database stays sound and the data seeded before is unchanged.
// The bench workspace runs the same with many more requests (bench/src/fuzz.ts).
describe('API fuzzing', () => {
  it('answers ~220 hostile requests (the fixed ones and 100 random) without a 5xx and keeps its data', async () => {
    const report = await runApiFuzz({ runs: 100 });
    expect(report.failures).toEqual([]);
    expect(report.serverErrors).toEqual([]);
    expect(report.byStatus['500']).toBeUndefined();
    expect(report.healthyAfter).toBe(true);
    expect(report.integrityCheck).toBe('ok');
    expect(report.seededRecordsUnchanged).toBe(true);
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { runCrashPushes } from './crash-pushes.js';

describe('crash safety: SIGKILL during heavy pushes', () => {
  it('keeps every answered push whole and never half of an unanswered one', async () => {
    const { figures, verification, serverOutput } = await runCrashPushes({
      seed: 'crash-small-1',
      pushers: 3,
      batchSize: 200,
      kills: 3,
      upMs: [1500, 3000],
      editShare: 0.3,
      invalidShare: 0.05,
      log: process.env.CHAOS_LOG ? (line) => console.log(line) : undefined,
    });
    if (process.env.CHAOS_LOG) console.log(JSON.stringify(figures));
    const context = `${JSON.stringify(figures)}\n${serverOutput}`;
    expect(verification.integrity, context).toBe('ok');
    expect(verification.answeredMissing, context).toEqual([]);
    expect(verification.halfPushes, context).toEqual([]);
    expect(verification.historyMismatches, context).toEqual([]);
    expect(figures.kills).toBe(3);
    expect(figures.answered).toBeGreaterThan(0);
    expect(figures.unanswered).toBeGreaterThan(0);
  }, 120_000);
});

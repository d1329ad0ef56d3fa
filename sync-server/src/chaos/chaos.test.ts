import { describe, expect, it } from 'vitest';
import { runChaos } from './run-chaos.js';

describe('chaos: devices and HQ sync through faults and server SIGKILLs', () => {
  it('loses nothing, duplicates nothing, and every replica converges to the server', async () => {
    const { figures, verification, serverOutput } = await runChaos({
      seed: 'chaos-small-1',
      devices: 8,
      changesPerDevice: 40,
      hqChanges: 40,
      restarts: 3,
      rates: { dropRequest: 0.2, dropResponse: 0.4, reset: 0.2, delay: 0.2 },
      maxDelayMs: 30,
      maxCutBytes: 20_000,
      actionPauseMs: [50, 450],
      syncPauseMs: [50, 600],
      downtimeMs: [50, 400],
      createShare: 0.3,
      pushBatch: 25,
      log: process.env.CHAOS_LOG ? (line) => console.log(line) : undefined,
    });
    if (process.env.CHAOS_LOG) console.log(JSON.stringify(figures));
    const context = `${JSON.stringify(figures)}\n${serverOutput}`;
    expect(verification.integrity, context).toBe('ok');
    expect(verification.lost, context).toEqual([]);
    expect(verification.corrupted, context).toEqual([]);
    expect(verification.phantoms, context).toEqual([]);
    expect(verification.historyMismatches, context).toEqual([]);
    expect(verification.stateMismatches, context).toEqual([]);
    expect(verification.unintendedRejections, context).toEqual([]);
    expect(verification.rejectionListMismatches, context).toEqual([]);
    expect(figures.restarts).toBe(3);
    expect(figures.changesWritten).toBeGreaterThanOrEqual(8 * 40);
    expect(figures.faults.dropRequest + figures.faults.dropResponse + figures.faults.reset).toBeGreaterThan(0);
    expect(figures.restamped).toBe(0);
    // Faults and kills are network failures to a client: transient, never fatal (a fatal error stops its scheduler).
    expect(
      Object.keys(figures.roundErrors).filter((k) => !k.startsWith('transient:')),
      context,
    ).toEqual([]);
  }, 120_000);
});

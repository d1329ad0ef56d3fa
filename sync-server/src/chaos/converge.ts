import type { SimClient } from './sim-client.js';

export type Convergence = { rounds: number; ms: number };

/**
 * Syncs every client, round after round, until the outboxes are empty and two full rounds in a row brought
 * nothing new to anyone (no push, no pull, no error). Throws after `maxRounds`.
 */
export async function syncUntilQuiet(
  clients: readonly SimClient[],
  options: { maxRounds?: number; concurrency?: number } = {},
): Promise<Convergence> {
  const started = performance.now();
  const maxRounds = options.maxRounds ?? 50;
  const concurrency = options.concurrency ?? 8;
  let quietRounds = 0;
  let lastProblem = '';
  for (let round = 1; round <= maxRounds; round++) {
    let quiet = true;
    let next = 0;
    const worker = async () => {
      while (next < clients.length) {
        const client = clients[next++]!;
        const report = await client.sync();
        const { applied, duplicate, stale, rejected, restamped } = report.pushed;
        const pushed = applied + duplicate + stale + rejected + restamped;
        if (!report.ok || pushed > 0 || report.pulled > 0 || report.pendingAfter !== 0) {
          quiet = false;
          if (!report.ok) lastProblem = `${client.name}: ${report.error?.code} ${report.error?.message}`;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, clients.length) }, worker));
    quietRounds = quiet ? quietRounds + 1 : 0;
    if (quietRounds === 2) return { rounds: round, ms: Math.round(performance.now() - started) };
  }
  throw new Error(`clients did not converge in ${maxRounds} rounds; last error: ${lastProblem || 'none'}`);
}

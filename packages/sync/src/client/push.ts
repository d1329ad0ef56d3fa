import type { Change } from '../change.js';
import type { HlcClock } from '../hlc.js';
import type { Limits, PushResponse, PushResult, RejectionReason } from '../protocol.js';
import { splitIntoBatches } from './batches.js';
import { isSyncHttpError } from './errors.js';
import type { PushOutcome, SyncStorage, SyncTransport } from './ports.js';
import type { PushTally } from './report.js';

export type PushContext = {
  storage: SyncStorage;
  transport: SyncTransport;
  clock: HlcClock;
  newId: () => string;
  nowIso: () => string;
  limits: () => Limits;
  /** Correct the clock from a response's serverTime; `force` after a clock_skew rejection. */
  adjustClock: (serverTime: string, force?: boolean) => void;
};

/**
 * 'outbox': pending local changes; a clock_skew rejection re-stamps them.
 * 'resync': the confirmed layer pushed back after resync_required; they are not in the outbox, and `id_reused`
 * only means the server still has that change (its stored content may hold fields we have since lost to newer values).
 */
export type PushMode = 'outbox' | 'resync';

const tooLarge = (maxBytes: number): RejectionReason => ({
  code: 'batch_too_large',
  message: `Perubahan ini lebih besar dari batas server (${maxBytes} byte) dan tidak dapat dikirim.`,
});

/** Push `changes` in batches bounded by count and bytes; settle each result through the storage. Returns re-stamped changes. */
export async function pushChanges(
  ctx: PushContext,
  changes: Change[],
  mode: PushMode,
  tally: PushTally,
): Promise<Change[]> {
  const limits = ctx.limits();
  const { batches, oversized } = splitIntoBatches(changes, {
    maxChanges: limits.maxBatchChanges,
    maxBytes: limits.maxBatchBytes,
  });
  const restamped: Change[] = [];
  if (oversized.length > 0) {
    await ctx.storage.recordPushOutcomes(
      oversized.map((change) => ({
        kind: 'rejected',
        change,
        reason: tooLarge(limits.maxBatchBytes),
        rejectedAt: ctx.nowIso(),
      })),
    );
    tally.rejected += oversized.length;
  }
  for (const batch of batches) restamped.push(...(await pushBatch(ctx, batch, mode, tally)));
  return restamped;
}

async function pushBatch(ctx: PushContext, batch: Change[], mode: PushMode, tally: PushTally): Promise<Change[]> {
  let response: PushResponse;
  try {
    response = await ctx.transport.push(batch);
  } catch (e) {
    // The server's limits are lower than it said (or a proxy's are): halve until it fits.
    if (isSyncHttpError(e) && e.status === 413) {
      if (batch.length === 1) {
        const change = batch[0]!;
        await ctx.storage.recordPushOutcomes([
          {
            kind: 'rejected',
            change,
            reason: { code: 'batch_too_large', message: e.message },
            rejectedAt: ctx.nowIso(),
          },
        ]);
        tally.rejected += 1;
        return [];
      }
      const half = Math.ceil(batch.length / 2);
      const first = await pushBatch(ctx, batch.slice(0, half), mode, tally);
      return [...first, ...(await pushBatch(ctx, batch.slice(half), mode, tally))];
    }
    throw e;
  }

  const byId = new Map<string, PushResult>(response.results.map((r) => [r.id, r]));
  const skewed = batch.some((c) => isClockSkew(byId.get(c.id)));
  ctx.adjustClock(response.serverTime, skewed);
  if (skewed) ctx.clock.clampToWindow?.();

  const outcomes: PushOutcome[] = [];
  const restamped: Change[] = [];
  for (const change of batch) {
    const result = byId.get(change.id);
    if (!result) continue; // no answer for it: it stays in the outbox and goes again next round
    const { status, reason } = effectiveOutcome(result);
    if (status !== 'rejected') {
      tally[status] += 1;
      if (mode === 'outbox') outcomes.push({ kind: 'confirmed', change });
      continue;
    }
    const code = reason?.code;
    if (mode === 'resync' && code === 'id_reused') {
      tally.duplicate += 1;
      continue;
    }
    if (mode === 'outbox' && (code === 'clock_skew' || code === 'id_reused')) {
      // Nothing typed is lost: the same fields go again under a new id and a corrected HLC.
      const fresh: Change = { ...change, id: ctx.newId(), hlc: ctx.clock.next() };
      outcomes.push({ kind: 'replaced', replacesId: change.id, change: fresh });
      restamped.push(fresh);
      tally.restamped += 1;
      continue;
    }
    tally.rejected += 1;
    outcomes.push({
      kind: 'rejected',
      change,
      reason: reason ?? { code: 'rejected', message: 'Ditolak server tanpa alasan.' },
      rejectedAt: ctx.nowIso(),
    });
  }
  if (outcomes.length > 0) await ctx.storage.recordPushOutcomes(outcomes);
  return restamped;
}

function isClockSkew(result: PushResult | undefined): boolean {
  return result !== undefined && effectiveOutcome(result).reason?.code === 'clock_skew';
}

/** A duplicate reports the first push's outcome in `original`: a retried change that was rejected then is rejected now. */
function effectiveOutcome(result: PushResult): { status: PushResult['status']; reason?: RejectionReason } {
  if (result.status === 'duplicate' && result.original?.status === 'rejected') {
    return { status: 'rejected', ...(result.original.reason ? { reason: result.original.reason } : {}) };
  }
  return { status: result.status, ...(result.reason ? { reason: result.reason } : {}) };
}

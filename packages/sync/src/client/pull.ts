import type { HlcClock } from '../hlc.js';
import type { Limits } from '../protocol.js';
import { SyncHttpError } from './errors.js';
import type { SyncStorage, SyncTransport } from './ports.js';

export type PullContext = {
  storage: SyncStorage;
  transport: SyncTransport;
  clock: HlcClock;
  limits: () => Limits;
  pullLimit: number | undefined;
  adjustClock: (serverTime: string) => void;
};

/**
 * Pull from the stored cursor (or from the start with `fromStart`) until `hasMore` is false. Each page is merged
 * and its cursor saved in one storage call, so a crash between pages loses nothing and repeats nothing.
 * With `fromStart` the first page also empties the confirmed layer (the resync after a server restore).
 * Returns the number of changes pulled.
 */
export async function pullAll(ctx: PullContext, fromStart: boolean): Promise<number> {
  const limit = Math.max(1, Math.min(ctx.pullLimit ?? Number.POSITIVE_INFINITY, ctx.limits().maxPullLimit));
  let since = fromStart ? null : await ctx.storage.cursor();
  let first = true;
  let pulled = 0;
  for (;;) {
    const page = await ctx.transport.pull(since, limit);
    ctx.adjustClock(page.serverTime);
    for (const change of page.changes) ctx.clock.observe(change.hlc);
    await ctx.storage.applyPull({
      changes: page.changes,
      cursor: page.cursor,
      ...(fromStart && first ? { reset: true } : {}),
    });
    pulled += page.changes.length;
    if (!page.hasMore) return pulled;
    if (page.changes.length === 0 && page.cursor === since) {
      throw new SyncHttpError({
        status: 200,
        code: 'invalid_response',
        message: 'pull made no progress: same cursor, no changes, hasMore',
      });
    }
    since = page.cursor;
    first = false;
  }
}

import type { Change } from '../change.js';
import type { HlcClock } from '../hlc.js';
import { newUlid } from '../id.js';
import { type RecordState, stateToChanges } from '../merge.js';
import { defaultLimits, type Limits } from '../protocol.js';
import { startDeadline } from './deadline.js';
import { isSyncHttpError, SyncHttpError, toSyncError } from './errors.js';
import { type LocalEdit, seenHlc, stampChange } from './local-change.js';
import type { SyncStorage, SyncTransport } from './ports.js';
import { type PullContext, pullAll } from './pull.js';
import { type PushContext, pushChanges } from './push.js';
import { emptyTally, type SyncReport } from './report.js';

export type SyncEngineOptions = {
  storage: SyncStorage;
  transport: SyncTransport;
  /** The device's clock; its `now` must be the same clock as `now` here. */
  clock: HlcClock;
  /** Used until the server states its own (from `info()`); default `defaultLimits`. */
  limits?: Limits;
  /** Lower bounds of our own (never above the server's limits). */
  batch?: { maxChanges?: number; maxBytes?: number; pullLimit?: number };
  now?: () => number;
  newId?: () => string;
  /** Correct the clock offset only when the measured skew differs from the current offset by more than this (ms). */
  skewThresholdMs?: number;
  /**
   * The longest one round may take (ms); default `defaultRoundTimeoutMs`. A round still running then ends as a
   * transient `round_timeout` and its calls are abandoned; the next round starts afresh from what is stored
   * (nothing is applied twice: pushes are idempotent by change id, pulls resume from the saved cursor).
   */
  roundTimeoutMs?: number;
};

/** Five minutes: far more than a healthy round needs, since every HTTP call already gives up after 30 s. */
export const defaultRoundTimeoutMs = 5 * 60_000;

/** How long the closing bookkeeping of a round (clock and outbox size) may take once the work has ended. */
const closingTimeoutMs = 5_000;

export type SyncEngine = {
  /** One round: server info → push the outbox → pull until up to date. Never throws; errors are in the report. */
  syncOnce(): Promise<SyncReport>;
  /** Stamp a local edit with the clock and write it (record and outbox together) through the storage. */
  write(edit: LocalEdit): Promise<Change>;
  /** The limits in force (the server's once known). */
  limits(): Limits;
  isSyncing(): boolean;
};

/** Meta key under which the engine keeps the clock's last HLC, so a restarted app never reuses one. */
export const clockMetaKey = 'hlc.last';

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { storage, transport, clock } = options;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => newUlid({ now }));
  const threshold = options.skewThresholdMs ?? 1000;
  const roundTimeoutMs = options.roundTimeoutMs ?? defaultRoundTimeoutMs;
  let serverLimits: Limits = options.limits ?? defaultLimits;
  let running: Promise<SyncReport> | null = null;

  const limits = (): Limits => ({
    maxBatchChanges: Math.min(serverLimits.maxBatchChanges, options.batch?.maxChanges ?? Infinity),
    maxBatchBytes: Math.min(serverLimits.maxBatchBytes, options.batch?.maxBytes ?? Infinity),
    maxPullLimit: Math.min(serverLimits.maxPullLimit, options.batch?.pullLimit ?? Infinity),
    maxClockSkewMs: serverLimits.maxClockSkewMs,
  });

  const adjustClock = (serverTime: string, force = false): void => {
    const server = Date.parse(serverTime);
    if (!Number.isFinite(server)) return;
    const measured = server - now();
    if (force || Math.abs(measured - clock.offset()) > threshold) clock.setOffset(measured);
  };

  const nowIso = (): string => new Date(now()).toISOString();

  /** What a round has done so far; the report is taken from it however the round ends. */
  type Progress = { pushed: SyncReport['pushed']; pulled: number; resynced: boolean; wipe?: SyncReport['wipe'] };

  /**
   * The round's work. `signal` aborts at the round's deadline: the transport gives up its call, and whatever
   * answer still arrives is ignored (nothing more is written to the store by an abandoned round).
   */
  async function work(progress: Progress, signal: AbortSignal): Promise<void> {
    const roundTransport = fenced(transport, signal);
    const pushCtx: PushContext = { storage, transport: roundTransport, clock, newId, nowIso, limits, adjustClock };
    const pullCtx: PullContext = {
      storage,
      transport: roundTransport,
      clock,
      limits,
      pullLimit: options.batch?.pullLimit,
      adjustClock,
    };
    const { pushed } = progress;

    /**
     * A retired device gives back everything it holds: the outbox (pushed as in every round) and the confirmed
     * layer `held` (it may hold acknowledged work that a server restore lost), then tells the server it is done.
     * Only with an empty outbox; otherwise the next round tries again. Returns whether the handshake completed.
     */
    const retire = async (deviceId: string, held: RecordState[]): Promise<boolean> => {
      await pushChanges(pushCtx, held.flatMap(stateToChanges), 'resync', pushed);
      if ((await storage.outboxSize()) > 0) return false;
      if (!roundTransport.retireComplete) throw new Error('this transport cannot complete a retirement');
      await roundTransport.retireComplete(deviceId);
      return true;
    };

    const info = await roundTransport.info();
    serverLimits = info.limits;
    clock.setMaxDrift?.(info.limits.maxClockSkewMs);
    adjustClock(info.serverTime);
    const retiredAs = info.device?.status === 'retired' ? info.device.id : null;
    // Read before the outbox push, so what the outbox brings into the confirmed layer is not sent twice.
    const held = retiredAs !== null ? await storage.confirmedStates() : [];

    const restamped = await pushChanges(pushCtx, await storage.outbox(), 'outbox', pushed);
    // Re-stamped changes go once more in this round, with the corrected clock.
    if (restamped.length > 0) await pushChanges(pushCtx, restamped, 'outbox', pushed);

    if (retiredAs !== null) {
      if (await retire(retiredAs, held)) progress.wipe = 'retired';
    } else {
      try {
        progress.pulled += await pullAll(pullCtx, false);
      } catch (e) {
        if (!(isSyncHttpError(e) && e.status === 409)) throw e;
        // The server was restored from a backup: give back everything we hold, then rebuild from its state.
        progress.resynced = true;
        const states = await storage.confirmedStates();
        await pushChanges(pushCtx, states.flatMap(stateToChanges), 'resync', pushed);
        await pushChanges(pushCtx, await storage.outbox(), 'outbox', pushed);
        progress.pulled += await pullAll(pullCtx, true);
      }
    }
  }

  async function round(): Promise<SyncReport> {
    const startedAt = nowIso();
    const progress: Progress = { pushed: emptyTally(), pulled: 0, resynced: false };
    let error: SyncReport['error'];
    const deadline = startDeadline(
      roundTimeoutMs,
      () =>
        new SyncHttpError({
          status: 0,
          code: 'round_timeout',
          message: `the sync round did not finish within ${roundTimeoutMs} ms`,
        }),
    );
    try {
      await deadline.race(work(progress, deadline.signal));
    } catch (e) {
      error = toSyncError(e);
      if (error.code === 'device_revoked') progress.wipe = 'revoked';
    } finally {
      deadline.clear();
    }
    // The closing bookkeeping has a time limit of its own: a store that hangs must not hang the round either.
    const closing = startDeadline(closingTimeoutMs, () => new Error('closing bookkeeping timed out'));
    const last = clock.last();
    if (last !== null) await closing.race(storage.setMeta(clockMetaKey, last)).catch(() => undefined);
    const pendingAfter = await closing.race(storage.outboxSize()).catch(() => -1);
    closing.clear();
    const { wipe } = progress;
    return {
      ok: error === undefined,
      startedAt,
      finishedAt: nowIso(),
      pushed: { ...progress.pushed },
      pulled: progress.pulled,
      resynced: progress.resynced,
      pendingAfter,
      ...(wipe ? { wipe } : {}),
      ...(error ? { error } : {}),
    };
  }

  return {
    syncOnce() {
      // One round at a time per engine: a second call joins the running round.
      running ??= round().finally(() => {
        running = null;
      });
      return running;
    },
    async write(edit) {
      const seen = seenHlc(await storage.record(edit.entity, edit.entityId));
      const change = stampChange(edit, clock, newId, seen);
      await storage.write(change);
      await storage.setMeta(clockMetaKey, change.hlc);
      return change;
    },
    limits,
    isSyncing: () => running !== null,
  };
}

/**
 * The transport as one round sees it: every call carries the round's signal, none starts after the deadline,
 * and an answer that arrives after it is dropped (the round has been given up; the next one asks again).
 */
function fenced(transport: SyncTransport, signal: AbortSignal): SyncTransport {
  const call = { signal };
  const guard = async <T>(send: () => Promise<T>): Promise<T> => {
    signal.throwIfAborted();
    const answer = await send();
    signal.throwIfAborted();
    return answer;
  };
  const { retireComplete } = transport;
  return {
    push: (changes) => guard(() => transport.push(changes, call)),
    pull: (since, limit) => guard(() => transport.pull(since, limit, call)),
    info: () => guard(() => transport.info(call)),
    ...(retireComplete
      ? { retireComplete: (deviceId: string) => guard(() => retireComplete.call(transport, deviceId, call)) }
      : {}),
  };
}

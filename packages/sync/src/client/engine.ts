import type { Change } from '../change.js';
import type { HlcClock } from '../hlc.js';
import { newUlid } from '../id.js';
import { stateToChanges } from '../merge.js';
import { defaultLimits, type Limits } from '../protocol.js';
import { isSyncHttpError, toSyncError } from './errors.js';
import { seenHlc, stampChange, type LocalEdit } from './local-change.js';
import type { SyncStorage, SyncTransport } from './ports.js';
import { pullAll, type PullContext } from './pull.js';
import { pushChanges, type PushContext } from './push.js';
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
};

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
  const pushCtx: PushContext = { storage, transport, clock, newId, nowIso, limits, adjustClock };
  const pullCtx: PullContext = { storage, transport, clock, limits, pullLimit: options.batch?.pullLimit, adjustClock };

  async function round(): Promise<SyncReport> {
    const startedAt = nowIso();
    const pushed = emptyTally();
    let pulled = 0;
    let resynced = false;
    let error: SyncReport['error'];
    try {
      const info = await transport.info();
      serverLimits = info.limits;
      clock.setMaxDrift?.(info.limits.maxClockSkewMs);
      adjustClock(info.serverTime);

      const restamped = await pushChanges(pushCtx, await storage.outbox(), 'outbox', pushed);
      // Re-stamped changes go once more in this round, with the corrected clock.
      if (restamped.length > 0) await pushChanges(pushCtx, restamped, 'outbox', pushed);

      try {
        pulled += await pullAll(pullCtx, false);
      } catch (e) {
        if (!(isSyncHttpError(e) && e.status === 409)) throw e;
        // The server was restored from a backup: give back everything we hold, then rebuild from its state.
        resynced = true;
        const states = await storage.confirmedStates();
        await pushChanges(pushCtx, states.flatMap(stateToChanges), 'resync', pushed);
        await pushChanges(pushCtx, await storage.outbox(), 'outbox', pushed);
        pulled += await pullAll(pullCtx, true);
      }
    } catch (e) {
      error = toSyncError(e);
    }
    const last = clock.last();
    if (last !== null) await storage.setMeta(clockMetaKey, last).catch(() => undefined);
    const pendingAfter = await storage.outboxSize().catch(() => -1);
    return {
      ok: error === undefined,
      startedAt,
      finishedAt: nowIso(),
      pushed,
      pulled,
      resynced,
      pendingAfter,
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

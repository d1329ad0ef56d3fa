import {
  createHttpTransport,
  createSyncEngine,
  createSyncScheduler,
  emptyTally,
  type FetchLike,
  type HlcClock,
  type SyncError,
  type SyncReport,
  type SyncStorage,
} from '@keliling/sync';
import { pendingUploadCount } from '../attachments/attachmentStore';
import type { KelilingDb } from '../db/database';
import { catchUpClock, persistClock } from '../device/clock';
import type { DeviceIdentity } from '../device/identity';
import type { WipeReason } from '../security/wipe';
import { type LockRequester, withSyncLock } from './syncLock';

/** Meta keys the sync service keeps (shared by all tabs through IndexedDB). */
export const lastSyncMetaKey = 'sync.lastSuccessAt';

export type SyncStatus = {
  /** The browser says it is online and the last attempt reached the server (or none failed to). */
  online: boolean;
  syncing: boolean;
  /** Why the last round failed; null after a successful one. */
  lastError: SyncError | null;
  /** Why the last round's photo uploads stopped (an error code), null when they all went or none waited. */
  uploadError?: string | null;
};

/** The indicator's four states (also its data-state attribute). */
export type SyncIndicatorState = 'online' | 'offline' | 'syncing' | 'error';

export function indicatorState(status: SyncStatus): SyncIndicatorState {
  if (status.syncing) return 'syncing';
  if (!status.online) return 'offline';
  if (status.lastError) return 'error';
  return 'online';
}

/** What the service needs from the browser; tests pass their own. */
export type SyncEnvironment = {
  isOnline(): boolean;
  /** Calls back on the browser's 'online'/'offline' events; returns an unsubscribe. */
  onConnectivity(listener: (online: boolean) => void): () => void;
  locks?: LockRequester;
  fetch?: FetchLike;
};

export function browserEnvironment(): SyncEnvironment {
  return {
    isOnline: () => navigator.onLine,
    onConnectivity(listener) {
      const up = () => listener(true);
      const down = () => listener(false);
      window.addEventListener('online', up);
      window.addEventListener('offline', down);
      return () => {
        window.removeEventListener('online', up);
        window.removeEventListener('offline', down);
      };
    },
    ...(typeof navigator !== 'undefined' && navigator.locks ? { locks: navigator.locks } : {}),
  };
}

export type SyncService = {
  start(): void;
  stop(): void;
  /** The "Sinkronkan sekarang" button: a round now, whatever the browser believes about the network. */
  syncNow(): void;
  /** After a local save: send it soon if the browser is online (offline, it waits for the 'online' event). */
  localWrite(): void;
  status(): SyncStatus;
  subscribe(listener: () => void): () => void;
  readonly clock: HlcClock;
};

export type SyncServiceOptions = {
  db: KelilingDb;
  storage: SyncStorage;
  identity: DeviceIdentity;
  clock: HlcClock;
  environment: SyncEnvironment;
  intervalMs?: number;
  now?: () => number;
  /** HQ revoked this device (401 `device_revoked`), or retired it and the final push is done: delete local data. */
  onWipe?: (reason: WipeReason) => void;
  /**
   * Work after each round that reached the server: the photos saved records refer to go up (attachments/
   * uploader.ts) and the conflicts cache is refreshed. Reports the uploads that failed.
   */
  afterSync?: () => Promise<{ failed: { code: string; permanent: boolean }[] }>;
};

/** Whether a round's report tells the device to wipe itself, and why. */
export function wipeReasonOf(report: SyncReport): WipeReason | null {
  return report.wipe ?? (report.error?.code === 'device_revoked' ? 'revoked' : null);
}

/**
 * Wires the sync engine (Dexie storage, HTTP transport, the persisted clock) to a schedule: a round at start,
 * every `intervalMs` while rounds succeed, with backoff after failures, at once when the browser comes back
 * online, and on demand. Rounds run under a Web Lock, so only one tab of the device syncs at a time.
 * Nothing here blocks the UI: rounds run in the background and report through `status()`.
 */
export function createSyncService(options: SyncServiceOptions): SyncService {
  const { db, storage, identity, clock, environment } = options;
  const now = options.now ?? Date.now;
  const transport = createHttpTransport({
    baseUrl: identity.serverUrl,
    token: identity.token,
    headers: { 'accept-language': 'id' },
    ...(environment.fetch ? { fetch: environment.fetch } : {}),
    // HQ's device list shows what this laptop still holds (the Keliling-Outbox header).
    outbox: async () => ({ changes: await db.outbox.count(), uploads: await pendingUploadCount(db) }),
  });
  const engine = createSyncEngine({ storage, transport, clock, limits: identity.limits, now });
  const listeners = new Set<() => void>();
  let status: SyncStatus = { online: environment.isOnline(), syncing: false, lastError: null };
  let unsubscribeConnectivity: (() => void) | null = null;

  const setStatus = (next: Partial<SyncStatus>): void => {
    status = { ...status, ...next };
    for (const listener of listeners) listener();
  };

  const skipped = (): SyncReport => {
    const at = new Date(now()).toISOString();
    return {
      ok: true,
      startedAt: at,
      finishedAt: at,
      pushed: emptyTally(),
      pulled: 0,
      resynced: false,
      pendingAfter: -1,
    };
  };

  async function round(): Promise<SyncReport> {
    setStatus({ syncing: true });
    try {
      const result = await withSyncLock(environment.locks, async () => {
        await catchUpClock(db, clock);
        const report = await engine.syncOnce();
        await persistClock(db, clock);
        if (report.ok) await db.meta.put({ key: lastSyncMetaKey, value: report.finishedAt });
        if (report.ok && options.afterSync) {
          // Photos go after the records that refer to them; a failure here never fails the round.
          const uploads = await options
            .afterSync()
            .catch(() => ({ failed: [{ code: 'local_error', permanent: false }] }));
          setStatus({ uploadError: uploads.failed.find((failure) => !failure.permanent)?.code ?? null });
        }
        return report;
      });
      if (result === 'busy') return skipped(); // another tab is syncing this device's data right now
      const wipe = wipeReasonOf(result);
      // A retired device wipes only once nothing is owed to the server: photos still waiting hold the wipe back to
      // a later round (a revoked device is presumed stolen and wipes at once).
      if (wipe === 'revoked' || (wipe === 'retired' && (await pendingUploadCount(db)) === 0)) options.onWipe?.(wipe);
      const networkDown = result.error?.code === 'network_error';
      setStatus({ lastError: result.error ?? null, online: environment.isOnline() && !networkDown });
      return result;
    } catch (e) {
      const error: SyncError = {
        kind: 'transient',
        code: 'local_error',
        message: e instanceof Error ? e.message : String(e),
      };
      setStatus({ lastError: error });
      return { ...skipped(), ok: false, error };
    } finally {
      setStatus({ syncing: false });
    }
  }

  const scheduler = createSyncScheduler({
    sync: round,
    intervalMs: options.intervalMs ?? 30_000,
    backoff: { baseMs: 2000, maxMs: 300_000 },
  });

  return {
    clock,
    start() {
      unsubscribeConnectivity ??= environment.onConnectivity((online) => {
        setStatus({ online });
        if (online) scheduler.trigger();
        else scheduler.stop();
      });
      if (environment.isOnline()) scheduler.start();
    },
    stop() {
      unsubscribeConnectivity?.();
      unsubscribeConnectivity = null;
      scheduler.stop();
    },
    syncNow() {
      scheduler.trigger();
    },
    localWrite() {
      if (environment.isOnline()) scheduler.trigger();
    },
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

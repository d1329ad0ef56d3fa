import { type BackoffOptions, backoffDelay } from './backoff.js';
import { toSyncError } from './errors.js';
import { emptyTally, type SyncReport } from './report.js';

export type Timers = {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

export type SyncSchedulerOptions = {
  /** One sync round, usually `engine.syncOnce`. */
  sync: () => Promise<SyncReport>;
  /** Delay between successful rounds (ms); default 30 s. */
  intervalMs?: number;
  backoff?: BackoffOptions;
  timers?: Timers;
  onReport?: (report: SyncReport) => void;
};

export type SyncScheduler = {
  start(): void;
  stop(): void;
  /** Sync now (e.g. after a local write or when the network comes back); resets the backoff. */
  trigger(): void;
  /** Consecutive failed rounds. */
  failures(): number;
  /** Delay until the next scheduled round (ms), or null when stopped or running. */
  nextDelay(): number | null;
};

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Runs sync rounds: every `intervalMs` while they succeed; after a transient failure, with exponential backoff
 * and jitter (honouring Retry-After). An auth or fatal error stops the schedule until `trigger()` or `start()`.
 */
export function createSyncScheduler(options: SyncSchedulerOptions): SyncScheduler {
  const interval = options.intervalMs ?? 30_000;
  const timers = options.timers ?? defaultTimers;
  let active = false;
  let running = false;
  let again = false;
  let handle: unknown = null;
  let failures = 0;
  let delay: number | null = null;

  const schedule = (ms: number): void => {
    if (!active) return;
    if (handle !== null) timers.clearTimeout(handle);
    delay = ms;
    handle = timers.setTimeout(() => {
      handle = null;
      delay = null;
      void run();
    }, ms);
  };

  async function run(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    let report: SyncReport;
    try {
      report = await options.sync();
    } catch (e) {
      // engine.syncOnce never throws; another `sync` might. Treat it as a failed round, never as an unhandled rejection.
      const at = new Date().toISOString();
      report = {
        ok: false,
        startedAt: at,
        finishedAt: at,
        pushed: emptyTally(),
        pulled: 0,
        resynced: false,
        pendingAfter: -1,
        error: toSyncError(e),
      };
    } finally {
      running = false;
    }
    options.onReport?.(report);
    if (report.wipe) {
      // Revoked or retired: nothing more to sync; the app wipes local data.
      active = false;
      return;
    }
    if (again) {
      again = false;
      failures = 0;
      schedule(0);
      return;
    }
    if (report.ok) {
      failures = 0;
      schedule(interval);
    } else if (report.error?.kind === 'transient') {
      schedule(backoffDelay(failures, options.backoff, report.error.retryAfterMs));
      failures += 1;
    } else {
      failures += 1; // auth or fatal: wait for the app (re-login, update) to trigger again
    }
  }

  return {
    start() {
      if (active) return;
      active = true;
      schedule(0);
    },
    stop() {
      active = false;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      delay = null;
    },
    trigger() {
      failures = 0;
      if (!active) active = true;
      if (running) again = true;
      else schedule(0);
    },
    failures: () => failures,
    nextDelay: () => delay,
  };
}

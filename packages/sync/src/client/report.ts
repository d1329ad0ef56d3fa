import type { SyncError } from './errors.js';

export type PushTally = {
  applied: number;
  duplicate: number;
  stale: number;
  rejected: number;
  /** Re-stamped with a new id and HLC (after `clock_skew`) and queued again. */
  restamped: number;
};

/** What one sync round did. `error` is set when the round stopped early; the counts say how far it got. */
export type SyncReport = {
  ok: boolean;
  startedAt: string;
  finishedAt: string;
  pushed: PushTally;
  pulled: number;
  /** True when the server asked for a resync (restored from a backup) and the whole local state was pushed back. */
  resynced: boolean;
  /** Changes still in the outbox after the round. */
  pendingAfter: number;
  error?: SyncError;
};

export function emptyTally(): PushTally {
  return { applied: 0, duplicate: 0, stale: 0, rejected: 0, restamped: 0 };
}

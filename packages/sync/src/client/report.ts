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
  /**
   * Set when the shell must now wipe this device's local data and stop syncing: `revoked` (the server refused the
   * token with device_revoked: a lost or stolen device) or `retired` (the device was handed back; everything it
   * held has been pushed and the server has been told, so its token is now refused).
   */
  wipe?: 'revoked' | 'retired';
  error?: SyncError;
};

export function emptyTally(): PushTally {
  return { applied: 0, duplicate: 0, stale: 0, rejected: 0, restamped: 0 };
}

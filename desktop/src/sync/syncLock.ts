/** The Web Lock that makes one tab of this device the one that syncs at any moment. */
export const syncLockName = 'keliling-sync';

export type LockRequester = Pick<LockManager, 'request'>;

/**
 * Runs `work` while holding the sync lock, or returns 'busy' at once when another tab holds it (that tab is
 * syncing the same database). Without Web Locks (old browsers) the work simply runs.
 */
export async function withSyncLock<T>(locks: LockRequester | undefined, work: () => Promise<T>): Promise<T | 'busy'> {
  if (!locks) return work();
  return locks.request(syncLockName, { ifAvailable: true }, async (lock) => (lock ? work() : 'busy')) as Promise<
    T | 'busy'
  >;
}

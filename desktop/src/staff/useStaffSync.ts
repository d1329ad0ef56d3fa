import { useEffect, useState, useSyncExternalStore } from 'react';
import { createStaffSync, type StaffSync } from './staffSync';
import type { StaffSession } from './staffSession';

const roundEveryMs = 30_000;

/**
 * The session's sync client, synced at once and every 30 seconds while the staff screens are open. Calls
 * `onUnauthorized` when the server no longer accepts the session's token (expired or revoked).
 */
export function useStaffSync(session: StaffSession, onUnauthorized: () => void): StaffSync | null {
  const [sync, setSync] = useState<StaffSync | null>(null);
  const { token, serverUrl, nodeId } = session;

  // Recreated only for another credential, not for every equal session object.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the session's credential fields.
  useEffect(() => {
    const client = createStaffSync(session);
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const round = async () => {
      const report = await client.syncOnce();
      if (stopped) return;
      if (report.error?.code === 'unauthorized') {
        onUnauthorized();
        return;
      }
      timer = setTimeout(round, roundEveryMs);
    };
    setSync(client);
    void round();
    return () => {
      stopped = true;
      clearTimeout(timer);
      setSync(null);
    };
  }, [token, serverUrl, nodeId]);

  return sync;
}

const noSubscribe = () => () => undefined;

/** Re-renders on every write and sync round of the session's client; returns its version counter. */
export function useStaffSyncVersion(sync: StaffSync | null): number {
  return useSyncExternalStore(sync ? sync.subscribe : noSubscribe, sync ? sync.version : () => -1);
}

import type { HlcClock } from '@keliling/sync';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useServices } from '../app/services';
import { removeStaleDrafts } from '../attachments/draftCleanup';
import { uploadPendingAttachments } from '../attachments/uploader';
import { loadClock } from '../device/clock';
import type { DeviceIdentity } from '../device/identity';
import { refreshReviewCache } from '../records/reviewCache';
import { browserEnvironment, createSyncService, type SyncService, type SyncStatus } from './syncService';

/**
 * The device's clock and sync service for an enrolled identity, created once per identity and stopped on
 * unmount. Null while the clock is being restored from IndexedDB (a few milliseconds).
 */
export function useSyncService(identity: DeviceIdentity): { service: SyncService; clock: HlcClock } | null {
  const { db, storage, now, wipe, vault } = useServices();
  const [value, setValue] = useState<{ service: SyncService; clock: HlcClock } | null>(null);
  const { deviceId, token, serverUrl, nodeId } = identity;

  // Recreated only when the credential changes, not for every new identity object with the same values.
  // biome-ignore lint/correctness/useExhaustiveDependencies: identity is keyed by its fields.
  useEffect(() => {
    let cancelled = false;
    let service: SyncService | null = null;
    // At each sign-in: photos captured into forms that were never saved, a week or more ago, are let go.
    void removeStaleDrafts(db, { now }).catch((e: unknown) => console.error('draft cleanup failed', e));
    void loadClock(db, nodeId, now).then((clock) => {
      if (cancelled) return;
      service = createSyncService({
        db,
        storage,
        identity,
        clock,
        environment: browserEnvironment(),
        now,
        onWipe: (reason) => void wipe(reason),
        afterSync: async () => {
          const cipher = vault.cipher();
          const uploads = await uploadPendingAttachments({ db, cipher, baseUrl: serverUrl, token, now });
          await refreshReviewCache(db, cipher, { serverUrl, token }, now).catch(() => undefined);
          return uploads;
        },
      });
      service.start();
      setValue({ service, clock });
    });
    return () => {
      cancelled = true;
      service?.stop();
      setValue(null);
    };
  }, [db, storage, now, wipe, vault, deviceId, token, serverUrl, nodeId]);

  return value;
}

const offlineStatus: SyncStatus = { online: false, syncing: false, lastError: null };
const noop = () => () => undefined;

export function useSyncStatus(service: SyncService | null): SyncStatus {
  return useSyncExternalStore(service ? service.subscribe : noop, service ? service.status : () => offlineStatus);
}

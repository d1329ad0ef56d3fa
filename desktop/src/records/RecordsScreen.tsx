import type { HlcClock } from '@keliling/sync';
import { useEffect, useState } from 'react';
import type { DeviceIdentity } from '../device/identity';
import type { SyncService } from '../sync/syncService';
import { useSyncStatus } from '../sync/useSyncService';
import { RecordPage } from './RecordPage';
import { RecordsList } from './RecordsList';
import { recordFromHash } from './recordLabels';

/** `#/data`: the list; `#/data/<entity>/<id>`: one record's page. */
export function RecordsScreen({
  identity,
  sync,
}: {
  identity: DeviceIdentity;
  sync: { service: SyncService; clock: HlcClock } | null;
}) {
  const [hash, setHash] = useState(() => location.hash);
  const status = useSyncStatus(sync?.service ?? null);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const open = recordFromHash(hash);
  if (open && sync) {
    return (
      <RecordPage
        key={`${open.entity}/${open.entityId}`}
        entity={open.entity}
        entityId={open.entityId}
        identity={identity}
        clock={sync.clock}
        online={status.online}
        onSaved={() => sync.service.localWrite()}
      />
    );
  }
  return <RecordsList />;
}

import { useServices } from '../app/services';
import { messageForCode } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { useLiveQuery } from '../ui/useLiveQuery';
import { indicatorState, lastSyncMetaKey, type SyncService } from './syncService';
import { useSyncStatus } from './useSyncService';

const stateLabels = {
  online: 'Daring',
  offline: 'Luring',
  syncing: 'Menyinkronkan…',
  error: 'Gagal sinkron',
} as const;

/** Network state, what waits to be sent, when the last sync succeeded, and a button to sync now. */
export function SyncIndicator({ service }: { service: SyncService | null }) {
  const { db } = useServices();
  const status = useSyncStatus(service);
  const state = indicatorState(status);
  const pending = useLiveQuery(() => db.outbox.count(), [db], 0);
  const lastSync = useLiveQuery(async () => {
    const value = (await db.meta.get(lastSyncMetaKey))?.value;
    return typeof value === 'string' ? value : null;
  }, [db], null);

  return (
    <section className={`sync sync-${state}`} aria-label="Status sinkronisasi" data-testid="sync-indicator" data-state={state}>
      <div className="sync-line">
        <span className="dot" aria-hidden="true" />
        <strong data-testid="sync-state-label">{stateLabels[state]}</strong>
        <span className="sync-pending" aria-live="polite">
          <span data-testid="pending-count" data-count={pending}>
            {pending}
          </span>{' '}
          menunggu dikirim
        </span>
        <button
          type="button"
          className="button secondary small"
          data-testid="sync-now"
          onClick={() => service?.syncNow()}
          disabled={!service || status.syncing}
        >
          Sinkronkan sekarang
        </button>
      </div>
      <div className="sync-detail muted">
        <span data-testid="last-sync">
          Terakhir tersinkron: {lastSync ? <time dateTime={lastSync}>{formatDateTime(lastSync)}</time> : 'belum pernah'}
        </span>
        {status.lastError && (
          <span className="sync-error" role="status" data-testid="sync-error" data-code={status.lastError.code}>
            {messageForCode(status.lastError.code, status.lastError.message)}
          </span>
        )}
      </div>
    </section>
  );
}

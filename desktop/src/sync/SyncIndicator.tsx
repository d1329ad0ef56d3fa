import { useState } from 'react';
import { useServices } from '../app/services';
import { pendingUploadCount } from '../attachments/attachmentStore';
import { syncStateCounts } from '../db/recordQuery';
import { openConflictCount } from '../records/reviewCache';
import { useIndexMigration } from '../records/useIndexMigration';
import { useLiveQuery } from '../ui/useLiveQuery';
import './sync.css';
import { useTranslation } from 'react-i18next';
import { msg } from '../i18n/i18n';
import { useFormat } from '../i18n/useFormat';
import { type SyncProblem, syncProblems } from './syncProblems';
import { indicatorState, lastSyncMetaKey, type SyncService } from './syncService';
import { useSyncStatus } from './useSyncService';

const stateLabels = {
  online: msg('Daring'),
  offline: msg('Luring'),
  syncing: msg('Menyinkronkan…'),
  error: msg('Gagal sinkron'),
} as const;

type Counts = {
  pendingChanges: number;
  pendingUploads: number;
  failedUploads: number;
  rejectedRecords: number;
  openConflicts: number;
  lastSync: string | null;
};
const noCounts: Counts = {
  pendingChanges: 0,
  pendingUploads: 0,
  failedUploads: 0,
  rejectedRecords: 0,
  openConflicts: 0,
  lastSync: null,
};

/** What the panel counts, live from IndexedDB (counts need no key; the conflicts cache does). */
function useSyncCounts(): Counts {
  const { db, vault } = useServices();
  return useLiveQuery(
    async () => {
      const [pendingChanges, pendingUploads, failedUploads, states, lastSync] = await Promise.all([
        db.outbox.count(),
        pendingUploadCount(db),
        db.attachments.where('state').equals('failed').count(),
        syncStateCounts(db),
        db.meta.get(lastSyncMetaKey),
      ]);
      let openConflicts = 0;
      try {
        openConflicts = await openConflictCount(db, vault.cipher());
      } catch {
        // locked: nothing to show anyway
      }
      const value = lastSync?.value;
      return {
        pendingChanges,
        pendingUploads,
        failedUploads,
        rejectedRecords: states.rejected,
        openConflicts,
        lastSync: typeof value === 'string' ? value : null,
      };
    },
    [db, vault],
    noCounts,
  );
}

/**
 * The sync panel: network state, changes and photos waiting, the last successful sync and "Sinkronkan sekarang" in
 * the header; "Rincian" opens each problem in plain Bahasa Indonesia with what to do about it.
 */
export function SyncIndicator({ service }: { service: SyncService | null }) {
  const { t } = useTranslation();
  const { dateTime, language } = useFormat();
  const { now } = useServices();
  const status = useSyncStatus(service);
  const state = indicatorState(status);
  const counts = useSyncCounts();
  const indexing = useIndexMigration();
  const [open, setOpen] = useState(false);
  const problems: SyncProblem[] = syncProblems(
    {
      online: status.online,
      errorCode: status.lastError?.code ?? null,
      pendingChanges: counts.pendingChanges,
      rejectedRecords: counts.rejectedRecords,
      pendingUploads: counts.pendingUploads,
      failedUploads: counts.failedUploads,
      uploadErrorCode: status.uploadError ?? null,
      openConflicts: counts.openConflicts,
      lastSuccessAt: counts.lastSync,
      now: now(),
    },
    (text, values) => t(text, values),
  );
  const serious = problems.filter((problem) => problem.severity !== 'info').length;

  return (
    <section
      className={`sync sync-${state}`}
      aria-label={t('Status sinkronisasi')}
      data-testid="sync-indicator"
      data-state={state}
    >
      <div className="sync-line">
        <span className="dot" aria-hidden="true" />
        <strong data-testid="sync-state-label">{t(stateLabels[state])}</strong>
        <span className="sync-pending" aria-live="polite">
          <span data-testid="pending-count" data-count={counts.pendingChanges}>
            {counts.pendingChanges}
          </span>{' '}
          {t('perubahan,')}{' '}
          <span data-testid="pending-uploads" data-count={counts.pendingUploads}>
            {counts.pendingUploads}
          </span>{' '}
          {t('foto menunggu dikirim')}
        </span>
        <button
          type="button"
          className="button secondary small"
          data-testid="sync-now"
          onClick={() => service?.syncNow()}
          disabled={!service || status.syncing}
        >
          {t('Sinkronkan sekarang')}
        </button>
        <button
          type="button"
          className={
            serious > 0
              ? 'button secondary small sync-problems-toggle has-problems'
              : 'button secondary small sync-problems-toggle'
          }
          aria-expanded={open}
          aria-controls="sync-panel"
          data-testid="sync-details-toggle"
          data-problems={problems.length}
          onClick={() => setOpen(!open)}
        >
          {problems.length > 0 ? t('Rincian ({{count}} masalah)', { count: problems.length }) : t('Rincian')}
        </button>
      </div>
      <div className="sync-detail muted">
        <span data-testid="last-sync">
          {t('Terakhir tersinkron:')}{' '}
          {counts.lastSync ? <time dateTime={counts.lastSync}>{dateTime(counts.lastSync)}</time> : t('belum pernah')}
        </span>
        {status.lastError && (
          <span className="sync-error" role="status" data-testid="sync-error" data-code={status.lastError.code}>
            {problems.find((problem) => problem.code === status.lastError?.code)?.message ?? status.lastError.code}
          </span>
        )}
      </div>
      {open && (
        <div className="sync-panel card" id="sync-panel" data-testid="sync-panel">
          <dl className="sync-facts">
            <dt>{t('Jaringan')}</dt>
            <dd>{status.online ? t('Tersambung ke server') : t('Tidak tersambung')}</dd>
            <dt>{t('Perubahan menunggu')}</dt>
            <dd>{counts.pendingChanges}</dd>
            <dt>{t('Foto menunggu unggah')}</dt>
            <dd>{counts.pendingUploads}</dd>
            <dt>{t('Data ditolak')}</dt>
            <dd>{counts.rejectedRecords}</dd>
            <dt>{t('Terakhir tersinkron')}</dt>
            <dd>{counts.lastSync ? dateTime(counts.lastSync) : t('belum pernah')}</dd>
          </dl>
          {indexing > 0 && (
            <p className="muted small" data-testid="index-migration">
              {t('Menyiapkan indeks pencarian untuk {{count}} data lama…', {
                count: indexing.toLocaleString(`${language}-ID`),
              })}
            </p>
          )}
          {problems.length === 0 ? (
            <p data-testid="sync-all-well">{t('Semua pekerjaan sudah terkirim ke server.')}</p>
          ) : (
            <ul className="sync-problems">
              {problems.map((problem) => (
                <li
                  key={problem.code}
                  className={`sync-problem ${problem.severity}`}
                  data-testid="sync-problem"
                  data-code={problem.code}
                >
                  <strong>{problem.message}</strong>
                  <p>{problem.action}</p>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

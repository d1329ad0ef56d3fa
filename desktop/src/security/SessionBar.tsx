import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { pendingUploadCount } from '../attachments/attachmentStore';
import { useLiveQuery } from '../ui/useLiveQuery';
import { useVaultState } from './useVault';

/**
 * Who is signed in, and "Keluar". Signing out only locks: unsynced work stays on the device, sealed, and goes once
 * an officer signs in again while online; the officer is told how much is still waiting before leaving.
 */
export function SessionBar() {
  const { t } = useTranslation();
  const { db, vault } = useServices();
  const state = useVaultState(vault);
  const unsent = useLiveQuery(
    async () => {
      const [changes, uploads] = await Promise.all([db.outbox.count(), pendingUploadCount(db)]);
      return { changes, uploads };
    },
    [db],
    { changes: 0, uploads: 0 },
  );
  const pending = unsent.changes + unsent.uploads;
  const [confirming, setConfirming] = useState(false);
  if (state.status !== 'unlocked') return null;
  const { officer } = state;

  const signOut = () => {
    if (pending > 0 && !confirming) setConfirming(true);
    else vault.lock();
  };

  return (
    <div className="session">
      <span className="small" data-testid="signed-in-officer" data-officer-id={officer.id}>
        {officer.rank ? `${officer.rank} ${officer.name}` : officer.name}
      </span>
      <button type="button" className="button secondary small" data-testid="sign-out" onClick={signOut}>
        {t('Keluar')}
      </button>
      {confirming && (
        <div
          className="session-warning warning"
          role="alertdialog"
          aria-labelledby="signout-warning-text"
          data-testid="signout-warning"
          data-count={pending}
        >
          <p id="signout-warning-text">
            {t('Masih ada')} <span data-testid="signout-warning-changes">{unsent.changes}</span> {t('perubahan dan')}{' '}
            <span data-testid="signout-warning-uploads">{unsent.uploads}</span>{' '}
            {t('foto yang belum terkirim ke server.')}{' '}
            {t(
              'Semuanya tetap tersimpan terenkripsi di perangkat ini dan dikirim setelah petugas masuk lagi dan perangkat tersambung. Jangan hapus data peramban sebelum terkirim.',
            )}
          </p>
          <div className="actions">
            <button
              type="button"
              className="button primary small"
              data-testid="signout-confirm"
              onClick={() => vault.lock()}
            >
              {t('Tetap keluar')}
            </button>
            <button
              type="button"
              className="button secondary small"
              data-testid="signout-cancel"
              onClick={() => setConfirming(false)}
            >
              {t('Batal')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

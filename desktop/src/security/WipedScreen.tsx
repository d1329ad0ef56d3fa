import { useTranslation } from 'react-i18next';
import { msg } from '../i18n/i18n';
import { useFormat } from '../i18n/useFormat';
import type { WipeNotice } from './wipe';

const explanations = {
  revoked: msg(
    'Perangkat ini dicabut oleh admin Polres (misalnya karena hilang atau dicuri). Semua data di perangkat ini sudah dihapus.',
  ),
  retired: msg(
    'Perangkat ini sudah dipensiunkan. Semua data telah dikirim ke server, lalu data di perangkat ini dihapus.',
  ),
} as const;

/** Shown once after the device deleted its local data, so nobody thinks the records vanished by accident. */
export function WipedScreen({ notice, onContinue }: { notice: WipeNotice; onContinue: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <main className="page narrow" data-testid="wiped-screen" data-reason={notice.reason}>
      <section className="card" role="alert">
        <h1>{t('Data perangkat telah dihapus')}</h1>
        <p>{t(explanations[notice.reason])}</p>
        <p className="muted">{t('Dihapus pada {{time}}.', { time: format.dateTime(notice.at) })}</p>
        <div className="actions">
          <button type="button" className="button primary" data-testid="wiped-continue" onClick={onContinue}>
            {t('Daftarkan perangkat lagi')}
          </button>
        </div>
      </section>
    </main>
  );
}

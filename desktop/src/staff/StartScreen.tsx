import { useTranslation } from 'react-i18next';
import '../coordinator/coordinator.css';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

/** First start of the app on a computer that is not an enrolled unit device: enroll it, or sign in as staff. */
export function StartScreen({ onEnroll, onStaff }: { onEnroll: () => void; onStaff: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="page narrow" data-testid="start-screen">
      <header className="brand">
        <img src="/icon.svg" alt="" width="40" height="40" />
        <div>
          <h1>Keliling</h1>
          <p className="muted">{t('Pelayanan keliling Polri — tetap bekerja tanpa jaringan')}</p>
        </div>
      </header>
      <div className="choices">
        <section className="card choice" aria-labelledby="start-device">
          <h2 id="start-device">{t('Perangkat unit keliling')}</h2>
          <p className="muted">
            {t('Laptop atau tablet yang dibawa unit ke desa. Didaftarkan sekali dengan kode dari koordinator.')}
          </p>
          <button type="button" className="button primary" data-testid="start-enroll" onClick={onEnroll}>
            {t('Daftarkan perangkat')}
          </button>
        </section>
        <section className="card choice" aria-labelledby="start-staff">
          <h2 id="start-staff">{t('Koordinator dan staf Polres')}</h2>
          <p className="muted">{t('Merencanakan rute kunjungan dan memantau progres unit. Masuk dengan akun staf.')}</p>
          <button type="button" className="button secondary" data-testid="start-staff" onClick={onStaff}>
            {t('Masuk staf')}
          </button>
        </section>
      </div>
      <p className="start-public" style={{ marginTop: '1.5rem' }}>
        <a href="/status" data-testid="start-status">
          {t('Cek status permohonan')}
        </a>{' '}
        <span className="muted">{t('— untuk warga: cek SIM, SKCK atau izin dengan nomor tanda terima.')}</span>
      </p>
      <LanguageSwitch />
    </main>
  );
}

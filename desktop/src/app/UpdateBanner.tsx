import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Offered when a new version of the app has been downloaded; it switches only when the officer agrees. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const [activate, setActivate] = useState<(() => void) | null>(null);
  useEffect(() => {
    const onReady = (event: Event) => {
      const detail = (event as CustomEvent<() => void>).detail;
      setActivate(() => detail);
    };
    window.addEventListener('keliling:update-ready', onReady);
    return () => window.removeEventListener('keliling:update-ready', onReady);
  }, []);
  if (!activate) return null;
  return (
    <div className="banner" role="status" data-testid="update-banner">
      <span>{t('Versi baru aplikasi tersedia. Simpan pekerjaan Anda, lalu muat ulang.')}</span>
      <button type="button" className="button secondary" onClick={() => activate()}>
        {t('Muat ulang')}
      </button>
    </div>
  );
}

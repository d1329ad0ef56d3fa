import type { Route } from '@keliling/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import { formatKm, formatMinutes } from './labels';

/** A day that ends later than this is flagged (a unit's working day, with light left for the drive home). */
const latestReturn = '17:00';

export type RouteComparison = { typed: Route; proposed: Route };

const attrs = (route: Route) => ({
  'data-km': route.distanceKm.toFixed(3),
  'data-minutes': Math.round(route.travelMinutes),
});

/**
 * The day's driving as now ordered and, after "Optimalkan rute", the order as typed beside the proposal.
 * Distances are straight-line (great-circle); times are estimates from the travel model.
 */
export function RouteSummary({
  current,
  comparison,
  speedKmh,
  winding,
  backAt,
}: {
  current: Route;
  comparison: RouteComparison | null;
  speedKmh: number;
  winding: number;
  /** Estimated return to base (`HH:MM`), when the last stop has a start time. */
  backAt: string | null;
}) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const km = (value: number) => formatKm(value, language);
  const minutes = (value: number) => formatMinutes(value, language);
  const saved =
    comparison && comparison.typed.distanceKm > 0
      ? 1 - comparison.proposed.distanceKm / comparison.typed.distanceKm
      : 0;
  return (
    <section className="card summary" aria-labelledby="summary-title" aria-live="polite">
      <h2 id="summary-title">{t('Jarak dan waktu tempuh')}</h2>
      <dl className="figures">
        <div data-testid="route-current" {...attrs(current)}>
          <dt>{t('Urutan sekarang')}</dt>
          <dd>
            {km(current.distanceKm)} · ± {minutes(current.travelMinutes)}
          </dd>
        </div>
        {comparison && (
          <>
            <div data-testid="route-typed" {...attrs(comparison.typed)}>
              <dt>{t('Urutan yang diketik')}</dt>
              <dd>
                {km(comparison.typed.distanceKm)} · ± {minutes(comparison.typed.travelMinutes)}
              </dd>
            </div>
            <div data-testid="route-proposed" {...attrs(comparison.proposed)} className="proposed">
              <dt>{t('Usulan (dioptimalkan)')}</dt>
              <dd>
                {km(comparison.proposed.distanceKm)} · ± {minutes(comparison.proposed.travelMinutes)}
                {saved > 0.0005 ? (
                  <strong> · {t('hemat {{percent}}%', { percent: (saved * 100).toFixed(0) })}</strong>
                ) : (
                  ` · ${t('urutan yang diketik sudah terpendek')}`
                )}
              </dd>
            </div>
          </>
        )}
        {backAt && (
          <div data-testid="route-back-at" data-time={backAt} className={backAt > latestReturn ? 'late' : undefined}>
            <dt>{t('Kembali ke markas')}</dt>
            <dd>
              ± {backAt}
              {backAt > latestReturn ? ` · ${t('lewat pukul {{time}}', { time: latestReturn })}` : ''}
            </dd>
          </div>
        )}
      </dl>
      <p className="muted small">
        {t(
          'Jarak garis lurus dari markas unit dan kembali. Waktu tempuh diperkirakan dengan kecepatan rata-rata {{speed}} km/jam dan faktor kelokan jalan {{winding}}.',
          { speed: speedKmh, winding: winding.toLocaleString(language === 'en' ? 'en-GB' : 'id-ID') },
        )}
      </p>
    </section>
  );
}

import type { Route } from '@keliling/domain';
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
  const saved =
    comparison && comparison.typed.distanceKm > 0
      ? 1 - comparison.proposed.distanceKm / comparison.typed.distanceKm
      : 0;
  return (
    <section className="card summary" aria-labelledby="summary-title" aria-live="polite">
      <h2 id="summary-title">Jarak dan waktu tempuh</h2>
      <dl className="figures">
        <div data-testid="route-current" {...attrs(current)}>
          <dt>Urutan sekarang</dt>
          <dd>
            {formatKm(current.distanceKm)} · ± {formatMinutes(current.travelMinutes)}
          </dd>
        </div>
        {comparison && (
          <>
            <div data-testid="route-typed" {...attrs(comparison.typed)}>
              <dt>Urutan yang diketik</dt>
              <dd>
                {formatKm(comparison.typed.distanceKm)} · ± {formatMinutes(comparison.typed.travelMinutes)}
              </dd>
            </div>
            <div data-testid="route-proposed" {...attrs(comparison.proposed)} className="proposed">
              <dt>Usulan (dioptimalkan)</dt>
              <dd>
                {formatKm(comparison.proposed.distanceKm)} · ± {formatMinutes(comparison.proposed.travelMinutes)}
                {saved > 0.0005 ? (
                  <strong> · hemat {(saved * 100).toFixed(0)}%</strong>
                ) : (
                  ' · urutan yang diketik sudah terpendek'
                )}
              </dd>
            </div>
          </>
        )}
        {backAt && (
          <div data-testid="route-back-at" data-time={backAt} className={backAt > latestReturn ? 'late' : undefined}>
            <dt>Kembali ke markas</dt>
            <dd>
              ± {backAt}
              {backAt > latestReturn ? ` · lewat pukul ${latestReturn}` : ''}
            </dd>
          </div>
        )}
      </dl>
      <p className="muted small">
        Jarak garis lurus dari markas unit dan kembali. Waktu tempuh diperkirakan dengan kecepatan rata-rata {speedKmh}{' '}
        km/jam dan faktor kelokan jalan {winding.toLocaleString('id-ID')}.
      </p>
    </section>
  );
}

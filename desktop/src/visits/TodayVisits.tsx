import '../coordinator/coordinator.css';
import { useMemo } from 'react';
import { useServices } from '../app/services';
import { serviceLabel, visitStatusLabel } from '../coordinator/labels';
import { visitsFrom } from '../coordinator/planningRecords';
import { listRecordViews } from '../db/recordViews';
import { formatDate, localIsoDate } from '../ui/format';
import { useLiveQuery } from '../ui/useLiveQuery';
import { villageRegions, villagesByCode } from '../villages/villages';

/** "Kunjungan hari ini": the unit's stops for today as the coordinator published them, from the local store (read-only). */
export function TodayVisits({ unitId }: { unitId: string }) {
  const { db, vault, now } = useServices();
  const today = localIsoDate(now());
  const byCode = useMemo(() => villagesByCode(villageRegions()), []);
  const rows = useLiveQuery(
    async () => {
      const views = await listRecordViews(db, vault.cipher(), 'visits');
      return visitsFrom(views).filter((visit) => visit.unitId === unitId && visit.date === today);
    },
    [db, vault, unitId, today],
    null,
  );

  return (
    <section aria-labelledby="visits-title">
      <h1 id="visits-title">Kunjungan hari ini</h1>
      <p className="muted">{formatDate(today)} · urutan dari koordinator. Diperbarui setiap sinkronisasi.</p>
      {rows === null ? (
        <p className="muted">Memuat…</p>
      ) : rows.length === 0 ? (
        <p className="empty" data-testid="visits-empty">
          Belum ada kunjungan terjadwal untuk hari ini.
        </p>
      ) : (
        <ol className="visit-list" data-testid="visit-list">
          {rows.map((visit) => {
            const village = byCode.get(visit.villageCode);
            return (
              <li
                key={visit.id}
                className="visit"
                data-testid="visit-row"
                data-visit-id={visit.id}
                data-village-code={visit.villageCode}
                data-status={visit.status}
              >
                <span className="stop-number" aria-hidden="true">
                  {visit.order}
                </span>
                <div>
                  <p>
                    <strong>{village?.name ?? visit.villageCode}</strong>
                    <span className="muted small"> · {village?.districtName ?? ''}</span>
                  </p>
                  <p className="small muted">{visit.servicesOffered.map(serviceLabel).join(' · ')}</p>
                </div>
                <div className="visit-side">
                  <span className="mono">{visit.plannedStart ?? '—'}</span>
                  <span className={`badge status-${visit.status}`}>{visitStatusLabel(visit.status)}</span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

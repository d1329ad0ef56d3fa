import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { UnitInfo } from '../coordinator/planningRecords';
import type { StaffSession } from '../staff/staffSession';
import { messageForError } from '../ui/errors';
import { formatRupiah } from '../ui/format';
import { DeviceSyncList } from './DeviceSyncList';
import { countService, openComplaintsByUrgency, type Period, periods, urgencies } from './dashboardCounts';
import { fetchAllRecords, reviewEntities } from './hqApi';
import { entityLabel, statusLabel } from './hqLabels';

const periodLabels: Record<Period, string> = { today: 'Hari ini', week: 'Minggu ini', month: 'Bulan ini', all: 'Semua' };
const urgencyLabels: Record<string, string> = { tinggi: 'Tinggi', sedang: 'Sedang', rendah: 'Rendah' };

/** Counts read from every record in scope (all pages), so they match the records exactly. */
export function Dashboard({ session, units }: { session: StaffSession; units: UnitInfo[] }) {
  const [unitId, setUnitId] = useState('');
  const data = useQuery({
    queryKey: ['hq', 'dashboard', unitId],
    queryFn: async () => {
      const filter = unitId ? { unitId } : {};
      const [services, complaints] = await Promise.all([
        Promise.all(reviewEntities.map((entity) => fetchAllRecords(session, entity, filter))),
        fetchAllRecords(session, 'complaints', filter),
      ]);
      const now = Date.now();
      return {
        services: reviewEntities.map((entity, i) => ({ entity, counts: countService(services[i] ?? [], now) })),
        complaints: openComplaintsByUrgency(complaints),
      };
    },
  });
  const [period, setPeriod] = useState<Period>('month');

  return (
    <section aria-labelledby="dashboard-title" className="hq-dashboard" data-testid="dashboard">
      <h1 id="dashboard-title">Dasbor layanan</h1>
      <div className="hq-filters">
        <div className="field">
          <label htmlFor="dashboard-unit">Unit</label>
          <select id="dashboard-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)} data-testid="dashboard-unit">
            <option value="">Semua unit</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="hq-periods">
          <legend>Periode (menurut tanggal dicatat)</legend>
          {periods.map((p) => (
            <label key={p}>
              <input type="radio" name="period" value={p} checked={period === p} onChange={() => setPeriod(p)} />{' '}
              {periodLabels[p]}
            </label>
          ))}
        </fieldset>
      </div>
      {data.isError ? (
        <p className="error-box" role="alert">
          {messageForError(data.error)}
        </p>
      ) : !data.data ? (
        <p className="muted" aria-busy="true">
          Menghitung…
        </p>
      ) : (
        <>
          <div className="hq-tiles">
            {data.data.services.map(({ entity, counts }) => (
              <div className="card hq-tile" key={entity} data-testid="dashboard-service" data-entity={entity}>
                <p className="small muted">{entityLabel(entity)}</p>
                <p className="hq-number" data-testid="dashboard-total" data-count={counts.total[period]}>
                  {counts.total[period]}
                </p>
                <p className="small">
                  Biaya diterima:{' '}
                  <strong data-testid="dashboard-fees" data-amount={counts.fees[period]}>
                    {formatRupiah(counts.fees[period])}
                  </strong>
                </p>
              </div>
            ))}
            <div className="card hq-tile" data-testid="dashboard-complaints">
              <p className="small muted">Pengaduan terbuka</p>
              <ul className="hq-urgency">
                {urgencies.map((u) => (
                  <li key={u} data-urgency={u}>
                    {urgencyLabels[u]}: <strong>{data.data.complaints[u] ?? 0}</strong>
                  </li>
                ))}
              </ul>
            </div>
          </div>
          {data.data.services.map(({ entity, counts }) => {
            const statuses = Object.entries(counts.byStatus).filter(([, c]) => c[period] > 0);
            const max = Math.max(1, ...statuses.map(([, c]) => c[period]));
            return (
              <section key={entity} aria-labelledby={`chart-${entity}`} className="hq-chart">
                <h2 id={`chart-${entity}`}>
                  {entityLabel(entity)} menurut status · {periodLabels[period].toLowerCase()}
                </h2>
                {statuses.length === 0 ? (
                  <p className="muted small">Tidak ada permohonan pada periode ini.</p>
                ) : (
                  <table className="hq-bars">
                    <caption className="visually-hidden">Jumlah {entityLabel(entity)} per status</caption>
                    <tbody>
                      {statuses.map(([status, c]) => (
                        <tr key={status} data-status={status}>
                          <th scope="row">{statusLabel(status)}</th>
                          <td>
                            <span className="hq-bar" style={{ width: `${(c[period] / max) * 100}%` }} aria-hidden="true" />
                          </td>
                          <td className="hq-bar-count">{c[period]}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            );
          })}
          <section aria-labelledby="devices-title" className="hq-chart">
            <h2 id="devices-title">Sinkron terakhir perangkat</h2>
            <DeviceSyncList session={session} unitId={unitId} />
          </section>
        </>
      )}
    </section>
  );
}

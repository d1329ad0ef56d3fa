import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitInfo } from '../coordinator/planningRecords';
import { msg } from '../i18n/i18n';
import { useFormat } from '../i18n/useFormat';
import type { StaffSession } from '../staff/staffSession';
import { useErrorMessages } from '../ui/errors';
import { BarChartFigure } from './BarChartFigure';
import { DeviceSyncList } from './DeviceSyncList';
import { countService, openComplaintsByUrgency, type Period, periods, urgencies } from './dashboardCounts';
import { fetchAllRecords, reviewEntities } from './hqApi';
import { entityLabel, statusLabel } from './hqLabels';
import { MonthlyReportDownload } from './MonthlyReportDownload';

const periodLabels: Record<Period, string> = {
  today: msg('Hari ini'),
  week: msg('Minggu ini'),
  month: msg('Bulan ini'),
  all: msg('Semua'),
};
const periodPhrases: Record<Period, string> = {
  today: msg('hari ini'),
  week: msg('minggu ini'),
  month: msg('bulan ini'),
  all: msg('semua'),
};
const urgencyLabels: Record<string, string> = { tinggi: msg('Tinggi'), sedang: msg('Sedang'), rendah: msg('Rendah') };

/** Counts read from every record in scope (all pages), so they match the records exactly. */
export function Dashboard({ session, units }: { session: StaffSession; units: UnitInfo[] }) {
  const { t } = useTranslation();
  const { rupiah, language } = useFormat();
  const errors = useErrorMessages();
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
      <h1 id="dashboard-title">{t('Dasbor layanan')}</h1>
      <div className="hq-filters">
        <div className="field">
          <label htmlFor="dashboard-unit">{t('Unit')}</label>
          <select
            id="dashboard-unit"
            value={unitId}
            onChange={(e) => setUnitId(e.target.value)}
            data-testid="dashboard-unit"
          >
            <option value="">{t('Semua unit')}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="hq-periods">
          <legend>{t('Periode (menurut tanggal dicatat)')}</legend>
          {periods.map((p) => (
            <label key={p}>
              <input type="radio" name="period" value={p} checked={period === p} onChange={() => setPeriod(p)} />{' '}
              {t(periodLabels[p])}
            </label>
          ))}
        </fieldset>
      </div>
      {data.isError ? (
        <p className="error-box" role="alert">
          {errors.forError(data.error)}
        </p>
      ) : !data.data ? (
        <p className="muted" aria-busy="true">
          {t('Menghitung…')}
        </p>
      ) : (
        <>
          <div className="hq-tiles">
            {data.data.services.map(({ entity, counts }) => (
              <div className="card hq-tile" key={entity} data-testid="dashboard-service" data-entity={entity}>
                <p className="small muted">{entityLabel(entity, language)}</p>
                <p className="hq-number" data-testid="dashboard-total" data-count={counts.total[period]}>
                  {counts.total[period]}
                </p>
                <p className="small">
                  {t('Biaya diterima:')}{' '}
                  <strong data-testid="dashboard-fees" data-amount={counts.fees[period]}>
                    {rupiah(counts.fees[period])}
                  </strong>
                </p>
              </div>
            ))}
            <div className="card hq-tile" data-testid="dashboard-complaints">
              <p className="small muted">{t('Pengaduan terbuka')}</p>
              <ul className="hq-urgency">
                {urgencies.map((u) => (
                  <li key={u} data-urgency={u}>
                    {t(urgencyLabels[u] ?? u)}: <strong>{data.data.complaints[u] ?? 0}</strong>
                  </li>
                ))}
              </ul>
            </div>
          </div>
          <section aria-labelledby="fees-chart-title" className="hq-chart">
            <h2 id="fees-chart-title">
              {t('Biaya PNBP diterima')} · {t(periodPhrases[period])}
            </h2>
            <div className="hq-chart-pair">
              <table className="records" data-testid="dashboard-fees-table">
                <caption className="visually-hidden">{t('Biaya diterima per layanan')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('Layanan')}</th>
                    <th scope="col">{t('Rupiah')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.data.services.map(({ entity, counts }) => (
                    <tr key={entity} data-entity={entity} data-amount={counts.fees[period]}>
                      <th scope="row">{entityLabel(entity, language)}</th>
                      <td>{rupiah(counts.fees[period])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <BarChartFigure
                testId="dashboard-fees-chart"
                format={(v) => rupiah(v)}
                bars={data.data.services.map(({ entity, counts }) => ({
                  label: entityLabel(entity, language),
                  value: counts.fees[period],
                }))}
              />
            </div>
          </section>
          {data.data.services.map(({ entity, counts }) => {
            const statuses = Object.entries(counts.byStatus).filter(([, c]) => c[period] > 0);
            return (
              <section key={entity} aria-labelledby={`chart-${entity}`} className="hq-chart">
                <h2 id={`chart-${entity}`}>
                  {t('{{service}} menurut status', { service: entityLabel(entity, language) })} ·{' '}
                  {t(periodPhrases[period])}
                </h2>
                {statuses.length === 0 ? (
                  <p className="muted small">{t('Tidak ada permohonan pada periode ini.')}</p>
                ) : (
                  <div className="hq-chart-pair">
                    <table
                      className="records hq-status-table"
                      data-testid="dashboard-status-table"
                      data-entity={entity}
                    >
                      <caption className="visually-hidden">
                        {t('Jumlah {{service}} per status', { service: entityLabel(entity, language) })}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('Status')}</th>
                          <th scope="col">{t('Jumlah')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {statuses.map(([status, c]) => (
                          <tr key={status} data-status={status} data-count={c[period]}>
                            <th scope="row">{statusLabel(status, language)}</th>
                            <td className="hq-bar-count">{c[period]}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    <BarChartFigure
                      testId="dashboard-status-chart"
                      bars={statuses.map(([status, c]) => ({ label: statusLabel(status, language), value: c[period] }))}
                    />
                  </div>
                )}
              </section>
            );
          })}
          <MonthlyReportDownload session={session} units={units} unitId={unitId} />
          <section aria-labelledby="devices-title" className="hq-chart">
            <h2 id="devices-title">{t('Sinkron terakhir perangkat')}</h2>
            <DeviceSyncList session={session} unitId={unitId} />
          </section>
        </>
      )}
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitInfo } from '../coordinator/planningRecords';
import { msg } from '../i18n/i18n';
import { useFormat } from '../i18n/useFormat';
import type { StaffSession } from '../staff/staffSession';
import { useErrorMessages } from '../ui/errors';
import { FilterBar, UnitFilter } from '../ui/FilterBar';
import { DeviceSyncList } from './DeviceSyncList';
import { countService, openComplaintsByUrgency, type Period, periods, urgencies } from './dashboardCounts';
import { FigureTable } from './FigureTable';
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
      <FilterBar className="hq-filters">
        <UnitFilter testId="dashboard-unit" units={units} value={unitId} onChange={setUnitId} />
        <fieldset className="hq-periods">
          <legend>{t('Periode (menurut tanggal dicatat)')}</legend>
          {periods.map((p) => (
            <label key={p}>
              <input type="radio" name="period" value={p} checked={period === p} onChange={() => setPeriod(p)} />{' '}
              {t(periodLabels[p])}
            </label>
          ))}
        </fieldset>
      </FilterBar>
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
            <FigureTable
              rows={data.data.services.map(({ entity, counts }) => ({
                key: entity,
                label: entityLabel(entity, language),
                value: counts.fees[period],
                data: { 'data-entity': entity, 'data-amount': counts.fees[period] },
              }))}
              headers={[t('Layanan'), t('Rupiah')]}
              caption={t('Biaya diterima per layanan')}
              table={{ testId: 'dashboard-fees-table' }}
              chartTestId="dashboard-fees-chart"
              format={rupiah}
            />
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
                  <FigureTable
                    rows={statuses.map(([status, c]) => ({
                      key: status,
                      label: statusLabel(status, language),
                      value: c[period],
                      data: { 'data-status': status, 'data-count': c[period] },
                    }))}
                    headers={[t('Status'), t('Jumlah')]}
                    caption={t('Jumlah {{service}} per status', { service: entityLabel(entity, language) })}
                    table={{
                      testId: 'dashboard-status-table',
                      className: 'hq-status-table',
                      data: { 'data-entity': entity },
                    }}
                    chartTestId="dashboard-status-chart"
                    valueClassName="hq-bar-count"
                  />
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

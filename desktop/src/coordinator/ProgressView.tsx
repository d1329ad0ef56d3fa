import './coordinator.css';
import { type VisitStatus, visitStatuses } from '@keliling/domain';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { useFormat } from '../i18n/useFormat';
import type { StaffData } from '../staff/useStaffData';
import { localIsoDate } from '../ui/format';
import { regionForBase, villageRegions, villagesByCode } from '../villages/villages';
import { CoverageMap } from './CoverageMap';
import { lastServedDates } from './coverage';
import { visitLabels } from './labels';

const allUnits = '';

/** Visits by status per unit on a day, the day's visits, and the coverage of the unit's regency. */
export function ProgressView({ data }: { data: StaffData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = visitLabels(format.language);
  const { now } = useServices();
  const dateId = useId();
  const unitId = useId();
  const today = localIsoDate(now());
  const [date, setDate] = useState(today);
  const [unitFilter, setUnitFilter] = useState(allUnits);
  const regions = useMemo(() => villageRegions(), []);
  const byCode = useMemo(() => villagesByCode(regions), [regions]);

  const units = data.units.filter((u) => unitFilter === allUnits || u.id === unitFilter);
  const dayVisits = data.visits.filter((v) => v.date === date && (unitFilter === allUnits || v.unitId === unitFilter));
  const focus = units.find((u) => u.base) ?? null;
  const region = (focus?.base ? regionForBase(regions, focus.base) : null) ?? regions[0] ?? null;
  const coverageVisits = data.visits.filter((v) => unitFilter === allUnits || v.unitId === unitFilter);
  const lastServed = lastServedDates(coverageVisits, today);
  const dayRoutes = units.flatMap((unit) => {
    const stops = dayVisits
      .filter((v) => v.unitId === unit.id && v.status !== 'cancelled')
      .sort((a, b) => a.order - b.order)
      .flatMap((v) => byCode.get(v.villageCode) ?? []);
    return unit.base && stops.length > 0 ? [[unit.base, ...stops, unit.base]] : [];
  });
  const count = (unit: string, status: VisitStatus) =>
    dayVisits.filter((v) => v.unitId === unit && v.status === status).length;

  return (
    <section aria-labelledby="progress-title" data-testid="progress-view">
      <h1 id="progress-title">{t('Progres kunjungan')}</h1>
      <div className="plan-controls">
        <div className="field">
          <label htmlFor={dateId}>{t('Tanggal')}</label>
          <input
            id={dateId}
            className="control"
            type="date"
            data-testid="progress-date"
            value={date}
            onChange={(e) => e.target.value && setDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={unitId}>{t('Unit')}</label>
          <select
            id={unitId}
            className="control"
            data-testid="progress-unit"
            value={unitFilter}
            onChange={(e) => setUnitFilter(e.target.value)}
          >
            <option value={allUnits}>{t('Semua unit')}</option>
            {data.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <table className="records status-table" data-testid="progress-table">
        <caption>{t('Kunjungan {{date}} menurut status', { date: format.date(date) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Unit')}</th>
            {visitStatuses.map((status) => (
              <th scope="col" key={status} className="num">
                {labels.status(status)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.id} data-testid="progress-row" data-unit-id={unit.id}>
              <th scope="row">{unit.name}</th>
              {visitStatuses.map((status) => (
                <td key={status} className="num" data-status={status} data-count={count(unit.id, status)}>
                  {count(unit.id, status)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {dayVisits.length === 0 ? (
        <p className="empty small">{t('Tidak ada kunjungan pada tanggal ini.')}</p>
      ) : (
        <table className="records" data-testid="progress-visits">
          <caption className="visually-hidden">{t('Daftar kunjungan pada tanggal terpilih')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Unit')}</th>
              <th scope="col">{t('No.')}</th>
              <th scope="col">{t('Desa')}</th>
              <th scope="col">{t('Mulai')}</th>
              <th scope="col">{t('Layanan')}</th>
              <th scope="col">{t('Status')}</th>
            </tr>
          </thead>
          <tbody>
            {dayVisits
              .slice()
              .sort((a, b) => a.unitId.localeCompare(b.unitId) || a.order - b.order)
              .map((visit) => (
                <tr key={visit.id} data-testid="progress-visit" data-status={visit.status}>
                  <td>{data.units.find((u) => u.id === visit.unitId)?.name ?? visit.unitId}</td>
                  <td>{visit.order}</td>
                  <td>
                    {byCode.get(visit.villageCode)?.name ?? visit.villageCode}
                    <span className="muted small"> · {byCode.get(visit.villageCode)?.districtName ?? ''}</span>
                  </td>
                  <td>{visit.plannedStart ?? '—'}</td>
                  <td className="small">{visit.servicesOffered.map(labels.service).join(', ')}</td>
                  <td>
                    <span className={`badge status-${visit.status}`}>{labels.status(visit.status)}</span>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      {region && (
        <CoverageMap
          regencyName={region.regencyName}
          villages={region.villages}
          lastServed={lastServed}
          today={today}
          base={focus?.base ?? null}
          planned={new Set(dayVisits.filter((v) => v.status !== 'cancelled').map((v) => v.villageCode))}
          routes={dayRoutes}
        />
      )}
    </section>
  );
}

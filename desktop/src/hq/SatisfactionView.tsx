import { label, type SurveyElement, surveyElements } from '@keliling/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitInfo } from '../coordinator/planningRecords';
import { useFormat } from '../i18n/useFormat';
import type { StaffSession } from '../staff/staffSession';
import type { StaffSync } from '../staff/staffSync';
import { useErrorMessages } from '../ui/errors';
import { FilterBar, FilterInput, UnitFilter } from '../ui/FilterBar';
import { TableWithChart, TwoColumnTable } from './FigureTable';
import { entityLabel, statusLabel } from './hqLabels';
import { fetchSatisfaction, type SatisfactionReport } from './oversightApi';
import { TrainingsPanel } from './TrainingsPanel';

type Ikm = { index: number; grade: string; responses: number } | null;
const complaintStatuses = ['received', 'in_progress', 'resolved', 'referred', 'closed'] as const;
const gradeColors: Record<string, string> = { A: '#1a7f37', B: '#1d4e89', C: '#b7791f', D: '#b42318' };
const fmt = (n: number) => n.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const elementLabel = (e: SurveyElement, lang: 'id' | 'en') =>
  label(`surveyElement.${e}` as Parameters<typeof label>[0], lang);

function IkmCell({ ikm, testId }: { ikm: Ikm; testId?: string }) {
  const { t } = useTranslation();
  if (!ikm) return <span className="muted small">{t('belum ada survei')}</span>;
  return (
    <span data-testid={testId} data-index={ikm.index} data-grade={ikm.grade}>
      <strong>{fmt(ikm.index)}</strong> <span className={`badge hq-grade-${ikm.grade}`}>{ikm.grade}</span>{' '}
      <span className="muted small">({t('{{count}} responden', { count: ikm.responses })})</span>
    </span>
  );
}

function UnitsTable({ report, unitName }: { report: SatisfactionReport; unitName: (id: string) => string }) {
  const { language } = useFormat();
  const { t } = useTranslation();
  return (
    <table className="records" data-testid="ikm-units">
      <caption className="visually-hidden">{t('IKM, pengaduan dan pelatihan per unit')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('Unit')}</th>
          <th scope="col">{t('IKM')}</th>
          {complaintStatuses.map((s) => (
            <th scope="col" key={s}>
              {t('Pengaduan {{status}}', { status: statusLabel(s, language).toLowerCase() })}
            </th>
          ))}
          <th scope="col">{t('Petugas terlatih')}</th>
        </tr>
      </thead>
      <tbody>
        {report.units.map((u) => (
          <tr key={u.unitId} data-testid="ikm-unit" data-unit-id={u.unitId}>
            <th scope="row">{unitName(u.unitId)}</th>
            <td>
              <IkmCell ikm={u.ikm} testId="ikm-unit-index" />
            </td>
            {complaintStatuses.map((s) => (
              <td key={s} data-status={s}>
                {u.complaints[s] ?? 0}
              </td>
            ))}
            <td data-testid="ikm-unit-trained">
              {u.officersTrained} / {u.officers.length}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The satisfaction index (IKM 25–100, PermenPANRB 14/2017) computed on the server from synced surveys, per unit,
 * service, officer and month; beside it each unit's complaint outcomes and which of its officers were trained.
 */
export function SatisfactionView({
  session,
  sync,
  units,
}: {
  session: StaffSession;
  sync: StaffSync;
  units: UnitInfo[];
}) {
  const { language } = useFormat();
  const { t } = useTranslation();
  const errors = useErrorMessages();
  const [unitId, setUnitId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const report = useQuery({
    queryKey: ['hq', 'satisfaction', unitId, from, to],
    queryFn: () =>
      fetchSatisfaction(session, { ...(unitId ? { unitId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) }),
  });
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  const data = report.data;

  return (
    <section aria-labelledby="ikm-title" data-testid="satisfaction">
      <h1 id="ikm-title">{t('Indeks kepuasan masyarakat (IKM) dan pelatihan')}</h1>
      <FilterBar className="hq-filters">
        <UnitFilter testId="ikm-unit-filter" units={units} value={unitId} onChange={setUnitId} />
        <FilterInput type="date" label={t('Dari tanggal')} testId="ikm-from" value={from} onChange={setFrom} />
        <FilterInput type="date" label={t('Sampai tanggal')} testId="ikm-to" value={to} onChange={setTo} />
      </FilterBar>
      {report.isError ? (
        <p className="error-box" role="alert">
          {errors.forError(report.error)}
        </p>
      ) : !data ? (
        <p className="muted" aria-busy="true">
          {t('Menghitung…')}
        </p>
      ) : (
        <>
          <div className="hq-tiles">
            <div className="card hq-tile" data-testid="ikm-overall">
              <p className="small muted">{t('IKM keseluruhan')}</p>
              <p className="hq-number">{data.overall ? fmt(data.overall.index) : '—'}</p>
              <p className="small">
                {data.overall ? (
                  <>
                    {t('Mutu')} <strong>{data.overall.grade}</strong> (
                    {data.gradeTable.grades.find((g) => g.grade === data.overall?.grade)?.label}) ·{' '}
                    {t('{{count}} responden', { count: data.overall.responses })}
                  </>
                ) : (
                  t('Belum ada survei pada periode ini.')
                )}
              </p>
            </div>
            <div className="card hq-tile">
              <p className="small muted">
                {t('Interval mutu ({{regulation}})', { regulation: data.gradeTable.regulation })}
              </p>
              <ul className="hq-urgency small">
                {data.gradeTable.grades.map((g) => (
                  <li key={g.grade}>
                    <span className={`badge hq-grade-${g.grade}`}>{g.grade}</span> ≥ {fmt(g.min)} · {g.label}
                  </li>
                ))}
              </ul>
              {data.gradeTable.confirmed ? null : (
                <p className="small muted">{t('Interval belum dicocokkan dengan lampiran peraturan.')}</p>
              )}
            </div>
          </div>

          <h2>{t('Per unit')}</h2>
          <TableWithChart
            table={<UnitsTable report={data} unitName={unitName} />}
            chart={{
              testId: 'ikm-unit-chart',
              max: 100,
              format: fmt,
              bars: data.units
                .filter((u) => u.ikm)
                .map((u) => ({
                  label: unitName(u.unitId),
                  value: u.ikm?.index ?? 0,
                  color: gradeColors[u.ikm?.grade ?? 'D'],
                })),
              references: data.gradeTable.grades
                .filter((g) => g.grade !== 'D')
                .map((g) => ({ value: g.min, label: g.grade })),
            }}
          />

          <div className="hq-split">
            <section aria-labelledby="ikm-service-title">
              <h2 id="ikm-service-title">{t('Per layanan')}</h2>
              <TwoColumnTable
                testId="ikm-services"
                headers={[t('Layanan'), t('IKM')]}
                rows={data.byService.map((s) => ({
                  key: s.service,
                  label: entityLabel(s.service, language),
                  value: <IkmCell ikm={s.ikm} />,
                  data: { 'data-service': s.service },
                }))}
              />
              <h2>{t('Per bulan')}</h2>
              <TwoColumnTable
                testId="ikm-months"
                headers={[t('Bulan'), t('IKM')]}
                rows={data.byMonth.map((m) => ({ key: m.month, label: m.month, value: <IkmCell ikm={m.ikm} /> }))}
              />
            </section>
            <section aria-labelledby="ikm-element-title">
              <h2 id="ikm-element-title">{t('Nilai rata-rata per unsur (1–4)')}</h2>
              <table className="records" data-testid="ikm-elements">
                <tbody>
                  {surveyElements.map((e) => (
                    <tr key={e} data-element={e}>
                      <th scope="row">{elementLabel(e, language)}</th>
                      <td>
                        {data.elements[e] === null || data.elements[e] === undefined
                          ? '—'
                          : fmt(data.elements[e] as number)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>

          <h2>{t('Per petugas, dengan pelatihan yang diikuti')}</h2>
          <table className="records" data-testid="ikm-officers">
            <thead>
              <tr>
                <th scope="col">{t('Unit')}</th>
                <th scope="col">{t('Petugas')}</th>
                <th scope="col">{t('IKM')}</th>
                <th scope="col">{t('Pelatihan')}</th>
              </tr>
            </thead>
            <tbody>
              {data.units.flatMap((u) =>
                u.officers.map((o) => (
                  <tr key={o.officerId} data-testid="ikm-officer" data-officer-id={o.officerId}>
                    <td>{unitName(u.unitId)}</td>
                    <td>{o.name}</td>
                    <td>
                      <IkmCell ikm={o.ikm} />
                    </td>
                    <td className="small">
                      {o.trainings.length === 0 ? (
                        <span className="hq-untrained">{t('belum pernah')}</span>
                      ) : (
                        o.trainings.map((t) => `${t.title} (${t.date})`).join('; ')
                      )}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </>
      )}
      <TrainingsPanel session={session} sync={sync} units={units} />
    </section>
  );
}

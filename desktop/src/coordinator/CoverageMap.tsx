import type { LatLng } from '@keliling/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import type { Village } from '../villages/villages';
import { type CoverageBucket, coverageBucket, coverageBuckets, coverageLabels, daysBetween } from './coverage';
import { fitProjection } from './projection';

/** Colours by days since the last visit (ColorBrewer RdYlBu, colour-blind safe); "never" is also drawn as a ring. */
export const coverageColours: Record<CoverageBucket, string> = {
  recent: '#2c7bb6',
  month: '#abd9e9',
  quarter: '#fdae61',
  long: '#d7191c',
  never: '#d7191c',
};

type Props = {
  regencyName: string;
  villages: readonly Village[];
  lastServed: ReadonlyMap<string, string>;
  today: string;
  base: LatLng | null;
  /** Villages with a visit on the chosen day, outlined. */
  planned: ReadonlySet<string>;
  /** The chosen day's routes (base → stops in order → base), drawn as lines. */
  routes: readonly (readonly LatLng[])[];
};

/**
 * Coverage plot: every village of the regency at its centre point (equirectangular over the bounding box, no map
 * tiles, works offline), coloured by days since the unit last served it, with a legend and a table alternative.
 */
export function CoverageMap({ regencyName, villages, lastServed, today, base, planned, routes }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const descId = useId();
  const projection = fitProjection([...villages, ...(base ? [base] : [])], 640, 16);
  const rows = villages.map((village) => {
    const last = lastServed.get(village.code) ?? null;
    const days = last ? daysBetween(last, today) : null;
    return { village, last, days, bucket: coverageBucket(days) };
  });
  const counts = Object.fromEntries(
    coverageBuckets.map((b) => [b, rows.filter((r) => r.bucket === b).length]),
  ) as Record<CoverageBucket, number>;
  const basePoint = base ? projection.project(base) : null;

  return (
    <section className="card coverage" aria-labelledby={`${titleId}-h`} data-testid="coverage">
      <h2 id={`${titleId}-h`}>{t('Cakupan desa — {{regency}}', { regency: regencyName })}</h2>
      <div className="coverage-body">
        <svg
          viewBox={`0 0 ${projection.width} ${projection.height}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          className="coverage-map"
          data-testid="coverage-map"
        >
          <title id={titleId}>{t('Peta cakupan kunjungan {{regency}}', { regency: regencyName })}</title>
          <desc id={descId}>
            {t(
              '{{count}} desa digambar menurut koordinat titik tengahnya, diwarnai menurut lama sejak kunjungan terakhir: {{buckets}}. Tabel di bawah peta memuat data yang sama.',
              {
                count: villages.length,
                buckets: coverageBuckets
                  .map((b) => `${t(coverageLabels[b])} ${t('{{count}} desa', { count: counts[b] })}`)
                  .join(', '),
              },
            )}
          </desc>
          <rect x={0} y={0} width={projection.width} height={projection.height} fill="#f8fafc" />
          {routes.map((route) => (
            <polyline
              key={route.map((p) => `${p.lat},${p.lng}`).join(' ')}
              points={route
                .map((p) => {
                  const { x, y } = projection.project(p);
                  return `${x.toFixed(1)},${y.toFixed(1)}`;
                })
                .join(' ')}
              fill="none"
              stroke="#1d3557"
              strokeWidth={1.5}
              strokeDasharray="5 4"
              strokeLinejoin="round"
              data-testid="coverage-route"
            />
          ))}
          {rows.map(({ village, days, bucket }) => {
            const { x, y } = projection.project(village);
            const ring = bucket === 'never';
            return (
              <g key={village.code} data-testid="coverage-point" data-village-code={village.code} data-bucket={bucket}>
                {planned.has(village.code) && (
                  <circle cx={x} cy={y} r={9} fill="none" stroke="#1d3557" strokeWidth={2} />
                )}
                <circle
                  cx={x}
                  cy={y}
                  r={ring ? 4.5 : 5.5}
                  fill={ring ? '#ffffff' : coverageColours[bucket]}
                  stroke={ring ? coverageColours.never : '#334155'}
                  strokeWidth={ring ? 2.5 : 0.6}
                >
                  <title>
                    {village.name} ({village.districtName}):{' '}
                    {days === null ? t('belum pernah dikunjungi') : t('terakhir {{count}} hari lalu', { count: days })}
                  </title>
                </circle>
              </g>
            );
          })}
          {basePoint && (
            <g data-testid="coverage-base">
              <rect
                x={basePoint.x - 7}
                y={basePoint.y - 7}
                width={14}
                height={14}
                fill="#1d3557"
                transform={`rotate(45 ${basePoint.x} ${basePoint.y})`}
              />
              <title>{t('Markas unit')}</title>
            </g>
          )}
        </svg>
        <ul className="legend" aria-label={t('Keterangan warna')}>
          {coverageBuckets.map((bucket) => (
            <li key={bucket}>
              <svg width="16" height="16" aria-hidden="true">
                {bucket === 'never' ? (
                  <circle cx="8" cy="8" r="5" fill="#fff" stroke={coverageColours.never} strokeWidth="2.5" />
                ) : (
                  <circle cx="8" cy="8" r="6" fill={coverageColours[bucket]} stroke="#334155" strokeWidth="0.6" />
                )}
              </svg>
              {t(coverageLabels[bucket])} <span className="muted">({counts[bucket]})</span>
            </li>
          ))}
          <li>
            <svg width="16" height="16" aria-hidden="true">
              <rect x="3" y="3" width="10" height="10" fill="#1d3557" transform="rotate(45 8 8)" />
            </svg>
            {t('Markas unit')}
          </li>
          <li>
            <svg width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="6.5" fill="none" stroke="#1d3557" strokeWidth="1.5" />
            </svg>
            {t('Dijadwalkan pada tanggal terpilih')}
          </li>
          <li>
            <svg width="16" height="16" aria-hidden="true">
              <line x1="1" y1="8" x2="15" y2="8" stroke="#1d3557" strokeWidth="1.5" strokeDasharray="5 4" />
            </svg>
            {t('Rute hari itu')}
          </li>
        </ul>
      </div>
      <details className="coverage-table">
        <summary>{t('Tabel cakupan ({{count}} desa)', { count: villages.length })}</summary>
        <table className="records" data-testid="coverage-table">
          <caption className="visually-hidden">
            {t('Kunjungan terakhir per desa, yang paling lama tidak dikunjungi lebih dulu')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('Desa')}</th>
              <th scope="col">{t('Kecamatan')}</th>
              <th scope="col">{t('Kunjungan terakhir')}</th>
              <th scope="col">{t('Hari sejak')}</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .slice()
              .sort(
                (a, b) =>
                  (b.days ?? Number.POSITIVE_INFINITY) - (a.days ?? Number.POSITIVE_INFINITY) ||
                  a.village.name.localeCompare(b.village.name, 'id'),
              )
              .map(({ village, last, days }) => (
                <tr key={village.code}>
                  <td>{village.name}</td>
                  <td>{village.districtName}</td>
                  <td>{last ? format.date(last) : t('Belum pernah')}</td>
                  <td>{days ?? '—'}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

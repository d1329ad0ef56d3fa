import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Village } from '../villages/villages';
import { coverageBucket, coverageLabels, daysBetween, isOverdue } from './coverage';

type Props = {
  villages: readonly Village[];
  regencyName: string;
  lastServed: ReadonlyMap<string, string>;
  today: string;
  selected: ReadonlySet<string>;
  onToggle: (villageCode: string) => void;
};

/** The unit's villages to pick stops from, with how long since each was served; long-unserved ones stand out. */
export function VillagePicker({ villages, regencyName, lastServed, today, selected, onToggle }: Props) {
  const { t } = useTranslation();
  const searchId = useId();
  const overdueId = useId();
  const [search, setSearch] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);

  const rows = useMemo(() => {
    const query = search.trim().toLowerCase();
    return villages
      .map((village) => {
        const last = lastServed.get(village.code) ?? null;
        const days = last ? daysBetween(last, today) : null;
        return { village, days, bucket: coverageBucket(days) };
      })
      .filter(({ village, bucket }) => {
        if (overdueOnly && !isOverdue(bucket)) return false;
        return (
          !query || village.name.toLowerCase().includes(query) || village.districtName.toLowerCase().includes(query)
        );
      })
      .sort(
        (a, b) =>
          a.village.districtName.localeCompare(b.village.districtName, 'id') ||
          a.village.name.localeCompare(b.village.name, 'id'),
      );
  }, [villages, lastServed, today, search, overdueOnly]);

  const overdueCount = villages.filter((v) => {
    const last = lastServed.get(v.code);
    return isOverdue(coverageBucket(last ? daysBetween(last, today) : null));
  }).length;

  return (
    <section className="card picker" aria-labelledby="picker-title">
      <h2 id="picker-title">{t('Pilih desa')}</h2>
      <p className="muted small">
        {t('{{regency}}: {{count}} desa, {{overdue}} belum dikunjungi lebih dari 90 hari atau belum pernah.', {
          regency: regencyName,
          count: villages.length,
          overdue: overdueCount,
        })}
      </p>
      <div className="field">
        <label htmlFor={searchId}>{t('Cari desa atau kecamatan')}</label>
        <input
          id={searchId}
          type="search"
          data-testid="village-search"
          autoComplete="off"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <label className="check" htmlFor={overdueId}>
        <input
          id={overdueId}
          type="checkbox"
          checked={overdueOnly}
          onChange={(e) => setOverdueOnly(e.target.checked)}
          data-testid="village-overdue-only"
        />
        {t('Hanya yang lama tidak dikunjungi')}
      </label>
      <ul className="village-list" aria-label={t('Desa')}>
        {rows.map(({ village, days, bucket }) => {
          const id = `village-${village.code}`;
          return (
            <li
              key={village.code}
              className={isOverdue(bucket) ? 'village overdue' : 'village'}
              data-testid="village-option"
              data-village-code={village.code}
              data-bucket={bucket}
            >
              <input
                id={id}
                type="checkbox"
                checked={selected.has(village.code)}
                onChange={() => onToggle(village.code)}
              />
              <label htmlFor={id}>
                <span className="village-name">{village.name}</span>
                <span className="muted small"> · {village.districtName}</span>
              </label>
              <span
                className={`badge coverage-${bucket}`}
                title={
                  days === null
                    ? t('Belum pernah dikunjungi')
                    : t('Terakhir dikunjungi {{count}} hari lalu', { count: days })
                }
              >
                {days === null ? t(coverageLabels.never) : t('{{count}} hari', { count: days })}
              </span>
            </li>
          );
        })}
        {rows.length === 0 && <li className="muted small">{t('Tidak ada desa yang cocok.')}</li>}
      </ul>
    </section>
  );
}

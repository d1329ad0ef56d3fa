import '../coordinator/coordinator.css';
import '../forms/forms.css';
import type { HlcClock } from '@keliling/sync';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useServices } from '../app/services';
import { visitLabels } from '../coordinator/labels';
import type { DeviceIdentity } from '../device/identity';
import { enumLabel } from '../forms/fieldSpecs';
import { saveErrorText } from '../forms/saveRecord';
import { useFormLanguage } from '../forms/useFormLanguage';
import { useFormat } from '../i18n/useFormat';
import { localIsoDate } from '../ui/format';
import { useLiveQuery } from '../ui/useLiveQuery';
import { villageRegions, villagesByCode } from '../villages/villages';
import { type TodayVisit, useTodayVisits } from './currentVisit';
import { finishVisit, startVisit } from './visitActions';
import { countVisitRecords, type VisitCounts } from './visitCounts';

type Props = { unitId: string; identity: DeviceIdentity; clock: HlcClock | null; onSaved: () => void };

/**
 * "Kunjungan hari ini": the unit's stops for today as the coordinator published them (from sync), started and
 * finished here (a `visits` change that syncs), with what each offers and what was done there.
 */
export function TodayVisits({ unitId, identity, clock, onSaved }: Props) {
  const services = useServices();
  const { db, vault, now } = services;
  const { t, language, lang } = useFormLanguage();
  const format = useFormat();
  const labels = visitLabels(language);
  const today = localIsoDate(now());
  const byCode = useMemo(() => villagesByCode(villageRegions()), []);
  const rows = useTodayVisits(unitId);
  const visitIds = useMemo(() => new Set((rows ?? []).map((visit) => visit.id)), [rows]);
  const counts = useLiveQuery(
    async (): Promise<VisitCounts> =>
      visitIds.size === 0 ? new Map() : countVisitRecords(db, vault.cipher(), visitIds),
    [db, vault, visitIds],
    new Map() as VisitCounts,
  );
  const inProgress = rows?.find((visit) => visit.status === 'in_progress') ?? null;

  const act = useMutation({
    mutationFn: ({ visit, to }: { visit: TodayVisit; to: 'in_progress' | 'done' }) => {
      const state = vault.state();
      if (state.status !== 'unlocked' || !clock) throw new Error('locked');
      const deps = { db, storage: services.storage, clock, identity, by: state.officer.id, now };
      return to === 'in_progress' ? startVisit(deps, visit.id) : finishVisit(deps, visit.id);
    },
    onSuccess: (result) => result.ok && onSaved(),
  });
  const refused = act.data && !act.data.ok ? saveErrorText(act.data.error, lang) : null;

  return (
    <section aria-labelledby="visits-title">
      <h1 id="visits-title">{t('Kunjungan hari ini')}</h1>
      <p className="muted">
        {format.date(today)} ·{' '}
        {t(
          'urutan dari koordinator. Mulai kunjungan saat tiba: semua data yang dicatat sesudahnya terhubung ke kunjungan itu.',
        )}
      </p>
      {refused && (
        <p className="error-box" role="alert" data-testid="visit-error">
          {refused}
        </p>
      )}
      {rows === null ? (
        <p className="muted">{t('Memuat…')}</p>
      ) : rows.length === 0 ? (
        <p className="empty" data-testid="visits-empty">
          {t('Belum ada kunjungan terjadwal untuk hari ini.')}
        </p>
      ) : (
        <ol className="visit-list" data-testid="visit-list">
          {rows.map((visit) => {
            const village = byCode.get(visit.villageCode);
            const done = counts.get(visit.id) ?? new Map<string, number>();
            const total = [...done.values()].reduce((a, b) => a + b, 0);
            return (
              <li
                key={visit.id}
                className={visit.status === 'in_progress' ? 'visit current' : 'visit'}
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
                  <p className="small muted" data-testid="visit-services">
                    {t('Layanan:')} {visit.servicesOffered.map(labels.service).join(' · ')}
                  </p>
                  <ul
                    className="counters"
                    data-testid="visit-counters"
                    data-total={total}
                    aria-label={t('Yang sudah dicatat')}
                  >
                    {total === 0 ? (
                      <li className="muted">{t('Belum ada data tercatat')}</li>
                    ) : (
                      [...done.entries()].map(([entity, n]) => (
                        <li key={entity} data-testid="visit-counter" data-entity={entity} data-count={n}>
                          {enumLabel('entity', entity, language)}: <strong>{n}</strong>
                        </li>
                      ))
                    )}
                  </ul>
                  <VisitTimes visit={visit} />
                </div>
                <div className="visit-side">
                  <span className="mono">{visit.plannedStart ?? '—'}</span>
                  <span className={`badge status-${visit.status}`}>{labels.status(visit.status)}</span>
                  {visit.status === 'planned' && (
                    <button
                      type="button"
                      className="button primary small"
                      data-testid="visit-start"
                      disabled={act.isPending || inProgress !== null || !clock}
                      title={inProgress ? t('Selesaikan dulu kunjungan yang sedang berlangsung') : undefined}
                      onClick={() => act.mutate({ visit, to: 'in_progress' })}
                    >
                      {t('Mulai kunjungan')}
                    </button>
                  )}
                  {visit.status === 'in_progress' && (
                    <button
                      type="button"
                      className="button secondary small"
                      data-testid="visit-finish"
                      disabled={act.isPending || !clock}
                      onClick={() => act.mutate({ visit, to: 'done' })}
                    >
                      {t('Selesaikan kunjungan')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function VisitTimes({ visit }: { visit: TodayVisit }) {
  const { t } = useFormLanguage();
  const format = useFormat();
  if (!visit.arrivedAt) return null;
  return (
    <p className="small muted">
      {t('Tiba {{time}}', { time: format.dateTime(visit.arrivedAt) })}
      {visit.leftAt ? ` · ${t('selesai {{time}}', { time: format.dateTime(visit.leftAt) })}` : ''}
    </p>
  );
}

import './coordinator.css';
import { defaultTravelModel, measureRoute, planRoute, type RouteStop } from '@keliling/domain';
import { newUlid } from '@keliling/sync';
import { useEffect, useId, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { msg } from '../i18n/i18n';
import type { StaffSession } from '../staff/staffSession';
import type { StaffSync } from '../staff/staffSync';
import type { StaffData } from '../staff/useStaffData';
import { localIsoDate } from '../ui/format';
import { regionForBase, villageRegions, villagesByCode } from '../villages/villages';
import { lastServedDates } from './coverage';
import { planProblems, publishEdits } from './publishPlan';
import { type RouteComparison, RouteSummary } from './RouteSummary';
import { type DraftAction, draftReducer } from './routeDraft';
import { StopList } from './StopList';
import { returnTime, suggestStarts } from './schedule';
import { VillagePicker } from './VillagePicker';

type PublishState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'done'; count: number }
  | { status: 'failed'; message: string };

const problemText = {
  no_stops: msg('Tambahkan paling sedikit satu desa.'),
  no_services: msg('Setiap desa perlu paling sedikit satu layanan.'),
  too_many_stops: msg('Paling banyak 100 desa sehari.'),
};

/** Plans a unit's day: pick villages, optimise the order, set services and start times, publish as visits. */
export function RoutePlanner({ session, sync, data }: { session: StaffSession; sync: StaffSync; data: StaffData }) {
  const { t } = useTranslation();
  const { now } = useServices();
  const ids = { unit: useId(), date: useId(), departure: useId(), stay: useId() };
  const today = localIsoDate(now());
  const mobileUnits = data.units.filter((unit) => unit.kind !== 'service_desk');
  const [unitId, setUnitId] = useState(() => mobileUnits[0]?.id ?? data.units[0]?.id ?? '');
  const [date, setDate] = useState(today);
  const [departure, setDeparture] = useState('08:00');
  const [stayMinutes, setStayMinutes] = useState(90);
  const [stops, dispatch] = useReducer(draftReducer, []);
  const [comparison, setComparison] = useState<RouteComparison | null>(null);
  const [publish, setPublish] = useState<PublishState>({ status: 'idle' });
  // Any edit after a publish starts a new draft (so a later pull no longer reloads the published stops over it).
  const edit = (action: DraftAction) => {
    dispatch(action);
    setPublish((state) => (state.status === 'done' || state.status === 'failed' ? { status: 'idle' } : state));
  };

  const unit = data.units.find((u) => u.id === unitId) ?? null;
  const regions = useMemo(() => villageRegions(), []);
  const byCode = useMemo(() => villagesByCode(regions), [regions]);
  const region = (unit?.base ? regionForBase(regions, unit.base) : null) ?? regions[0] ?? null;
  const dayVisits = useMemo(
    () => data.visits.filter((v) => v.unitId === unitId && v.date === date),
    [data.visits, unitId, date],
  );
  const lastServed = useMemo(() => lastServedDates(data.visits, today), [data.visits, today]);

  // A new unit or day starts from what is already published for it (published stops can be re-ordered or cancelled).
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload only when the unit or the day changes.
  useEffect(() => {
    dispatch({ type: 'load', visits: dayVisits });
    setComparison(null);
    setPublish({ status: 'idle' });
  }, [unitId, date]);

  const routeStops = (codes: readonly string[]): RouteStop[] =>
    codes.flatMap((code) => {
      const village = byCode.get(code);
      return village ? [{ id: code, lat: village.lat, lng: village.lng }] : [];
    });
  const base = unit?.base ?? null;
  const current = measureRoute({
    base: base ?? { lat: 0, lng: 0 },
    stops: routeStops(stops.map((s) => s.villageCode)),
  });
  const problems = planProblems(stops);
  const backAt = returnTime(stops.at(-1)?.plannedStart ?? '', stayMinutes, current.legs.at(-1)?.travelMinutes ?? 0);

  const optimise = () => {
    if (!base) return;
    const plan = planRoute({
      base,
      stops: routeStops(stops.map((s) => s.villageCode)),
      typedOrder: stops.map((s) => s.villageCode),
    });
    setComparison({ typed: plan.typed, proposed: plan });
    edit({ type: 'reorder', order: plan.order });
    edit({ type: 'setStarts', starts: suggestStarts(plan.legs, departure, stayMinutes) });
  };

  const fillStarts = () => {
    if (base) edit({ type: 'setStarts', starts: suggestStarts(current.legs, departure, stayMinutes) });
  };

  const publishPlan = async () => {
    const edits = publishEdits({
      unitId,
      date,
      stops,
      existing: dayVisits,
      userId: session.user.id,
      now,
      newId: () => newUlid({ now }),
    });
    if (edits.length === 0) {
      setPublish({ status: 'done', count: 0 });
      return;
    }
    setPublish({ status: 'busy' });
    const changeIds = new Set(await sync.write(edits));
    const report = await sync.syncOnce();
    const refused = (await sync.rejections()).filter((r) => changeIds.has(r.change.id));
    if (refused.length > 0) {
      setPublish({
        status: 'failed',
        message: t('{{count}} perubahan ditolak server: {{reason}}', {
          count: refused.length,
          reason: refused[0]?.reason.message ?? '',
        }),
      });
    } else if (!report.ok) {
      setPublish({
        status: 'failed',
        message: t('Server tidak dapat dihubungi. Rencana disimpan di tab ini dan dikirim saat tersambung kembali.'),
      });
    } else {
      setPublish({ status: 'done', count: edits.length });
    }
  };

  // After a publish the stops are visits: reload them so they carry their ids.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when a publish has just finished.
  useEffect(() => {
    if (publish.status === 'done') dispatch({ type: 'load', visits: dayVisits });
  }, [publish.status, dayVisits.length]);

  const selected = new Set(stops.map((s) => s.villageCode));
  const closedToday = dayVisits.filter((v) => v.status === 'done' || v.status === 'cancelled').length;

  return (
    <section aria-labelledby="plan-title" data-testid="route-planner">
      <h1 id="plan-title">{t('Rencana rute')}</h1>
      <p className="muted">
        {t('Pilih unit, tanggal dan desa; optimalkan urutannya; lalu terbitkan ke perangkat unit.')}
      </p>
      <div className="plan-controls">
        <div className="field">
          <label htmlFor={ids.unit}>{t('Unit')}</label>
          <select
            id={ids.unit}
            className="control"
            data-testid="plan-unit"
            value={unitId}
            onChange={(e) => setUnitId(e.target.value)}
          >
            {data.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.date}>{t('Tanggal')}</label>
          <input
            id={ids.date}
            className="control"
            type="date"
            data-testid="plan-date"
            value={date}
            min={today}
            onChange={(e) => e.target.value && setDate(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.departure}>{t('Berangkat dari markas')}</label>
          <input
            id={ids.departure}
            className="control"
            type="time"
            data-testid="plan-departure"
            value={departure}
            onChange={(e) => setDeparture(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.stay}>{t('Lama di tiap desa (menit)')}</label>
          <input
            id={ids.stay}
            className="control"
            type="number"
            min={15}
            max={480}
            step={15}
            data-testid="plan-stay"
            value={stayMinutes}
            onChange={(e) => setStayMinutes(Math.max(0, Number(e.target.value) || 0))}
          />
        </div>
      </div>
      {!base && (
        <p className="warning">
          {t('Markas unit ini belum memiliki koordinat, jadi rute tidak dapat dihitung. Hubungi admin.')}
        </p>
      )}
      {closedToday > 0 && (
        <p className="muted small">
          {t('{{count}} kunjungan hari itu sudah selesai atau dibatalkan dan tidak diubah di sini.', {
            count: closedToday,
          })}
        </p>
      )}
      <div className="plan-grid">
        {region && (
          <VillagePicker
            villages={region.villages}
            regencyName={region.regencyName}
            lastServed={lastServed}
            today={today}
            selected={selected}
            onToggle={(villageCode) => {
              edit({ type: 'toggle', villageCode });
              setComparison(null);
            }}
          />
        )}
        <div className="plan-route">
          <section className="card" aria-labelledby="stops-title">
            <h2 id="stops-title">
              {t('Urutan kunjungan')}{' '}
              <span className="muted small">({t('{{count}} desa', { count: stops.length })})</span>
            </h2>
            <StopList stops={stops} villages={byCode} dispatch={edit} />
            <div className="actions">
              <button
                type="button"
                className="button secondary"
                data-testid="plan-optimise"
                disabled={!base || stops.length < 2}
                onClick={optimise}
              >
                {t('Optimalkan rute')}
              </button>
              <button
                type="button"
                className="button secondary"
                data-testid="plan-fill-starts"
                disabled={!base || stops.length === 0}
                onClick={fillStarts}
              >
                {t('Isi jam mulai')}
              </button>
            </div>
          </section>
          <RouteSummary
            current={current}
            comparison={comparison}
            speedKmh={defaultTravelModel.averageSpeedKmh}
            winding={defaultTravelModel.windingFactor}
            backAt={base ? backAt : null}
          />
          <section className="card" aria-labelledby="publish-title">
            <h2 id="publish-title">{t('Terbitkan')}</h2>
            <p className="muted small">
              {t('Kunjungan dikirim ke server dan sampai ke perangkat unit pada sinkronisasi berikutnya.')}
            </p>
            {problems.length > 0 && stops.length > 0 && (
              <ul className="error small">
                {[...new Set(problems.map((p) => p.code))].map((code) => (
                  <li key={code}>{t(problemText[code])}</li>
                ))}
              </ul>
            )}
            <div className="actions">
              <button
                type="button"
                className="button primary"
                data-testid="plan-publish"
                disabled={problems.length > 0 || publish.status === 'busy'}
                onClick={() => void publishPlan()}
              >
                {publish.status === 'busy' ? t('Menerbitkan…') : t('Terbitkan')}
              </button>
            </div>
            {publish.status === 'done' && (
              <p className="ok-box" role="status" data-testid="plan-published" data-count={publish.count}>
                {publish.count === 0
                  ? t('Tidak ada perubahan untuk diterbitkan.')
                  : t('Terbit: {{count}} perubahan kunjungan diterima server.', { count: publish.count })}
              </p>
            )}
            {publish.status === 'failed' && (
              <p className="error-box" role="alert" data-testid="plan-error">
                {publish.message}
              </p>
            )}
          </section>
        </div>
      </div>
    </section>
  );
}

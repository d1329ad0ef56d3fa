import { useMemo } from 'react';
import { useServices } from '../app/services';
import { type VisitInfo, visitsFrom } from '../coordinator/planningRecords';
import { listRecordViews } from '../db/recordViews';
import { localIsoDate } from '../ui/format';
import { useLiveQuery } from '../ui/useLiveQuery';

/** The visit records are linked to: today's visit of the unit that is in progress (at most one at a time). */
export function currentVisitOf(visits: readonly VisitInfo[], unitId: string, today: string): VisitInfo | null {
  return (
    visits.find((visit) => visit.unitId === unitId && visit.date === today && visit.status === 'in_progress') ?? null
  );
}

/** A visit of today with the times the unit arrived and left. */
export type TodayVisit = VisitInfo & { arrivedAt: string | null; leftAt: string | null };

const instantOrNull = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Today's visits of the unit, in route order, live from the local store (null while loading). */
export function useTodayVisits(unitId: string): TodayVisit[] | null {
  const { db, vault, now } = useServices();
  const today = localIsoDate(now());
  return useLiveQuery(
    async () => {
      const views = await listRecordViews(db, vault.cipher(), 'visits');
      const fieldsById = new Map(views.map((view) => [view.entityId, view.fields]));
      return visitsFrom(views)
        .filter((visit) => visit.unitId === unitId && visit.date === today)
        .map((visit) => {
          const fields = fieldsById.get(visit.id) ?? {};
          return { ...visit, arrivedAt: instantOrNull(fields.arrivedAt), leftAt: instantOrNull(fields.leftAt) };
        });
    },
    [db, vault, unitId, today],
    null,
  );
}

/** The visit in progress, which new records link to (`visitId`); null when none. */
export function useCurrentVisit(unitId: string): VisitInfo | null {
  const { now } = useServices();
  const visits = useTodayVisits(unitId);
  const today = localIsoDate(now());
  return useMemo(() => (visits ? currentVisitOf(visits, unitId, today) : null), [visits, unitId, today]);
}

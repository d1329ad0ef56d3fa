import type { VisitService } from '@keliling/domain';
import type { VisitInfo } from './planningRecords';

/** One stop of the day being planned; `visitId` is set for a visit already published. */
export type DraftStop = {
  villageCode: string;
  visitId: string | null;
  servicesOffered: VisitService[];
  /** `HH:MM`, or '' for none. */
  plannedStart: string;
};

/** The services a new stop offers until the coordinator changes them (SIM Keliling renews; SKCK; complaints). */
export const defaultServices: VisitService[] = ['sim_renewal', 'skck', 'complaint'];

export type DraftAction =
  | { type: 'load'; visits: readonly VisitInfo[] }
  | { type: 'toggle'; villageCode: string }
  | { type: 'remove'; villageCode: string }
  | { type: 'move'; index: number; delta: -1 | 1 }
  | { type: 'reorder'; order: readonly string[] }
  | { type: 'toggleService'; villageCode: string; service: VisitService }
  | { type: 'setStart'; villageCode: string; plannedStart: string }
  | { type: 'setStarts'; starts: ReadonlyMap<string, string> };

/** The stops a unit already has that day and can still be re-planned (planned or under way), in their order. */
export function stopsFromVisits(visits: readonly VisitInfo[]): DraftStop[] {
  return visits
    .filter((visit) => visit.status === 'planned' || visit.status === 'in_progress')
    .slice()
    .sort((a, b) => a.order - b.order)
    .map((visit) => ({
      villageCode: visit.villageCode,
      visitId: visit.id,
      servicesOffered: visit.servicesOffered.slice(),
      plannedStart: visit.plannedStart ?? '',
    }));
}

const update = (stops: DraftStop[], villageCode: string, change: (stop: DraftStop) => DraftStop): DraftStop[] =>
  stops.map((stop) => (stop.villageCode === villageCode ? change(stop) : stop));

/** The planner's list of stops, changed only through these actions (so keyboard reordering is testable). */
export function draftReducer(stops: DraftStop[], action: DraftAction): DraftStop[] {
  switch (action.type) {
    case 'load':
      return stopsFromVisits(action.visits);
    case 'toggle':
      return stops.some((stop) => stop.villageCode === action.villageCode)
        ? stops.filter((stop) => stop.villageCode !== action.villageCode)
        : [
            ...stops,
            {
              villageCode: action.villageCode,
              visitId: null,
              servicesOffered: defaultServices.slice(),
              plannedStart: '',
            },
          ];
    case 'remove':
      return stops.filter((stop) => stop.villageCode !== action.villageCode);
    case 'move': {
      const target = action.index + action.delta;
      if (action.index < 0 || action.index >= stops.length || target < 0 || target >= stops.length) return stops;
      const next = stops.slice();
      [next[action.index], next[target]] = [next[target] as DraftStop, next[action.index] as DraftStop];
      return next;
    }
    case 'reorder': {
      const byCode = new Map(stops.map((stop) => [stop.villageCode, stop]));
      const ordered = action.order.flatMap((code) => byCode.get(code) ?? []);
      return ordered.length === stops.length ? ordered : stops;
    }
    case 'toggleService':
      return update(stops, action.villageCode, (stop) => ({
        ...stop,
        servicesOffered: stop.servicesOffered.includes(action.service)
          ? stop.servicesOffered.filter((s) => s !== action.service)
          : [...stop.servicesOffered, action.service],
      }));
    case 'setStart':
      return update(stops, action.villageCode, (stop) => ({ ...stop, plannedStart: action.plannedStart }));
    case 'setStarts':
      return stops.map((stop) => ({ ...stop, plannedStart: action.starts.get(stop.villageCode) ?? stop.plannedStart }));
  }
}

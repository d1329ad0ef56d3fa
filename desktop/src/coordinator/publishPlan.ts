import { isRecordId, visitServices } from '@keliling/domain';
import type { LocalEdit } from '@keliling/sync';
import type { VisitInfo } from './planningRecords';
import type { DraftStop } from './routeDraft';

export type PublishInput = {
  unitId: string;
  date: string;
  stops: readonly DraftStop[];
  /** The unit's visits already known for that date. */
  existing: readonly VisitInfo[];
  /** The signed-in user (the change's author, and `createdBy` of new visits). */
  userId: string;
  now: () => number;
  newId: () => string;
};

/** Why a plan cannot be published yet, by code (messages in the screen). */
export type PlanProblem = { code: 'no_stops' | 'no_services' | 'too_many_stops'; villageCode?: string };

export function planProblems(stops: readonly DraftStop[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (stops.length === 0) problems.push({ code: 'no_stops' });
  if (stops.length > 100) problems.push({ code: 'too_many_stops' });
  for (const stop of stops)
    if (stop.servicesOffered.length === 0) problems.push({ code: 'no_services', villageCode: stop.villageCode });
  return problems;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The changes that publish a day's plan as `visits` records: new stops become visits (`planned`, ordered 1…n),
 * published stops get only what changed (order, start, services), and planned visits of that day left out of the
 * plan are cancelled (visits are never deleted: the unit's history keeps them).
 */
export function publishEdits(input: PublishInput): LocalEdit[] {
  const by = input.userId;
  const createdBy = isRecordId(input.userId) ? { createdBy: input.userId } : {};
  const known = new Map(input.existing.map((visit) => [visit.id, visit]));
  const edits: LocalEdit[] = [];
  input.stops.forEach((stop, i) => {
    const order = i + 1;
    // Services in the contract's order, so an unchanged set compares equal whatever order it was ticked in.
    const servicesOffered = visitServices.filter((s) => stop.servicesOffered.includes(s));
    const existing = stop.visitId ? known.get(stop.visitId) : undefined;
    if (!existing) {
      edits.push({
        entity: 'visits',
        entityId: stop.visitId ?? input.newId(),
        by,
        fields: {
          unitId: input.unitId,
          villageCode: stop.villageCode,
          date: input.date,
          order,
          servicesOffered,
          status: 'planned',
          ...(stop.plannedStart ? { plannedStart: stop.plannedStart } : {}),
          createdAt: new Date(input.now()).toISOString(),
          ...createdBy,
        },
      });
      return;
    }
    const fields: Record<string, unknown> = {};
    if (existing.order !== order) fields.order = order;
    if ((existing.plannedStart ?? '') !== stop.plannedStart) fields.plannedStart = stop.plannedStart || null;
    if (!sameList(existing.servicesOffered, servicesOffered)) fields.servicesOffered = servicesOffered;
    if (Object.keys(fields).length > 0) edits.push({ entity: 'visits', entityId: existing.id, by, fields });
  });
  const kept = new Set(input.stops.map((stop) => stop.visitId));
  for (const visit of input.existing) {
    if (
      visit.unitId === input.unitId &&
      visit.date === input.date &&
      visit.status === 'planned' &&
      !kept.has(visit.id)
    ) {
      edits.push({ entity: 'visits', entityId: visit.id, by, fields: { status: 'cancelled' } });
    }
  }
  return edits;
}

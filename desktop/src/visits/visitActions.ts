import { type SaveDeps, saveRecordEdit } from '../forms/saveRecord';
import { officerTransition } from '../forms/statusChange';

/** The unit arrives: `planned` → `in_progress`, with the arrival time. Records taken from now on link to it. */
export function startVisit(deps: SaveDeps, visitId: string) {
  const now = deps.now ?? Date.now;
  return saveRecordEdit(deps, {
    entity: 'visits',
    entityId: visitId,
    check: officerTransition('visits', 'in_progress'),
    fields: { status: 'in_progress', arrivedAt: new Date(now()).toISOString() },
  });
}

/** The unit leaves: `in_progress` → `done`, with the departure time. */
export function finishVisit(deps: SaveDeps, visitId: string) {
  const now = deps.now ?? Date.now;
  return saveRecordEdit(deps, {
    entity: 'visits',
    entityId: visitId,
    check: officerTransition('visits', 'done'),
    fields: { status: 'done', leftAt: new Date(now()).toISOString() },
  });
}

/** Records linked to each visit (`visitId`), counted per entity. */
export function countByVisit(
  rows: readonly { entity: string; fields: Record<string, unknown>; deleted: boolean }[],
): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const visitId = row.fields.visitId;
    if (row.deleted || typeof visitId !== 'string') continue;
    const perEntity = counts.get(visitId) ?? new Map<string, number>();
    perEntity.set(row.entity, (perEntity.get(row.entity) ?? 0) + 1);
    counts.set(visitId, perEntity);
  }
  return counts;
}

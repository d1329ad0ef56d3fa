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

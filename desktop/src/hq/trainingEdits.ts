import { validateRecord } from '@keliling/domain';
import type { LocalEdit } from '@keliling/sync';

export type TrainingInput = { title: string; topic: string; date: string; trainer: string };
export type AttendanceRecord = { id: string; fields: Record<string, unknown>; deleted: boolean };

export type TrainingEditResult = { ok: true; edit: LocalEdit } | { ok: false; field: string; message: string };

/** A new `trainings` record (reference data, no unitId), checked by the same entity rules the server applies. */
export function newTrainingEdit(input: TrainingInput, by: string, now: number, id: string): TrainingEditResult {
  const fields: Record<string, unknown> = {
    title: input.title.trim(),
    topic: input.topic.trim(),
    date: input.date,
    ...(input.trainer.trim() ? { trainer: input.trainer.trim() } : {}),
    createdAt: new Date(now).toISOString(),
  };
  const checked = validateRecord('trainings', fields);
  if (!checked.ok) return { ok: false, field: checked.field ?? '', message: checked.message };
  return { ok: true, edit: { entity: 'trainings', entityId: id, fields, by } };
}

/**
 * The attendance changes that make `attended` the set of officers present at a training: a new record for an
 * officer not yet listed, `attended` flipped on an existing one; officers already right are left alone.
 */
export function attendanceEdits(
  trainingId: string,
  attended: ReadonlySet<string>,
  officerIds: readonly string[],
  existing: readonly AttendanceRecord[],
  by: string,
  newId: () => string,
): LocalEdit[] {
  const edits: LocalEdit[] = [];
  for (const officerId of officerIds) {
    const record = existing.find(
      (r) => !r.deleted && r.fields.trainingId === trainingId && r.fields.officerId === officerId,
    );
    const present = attended.has(officerId);
    if (!record) {
      if (present)
        edits.push({
          entity: 'training_attendance',
          entityId: newId(),
          fields: { trainingId, officerId, attended: true },
          by,
        });
    } else if ((record.fields.attended !== false) !== present) {
      edits.push({ entity: 'training_attendance', entityId: record.id, fields: { attended: present }, by });
    }
  }
  return edits;
}

import { complaintFollowUpEntity } from '@keliling/domain';
import { z } from 'zod';
import { type SaveDeps, type SaveResult, saveNewRecord, saveRecordEdit } from '../forms/saveRecord';
import { officerTransition } from '../forms/statusChange';
import { msg } from '../i18n/i18n';

const { action, outcome } = {
  ...complaintFollowUpEntity.definition.required,
  ...complaintFollowUpEntity.definition.optional,
};

/** The follow-up form's schema, from the domain's own field schemas; `status` is '' (unchanged) or the next status. */
export const followUpFormSchema = z.object({
  action: z.string().trim().min(1, msg('Tuliskan tindakan yang dilakukan.')).pipe(action),
  outcome: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(outcome.optional()),
  status: z.string(),
});

export type FollowUpFormValues = z.input<typeof followUpFormSchema>;
export type FollowUpInput = z.output<typeof followUpFormSchema>;

/**
 * Adds a follow-up (a `complaint_follow_ups` child: several officers may add them at once, so never an array
 * field) and, when asked, moves the complaint on (`received` → `in_progress` → `resolved`/`referred`), refused
 * before anything is written when the officer may not make that move.
 */
export async function saveFollowUp(deps: SaveDeps, complaintId: string, input: FollowUpInput): Promise<SaveResult> {
  const now = deps.now ?? Date.now;
  if (input.status !== '') {
    const complaint = await deps.storage.record('complaints', complaintId);
    const refused = complaint
      ? officerTransition('complaints', input.status)(complaint.fields)
      : { code: 'not_found', message: msg('Pengaduan tidak ditemukan.') };
    if (refused) return { ok: false, error: refused };
  }
  const saved = await saveNewRecord(deps, {
    entity: 'complaint_follow_ups',
    fields: {
      complaintId,
      at: new Date(now()).toISOString(),
      officerId: deps.by,
      action: input.action,
      ...(input.outcome !== undefined ? { outcome: input.outcome } : {}),
    },
  });
  if (!saved.ok || input.status === '') return saved;
  const moved = await saveRecordEdit(deps, {
    entity: 'complaints',
    entityId: complaintId,
    fields: { status: input.status },
    check: officerTransition('complaints', input.status),
  });
  return moved.ok ? saved : { ok: false, error: moved.error };
}

import { entityStatuses } from '@keliling/domain';
import type { Change } from '@keliling/sync';
import type { ExistingRecord } from '../store/types.js';

/** Fields whose change alone does not ask for the whole record to be judged again (HQ's review actions). */
const reviewFields: ReadonlySet<string> = new Set(['status', 'statusReason']);

/**
 * The record as this change leaves it, when the domain's whole-record rules should judge it; null otherwise.
 * Judged: a record created or edited outside drafts, and one leaving `draft`. Not judged: drafts (an officer may
 * save half a form), tombstones, and pure review actions on a record already judged when it was submitted.
 */
export function wholeRecordAfter(change: Change, record: ExistingRecord | null): Record<string, unknown> | null {
  // Tombstones, and edits that reach a record someone deleted meanwhile, merge as they come: nothing to judge.
  if (change.deleted === true || record?.deleted) return null;
  const merged: Record<string, unknown> = { ...(record?.fields ?? {}) };
  for (const [field, value] of Object.entries(change.fields)) merged[field] = value;
  for (const [field, value] of Object.entries(merged)) if (value === null) delete merged[field];

  const hasStatuses = entityStatuses[change.entity as keyof typeof entityStatuses] !== undefined;
  if (hasStatuses && merged.status === 'draft') return null;
  const isNew = record === null;
  const leavesDraft = record?.fields.status === 'draft' && change.fields.status !== undefined;
  const editsContent = Object.keys(change.fields).some((field) => !reviewFields.has(field));
  return isNew || leavesDraft || editsContent ? merged : null;
}

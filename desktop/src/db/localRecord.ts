import {
  applyChange,
  type Change,
  type LocalRecord,
  materialize,
  maxHlc,
  type RecordState,
  type Rejection,
  type SyncState,
} from '@keliling/sync';
import type { RecordViewRow } from './database';

/**
 * The visible record from its three layers, exactly as the reference memory storage computes it: confirmed state
 * with pending changes applied in outbox order; 'pending' while anything waits, else 'rejected' while an
 * undismissed rejection remains, else 'synced'. Null when nothing is known of the record.
 */
export function buildLocalRecord(
  entity: string,
  entityId: string,
  confirmed: RecordState | undefined,
  pending: Change[],
  rejections: Rejection[],
): LocalRecord | null {
  if (!confirmed && pending.length === 0 && rejections.length === 0) return null;
  let state = confirmed;
  for (const change of pending) state = applyChange(state, change).state;
  const { fields, deleted } = state ? materialize(state) : { fields: {}, deleted: false };
  const syncState: SyncState = pending.length > 0 ? 'pending' : rejections.length > 0 ? 'rejected' : 'synced';
  return { entity, entityId, fields, deleted, syncState, confirmed: confirmed ?? null, pending, rejections };
}

/** The row the records list reads. */
export function toViewRow(record: LocalRecord): RecordViewRow {
  let lastHlc = record.confirmed ? (maxHlc(record.confirmed) ?? '') : '';
  for (const change of record.pending) if (change.hlc > lastHlc) lastHlc = change.hlc;
  for (const rejection of record.rejections) if (rejection.change.hlc > lastHlc) lastHlc = rejection.change.hlc;
  return {
    entity: record.entity,
    entityId: record.entityId,
    fields: record.fields,
    deleted: record.deleted,
    syncState: record.syncState,
    pendingCount: record.pending.length,
    rejections: record.rejections.map((rejection) => ({
      changeId: rejection.change.id,
      code: rejection.reason.code,
      message: rejection.reason.message,
      ...(rejection.reason.field !== undefined ? { field: rejection.reason.field } : {}),
      rejectedAt: rejection.rejectedAt,
      fields: rejection.change.fields,
    })),
    lastHlc,
  };
}

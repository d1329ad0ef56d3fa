import type { Change, RecordState, Rejection } from '@keliling/sync';
import type { RecordCipher } from '../security/recordCipher';
import { indexRecordFields } from '../security/searchIndex';
import type { RecordViewRow, StoredConfirmedRow, StoredOutboxRow, StoredRejectionRow, StoredViewRow } from './database';

/**
 * Rows to and from their sealed form at rest. Each sealed value is bound to its place (table, record, change) as
 * AES-GCM associated data, so swapping sealed values between rows fails authentication.
 */
const place = {
  confirmed: (entity: string, entityId: string) => `confirmed/${entity}/${entityId}`,
  outbox: (entity: string, entityId: string, id: string) => `outbox/${entity}/${entityId}/${id}`,
  rejection: (entity: string, entityId: string, changeId: string) => `rejection/${entity}/${entityId}/${changeId}`,
  record: (entity: string, entityId: string) => `record/${entity}/${entityId}`,
};

export function sealConfirmed(cipher: RecordCipher, entity: string, entityId: string, state: RecordState): StoredConfirmedRow {
  return { entity, entityId, sealed: cipher.seal(state, place.confirmed(entity, entityId)) };
}

export function openConfirmed(cipher: RecordCipher, row: StoredConfirmedRow): RecordState {
  return cipher.open(row.sealed, place.confirmed(row.entity, row.entityId)) as RecordState;
}

export function sealOutbox(cipher: RecordCipher, change: Change, seq?: number): StoredOutboxRow {
  const sealed = cipher.seal(change, place.outbox(change.entity, change.entityId, change.id));
  return { ...(seq !== undefined ? { seq } : {}), id: change.id, entity: change.entity, entityId: change.entityId, sealed };
}

export function openOutbox(cipher: RecordCipher, row: StoredOutboxRow): Change {
  return cipher.open(row.sealed, place.outbox(row.entity, row.entityId, row.id)) as Change;
}

export function sealRejection(cipher: RecordCipher, rejection: Rejection, seq?: number): StoredRejectionRow {
  const { change } = rejection;
  return {
    ...(seq !== undefined ? { seq } : {}),
    changeId: change.id,
    entity: change.entity,
    entityId: change.entityId,
    dismissed: rejection.dismissed ? 1 : 0,
    sealed: cipher.seal(rejection, place.rejection(change.entity, change.entityId, change.id)),
  };
}

export function openRejection(cipher: RecordCipher, row: StoredRejectionRow): Rejection {
  return cipher.open(row.sealed, place.rejection(row.entity, row.entityId, row.changeId)) as Rejection;
}

/** The visible row at rest, with blind-index tokens of the NIK and name (typed values of a refusal included). */
export function sealView(cipher: RecordCipher, view: RecordViewRow): StoredViewRow {
  const { fields, rejections, ...clear } = view;
  const typed = Object.assign({}, ...rejections.map((rejection) => rejection.fields), fields) as Record<string, unknown>;
  const index = indexRecordFields(cipher, typed);
  return {
    ...clear,
    ...(index.nik !== undefined ? { nik: index.nik } : {}),
    name: index.name,
    sealed: cipher.seal({ fields, rejections }, place.record(view.entity, view.entityId)),
  };
}

export function openView(cipher: RecordCipher, row: StoredViewRow): RecordViewRow {
  const { sealed, nik: _nik, name: _name, ...clear } = row;
  const opened = cipher.open(sealed, place.record(row.entity, row.entityId)) as Pick<RecordViewRow, 'fields' | 'rejections'>;
  return { ...clear, fields: opened.fields, rejections: opened.rejections };
}

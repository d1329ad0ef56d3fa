import type { Change, RecordState, Rejection } from '@keliling/sync';
import { attachmentId, attachmentRefsIn } from '../attachments/attachmentStore';
import type { RecordCipher } from '../security/recordCipher';
import { indexRecordFields } from '../security/searchIndex';
import type {
  RecordViewRow,
  StoredConfirmedRow,
  StoredHistoryRow,
  StoredOutboxRow,
  StoredRejectionRow,
  StoredViewRow,
} from './database';
import { namePairTokens } from './namePairs';
import { indexVersion, isServiceEntity, normalizeReceipt } from './recordFilters';

/**
 * Rows to and from their sealed form at rest. Each sealed value is bound to its place (table, record, change) as
 * AES-GCM associated data, so swapping sealed values between rows fails authentication.
 */
const place = {
  confirmed: (entity: string, entityId: string) => `confirmed/${entity}/${entityId}`,
  outbox: (entity: string, entityId: string, id: string) => `outbox/${entity}/${entityId}/${id}`,
  rejection: (entity: string, entityId: string, changeId: string) => `rejection/${entity}/${entityId}/${changeId}`,
  record: (entity: string, entityId: string) => `record/${entity}/${entityId}`,
  history: (entity: string, entityId: string, id: string) => `history/${entity}/${entityId}/${id}`,
};

export function sealHistory(cipher: RecordCipher, change: Change): StoredHistoryRow {
  const { id, entity, entityId, hlc } = change;
  return { id, entity, entityId, hlc, sealed: cipher.seal(change, place.history(entity, entityId, id)) };
}

export function openHistory(cipher: RecordCipher, row: StoredHistoryRow): Change {
  return cipher.open(row.sealed, place.history(row.entity, row.entityId, row.id)) as Change;
}

export function sealConfirmed(
  cipher: RecordCipher,
  entity: string,
  entityId: string,
  state: RecordState,
): StoredConfirmedRow {
  return { entity, entityId, sealed: cipher.seal(state, place.confirmed(entity, entityId)) };
}

export function openConfirmed(cipher: RecordCipher, row: StoredConfirmedRow): RecordState {
  return cipher.open(row.sealed, place.confirmed(row.entity, row.entityId)) as RecordState;
}

export function sealOutbox(cipher: RecordCipher, change: Change, seq?: number): StoredOutboxRow {
  const sealed = cipher.seal(change, place.outbox(change.entity, change.entityId, change.id));
  return {
    ...(seq !== undefined ? { seq } : {}),
    id: change.id,
    entity: change.entity,
    entityId: change.entityId,
    sealed,
  };
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

export function receiptToken(cipher: RecordCipher, receiptNumber: string): string {
  return cipher.blind('receipt', normalizeReceipt(receiptNumber));
}

export function visitToken(cipher: RecordCipher, visitId: string): string {
  return cipher.blind('visit', visitId);
}

/**
 * The visible row at rest, with blind-index tokens of the NIK, name (word starts and their pairs, db/namePairs.ts),
 * receipt number, visit and attached files (typed values of a refusal included), and for a service's record the
 * list's clear filter columns (db/database.ts StoredViewRow).
 */
export function sealView(cipher: RecordCipher, view: RecordViewRow): StoredViewRow {
  return {
    ...viewIndexColumns(cipher, view),
    sealed: cipher.seal({ fields: view.fields, rejections: view.rejections }, place.record(view.entity, view.entityId)),
  };
}

/** Everything of the row at rest but its sealed part: the clear columns and index tokens of sealView. */
export function viewIndexColumns(cipher: RecordCipher, view: RecordViewRow): Omit<StoredViewRow, 'sealed'> {
  const { fields, rejections, ...clear } = view;
  const typed = Object.assign({}, ...rejections.map((rejection) => rejection.fields), fields) as Record<
    string,
    unknown
  >;
  const index = indexRecordFields(cipher, typed);
  const service = isServiceEntity(view.entity);
  return {
    ...clear,
    ...(index.nik !== undefined ? { nik: index.nik } : {}),
    name: index.name,
    namePair: namePairTokens(cipher, typed),
    attachments: [
      ...new Set(
        [fields, ...rejections.map((rejection) => rejection.fields)]
          .flatMap((values) => attachmentRefsIn(values))
          .map((ref) => attachmentId(cipher, ref.sha256)),
      ),
    ],
    ...(typeof typed.receiptNumber === 'string' && typed.receiptNumber !== ''
      ? { receipt: receiptToken(cipher, typed.receiptNumber) }
      : {}),
    ...(service && typeof typed.visitId === 'string' && typed.visitId !== ''
      ? { visit: visitToken(cipher, typed.visitId) }
      : {}),
    ...(service ? { svc: 1 as const, sync: view.syncState } : {}),
    ...(service && typeof typed.status === 'string' ? { status: typed.status } : {}),
    ix: indexVersion,
  };
}

export function openView(cipher: RecordCipher, row: StoredViewRow): RecordViewRow {
  const {
    sealed,
    nik: _nik,
    name: _name,
    namePair: _namePair,
    attachments: _attachments,
    receipt: _receipt,
    visit: _visit,
    svc: _svc,
    status: _status,
    sync: _sync,
    ix: _ix,
    ...clear
  } = row;
  const opened = cipher.open(sealed, place.record(row.entity, row.entityId)) as Pick<
    RecordViewRow,
    'fields' | 'rejections'
  >;
  return { ...clear, fields: opened.fields, rejections: opened.rejections };
}

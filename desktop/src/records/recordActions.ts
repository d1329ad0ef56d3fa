import { allowedActions, checkChange, type EntityName, isEntityName, type Role } from '@keliling/domain';
import { type SaveDeps, type SaveError, saveRecordEdit } from '../forms/saveRecord';
import { msg } from '../i18n/i18n';
import { messageForCode } from '../ui/errors';

/** Officers on a field device act in the `officer` role (records.md "who may"). */
export const deviceRole: Role = 'officer';

/** Fields a generic edit form never offers: set at creation, computed, or edited by their own controls. */
const notEditedHere = new Set([
  'status',
  'statusReason',
  'unitId',
  'createdAt',
  'createdBy',
  'receiptNumber',
  'feeRupiah',
  'visitId',
  'applicationType',
]);

export type RecordActions = {
  /** Status changes the officer may make now, in the domain's order. */
  nextStatuses: string[];
  /** Simple fields the officer may still correct (until the record is verified). */
  editableFields: string[];
  /** The officer may add or replace the record's photo. */
  canSetPhoto: boolean;
};

export function recordActions(entity: string, fields: Record<string, unknown>, deleted: boolean): RecordActions {
  if (!isEntityName(entity) || deleted) return { nextStatuses: [], editableFields: [], canSetPhoto: false };
  const status = typeof fields.status === 'string' ? fields.status : null;
  const allowed = allowedActions({ entity, role: deviceRole, status });
  const editableFields = allowed.editableFields.filter((field) => {
    if (notEditedHere.has(field) || field === 'photo' || field === 'photos') return false;
    const value = fields[field];
    return value === undefined || value === null || typeof value === 'string';
  });
  return { nextStatuses: allowed.nextStatuses, editableFields, canSetPhoto: allowed.editableFields.includes('photo') };
}

/** The domain's permission check as the save path's `check`: the server would refuse what this refuses. */
function permissionCheck(entity: EntityName, patch: Record<string, unknown>) {
  return (current: Record<string, unknown>): SaveError | null => {
    const result = checkChange({ entity, role: deviceRole, current, fields: patch });
    return result.ok
      ? null
      : { code: result.code, field: result.field, message: messageForCode(result.code, result.message) };
  };
}

/**
 * One action on a record (a status change, a correction, a photo): a change through the forms' save path, so the
 * record and its outbox entry are written in one Dexie transaction, sealed before it, checked like the server.
 */
export async function applyRecordChange(
  deps: SaveDeps,
  entity: string,
  entityId: string,
  patch: Record<string, unknown>,
) {
  if (!isEntityName(entity))
    return { ok: false as const, error: { code: 'unknown_entity', message: messageForCode('unknown_entity') } };
  return saveRecordEdit(deps, { entity, entityId, fields: patch, check: permissionCheck(entity, patch) });
}

/** The button text of a status change. */
export function statusActionLabel(status: string): string {
  const labels: Record<string, string> = {
    submitted: msg('Ajukan'),
    verified: msg('Verifikasi'),
    cancelled: msg('Batalkan'),
    in_progress: msg('Mulai tindak lanjut'),
    resolved: msg('Tandai selesai'),
    referred: msg('Rujuk ke instansi lain'),
    closed: msg('Tutup pengaduan'),
    issued: msg('Terbitkan'),
    done: msg('Selesai'),
  };
  return labels[status] ?? `Ubah ke ${status}`;
}

/** Status changes that record a reason (cancelling, referring). */
export function needsReason(status: string): boolean {
  return status === 'cancelled' || status === 'rejected' || status === 'referred';
}

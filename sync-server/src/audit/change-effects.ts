import { citizenNotification } from '@keliling/domain';
import { deletedField } from '@keliling/sync';
import type { SqliteDatabase } from '../db/open.js';
import { createOutbox } from '../notify/outbox.js';
import type { AcceptedChange } from '../store/changes.js';
import { createReceiptIndex } from '../store/receipts.js';
import { type ActorKind, createAuditLog } from './audit-log.js';

export function actorKindOf(author: string): ActorKind {
  if (author.startsWith('user:')) return 'user';
  if (author.startsWith('device:')) return 'device';
  if (author === 'cli') return 'cli';
  return 'server';
}

/**
 * What an accepted change sets off, in the push's own transaction: the receipt index, audit entries (status
 * changes, HQ corrections, conflict resolutions) and queued notifications to the applicant.
 */
export function createChangeEffects(db: SqliteDatabase, now: () => number) {
  const audit = createAuditLog(db, now);
  const outbox = createOutbox(db);
  const receipts = createReceiptIndex(db);
  const resolvedBy = db.prepare<[string], { id: number; field: string }>(
    'SELECT id, field FROM conflicts WHERE resolved_change_id = ? ORDER BY id',
  );

  return (a: AcceptedChange): void => {
    const { change } = a;
    const actor = {
      actor: a.author,
      actorKind: actorKindOf(a.author),
      entity: change.entity,
      entityId: change.entityId,
    };
    const receiptNumber = typeof a.after.receiptNumber === 'string' ? a.after.receiptNumber : null;
    if (receiptNumber && a.won.includes('receiptNumber')) receipts.put(receiptNumber, change.entity, change.entityId);

    const from = a.before?.status ?? null;
    const to = a.after.status;
    if (a.won.includes('status') && typeof to === 'string' && from !== to) {
      audit.append({ ...actor, action: 'status_change', details: { from, to, changeId: change.id, unitId: a.unitId } });
      const phone = a.after.phone;
      const body =
        typeof phone === 'string' &&
        phone !== '' &&
        citizenNotification(change.entity, to, {
          receiptNumber: receiptNumber ?? '-',
          // The reason HQ wrote reaches the resident with the status it came with.
          reason:
            a.won.includes('statusReason') && typeof a.after.statusReason === 'string' ? a.after.statusReason : null,
        });
      if (typeof phone === 'string' && body) {
        outbox.enqueue({
          entity: change.entity,
          entityId: change.entityId,
          status: to,
          changeId: change.id,
          phone,
          body,
          at: a.at,
        });
      }
    }
    // HQ (or admin) writing a unit's record: a correction, named by field (never the values: they may be NIKs).
    if ((a.role === 'hq' || a.role === 'admin') && a.unitId !== null) {
      const fields = a.won.filter((f) => f !== deletedField);
      audit.append({
        ...actor,
        action: 'hq_correction',
        details: { fields, deleted: a.won.includes(deletedField), changeId: change.id, unitId: a.unitId },
      });
    }
    const resolved = change.baseHlc === undefined ? [] : resolvedBy.all(change.id);
    if (resolved.length > 0) {
      audit.append({
        ...actor,
        action: 'conflict_resolve',
        details: { conflicts: resolved.map((r) => ({ id: r.id, field: r.field })), changeId: change.id },
      });
    }
  };
}

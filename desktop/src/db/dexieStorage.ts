import { applyChange, recordKey, type Change, type LocalRecord, type PushOutcome, type RecordState, type Rejection, type SyncStorage } from '@keliling/sync';
import { type KelilingDb, syncTables } from './database';
import { buildLocalRecord, toViewRow } from './localRecord';

type RecordRef = { entity: string; entityId: string };

/**
 * SyncStorage over IndexedDB (Dexie), mirroring `createMemoryStorage` from @keliling/sync. Every method is one
 * Dexie transaction, and every mutation refreshes the visible record (`records` table) of the records it touched
 * in that same transaction. Nothing but Dexie is awaited inside a transaction (IndexedDB commits a transaction
 * as soon as it has no pending request). Callers may wrap several calls in their own transaction over
 * `syncTables(db)`: Dexie then runs these as parts of it.
 */
export function createDexieStorage(db: KelilingDb): SyncStorage {
  const rw = <T>(work: () => Promise<T>): Promise<T> => db.transaction('rw', syncTables(db), work);
  const ro = <T>(work: () => Promise<T>): Promise<T> => db.transaction('r', syncTables(db), work);

  const pendingOf = async ({ entity, entityId }: RecordRef): Promise<Change[]> => {
    const rows = await db.outbox.where('[entity+entityId]').equals([entity, entityId]).sortBy('seq');
    return rows.map((row) => row.change);
  };

  const rejectionsOf = async ({ entity, entityId }: RecordRef): Promise<Rejection[]> => {
    const rows = await db.rejections.where('[entity+entityId]').equals([entity, entityId]).sortBy('seq');
    return rows.filter((row) => row.dismissed === 0).map((row) => row.rejection);
  };

  const load = async (ref: RecordRef): Promise<LocalRecord | null> => {
    const [confirmed, pending, rejections] = await Promise.all([
      db.confirmed.get([ref.entity, ref.entityId]),
      pendingOf(ref),
      rejectionsOf(ref),
    ]);
    return buildLocalRecord(ref.entity, ref.entityId, confirmed?.state, pending, rejections);
  };

  /** Recompute the visible rows of these records (inside the caller's transaction). */
  const refresh = async (refs: Iterable<RecordRef>): Promise<void> => {
    const unique = new Map<string, RecordRef>();
    for (const ref of refs) unique.set(recordKey(ref.entity, ref.entityId), ref);
    for (const ref of unique.values()) {
      const record = await load(ref);
      if (record) await db.records.put(toViewRow(record));
      else await db.records.delete([ref.entity, ref.entityId]);
    }
  };

  const mergeConfirmed = async (change: Change): Promise<void> => {
    const current = await db.confirmed.get([change.entity, change.entityId]);
    const { state } = applyChange(current?.state, change);
    if (state !== current?.state) await db.confirmed.put({ entity: change.entity, entityId: change.entityId, state });
  };

  return {
    write(change) {
      return rw(async () => {
        if ((await db.outbox.where('id').equals(change.id).count()) > 0) return;
        await db.outbox.add({ id: change.id, entity: change.entity, entityId: change.entityId, change });
        await refresh([change]);
      });
    },

    outbox(limit) {
      return ro(async () => {
        const ordered = db.outbox.orderBy('seq');
        const rows = await (limit === undefined ? ordered : ordered.limit(limit)).toArray();
        return rows.map((row) => row.change);
      });
    },

    outboxSize() {
      return db.outbox.count();
    },

    recordPushOutcomes(outcomes: PushOutcome[]) {
      return rw(async () => {
        const touched: RecordRef[] = [];
        for (const outcome of outcomes) {
          if (outcome.kind === 'replaced') {
            const { change } = outcome;
            for (const row of await db.outbox.where('id').equals(outcome.replacesId).toArray()) {
              // Same seq: the re-stamped change keeps its place in the outbox order.
              await db.outbox.put({ seq: row.seq, id: change.id, entity: change.entity, entityId: change.entityId, change });
              touched.push(row, change);
            }
            continue;
          }
          const { change } = outcome;
          await db.outbox.where('id').equals(change.id).delete();
          touched.push(change);
          if (outcome.kind === 'confirmed') {
            await mergeConfirmed(change);
          } else if ((await db.rejections.where('changeId').equals(change.id).count()) === 0) {
            await db.rejections.add({
              changeId: change.id,
              entity: change.entity,
              entityId: change.entityId,
              dismissed: 0,
              rejection: { change, reason: outcome.reason, rejectedAt: outcome.rejectedAt, dismissed: false },
            });
          }
        }
        await refresh(touched);
      });
    },

    applyPull({ changes, cursor, reset }) {
      return rw(async () => {
        const touched: RecordRef[] = [];
        if (reset) {
          touched.push(...(await db.confirmed.toArray()));
          await db.confirmed.clear();
        }
        for (const change of changes) {
          await mergeConfirmed(change);
          touched.push(change);
        }
        await db.cursor.put({ key: 'pull', cursor });
        await refresh(touched);
      });
    },

    async cursor() {
      return (await db.cursor.get('pull'))?.cursor ?? null;
    },

    async confirmedStates(): Promise<RecordState[]> {
      return (await db.confirmed.toArray()).map((row) => row.state);
    },

    record(entity, entityId) {
      return ro(() => load({ entity, entityId }));
    },

    records(entity) {
      return ro(async () => {
        const [confirmed, pending, rejections] = await Promise.all([
          db.confirmed.where('entity').equals(entity).toArray(),
          db.outbox.where('entity').equals(entity).sortBy('seq'),
          db.rejections.orderBy('seq').filter((row) => row.entity === entity && row.dismissed === 0).toArray(),
        ]);
        const group = <T>(rows: T[], idOf: (row: T) => string): Map<string, T[]> => {
          const byId = new Map<string, T[]>();
          for (const row of rows) {
            const list = byId.get(idOf(row));
            if (list) list.push(row);
            else byId.set(idOf(row), [row]);
          }
          return byId;
        };
        const confirmedById = new Map(confirmed.map((row) => [row.entityId, row.state]));
        const pendingById = group(pending, (row) => row.entityId);
        const rejectionsById = group(rejections, (row) => row.entityId);
        const ids = new Set([...confirmedById.keys(), ...pendingById.keys(), ...rejectionsById.keys()]);
        const result: LocalRecord[] = [];
        for (const id of ids) {
          const record = buildLocalRecord(
            entity,
            id,
            confirmedById.get(id),
            (pendingById.get(id) ?? []).map((row) => row.change),
            (rejectionsById.get(id) ?? []).map((row) => row.rejection),
          );
          if (record) result.push(record);
        }
        return result;
      });
    },

    rejections(options) {
      return ro(async () => {
        const rows = await db.rejections.orderBy('seq').toArray();
        return rows.filter((row) => options?.includeDismissed || row.dismissed === 0).map((row) => row.rejection);
      });
    },

    dismissRejection(changeId) {
      return rw(async () => {
        const rows = await db.rejections.where('changeId').equals(changeId).toArray();
        for (const row of rows) {
          await db.rejections.put({ ...row, dismissed: 1, rejection: { ...row.rejection, dismissed: true } });
        }
        await refresh(rows);
      });
    },

    async getMeta(key) {
      return (await db.meta.get(key))?.value;
    },

    async setMeta(key, value) {
      await db.meta.put({ key, value });
    },
  };
}

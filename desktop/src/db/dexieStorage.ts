import {
  applyChange,
  type Change,
  type LocalRecord,
  type PushOutcome,
  type RecordState,
  type Rejection,
  recordKey,
  type SyncStorage,
} from '@keliling/sync';
import { markReferencedPending } from '../attachments/attachmentStore';
import type { RecordCipher } from '../security/recordCipher';
import { type KelilingDb, syncTables } from './database';
import { buildLocalRecord, toViewRow } from './localRecord';
import { officerEntity, updateOfficerDirectory } from './officerDirectory';
import {
  openConfirmed,
  openOutbox,
  openRejection,
  sealConfirmed,
  sealHistory,
  sealOutbox,
  sealRejection,
  sealView,
} from './sealedRows';

type RecordRef = { entity: string; entityId: string };

/** Where the storage gets the data key's cipher; throws a SecurityError `locked` while no officer is signed in. */
export type CipherSource = { cipher(): RecordCipher };

/**
 * SyncStorage over IndexedDB (Dexie), mirroring `createMemoryStorage` from @keliling/sync, with personal data sealed
 * at rest: the engine sees plaintext, IndexedDB holds ciphertext (db/sealedRows.ts). Sealing is synchronous, so
 * every method is still one Dexie transaction in which nothing but Dexie is awaited (IndexedDB commits a transaction
 * as soon as it has no pending request), and every mutation refreshes the visible record (`records`) of the records
 * it touched in that same transaction. Callers may wrap several calls in their own transaction over `syncTables(db)`.
 * While the device is locked every method throws `locked`: the sync engine runs only while an officer is signed in.
 */
export function createDexieStorage(db: KelilingDb, keys: CipherSource): SyncStorage {
  // The cipher is taken synchronously, so a caller's surrounding transaction stays the current one.
  const withCipher = <T>(mode: 'r' | 'rw', work: (cipher: RecordCipher) => Promise<T>): Promise<T> => {
    let cipher: RecordCipher;
    try {
      cipher = keys.cipher();
    } catch (e) {
      return Promise.reject(e);
    }
    return db.transaction(mode, syncTables(db), () => work(cipher));
  };
  const rw = <T>(work: (cipher: RecordCipher) => Promise<T>) => withCipher('rw', work);
  const ro = <T>(work: (cipher: RecordCipher) => Promise<T>) => withCipher('r', work);

  const pendingOf = async (cipher: RecordCipher, { entity, entityId }: RecordRef): Promise<Change[]> => {
    const rows = await db.outbox.where('[entity+entityId]').equals([entity, entityId]).sortBy('seq');
    return rows.map((row) => openOutbox(cipher, row));
  };

  const rejectionsOf = async (cipher: RecordCipher, { entity, entityId }: RecordRef): Promise<Rejection[]> => {
    const rows = await db.rejections.where('[entity+entityId]').equals([entity, entityId]).sortBy('seq');
    return rows.filter((row) => row.dismissed === 0).map((row) => openRejection(cipher, row));
  };

  // A Dexie promise chain, not a nested async function: Dexie follows its transaction across only a few native
  // `await` hops, and an extra one here made IndexedDB commit before the last write (PrematureCommitError).
  const confirmedOf = (cipher: RecordCipher, { entity, entityId }: RecordRef): Promise<RecordState | undefined> =>
    db.confirmed.get([entity, entityId]).then((row) => (row ? openConfirmed(cipher, row) : undefined));

  const load = async (cipher: RecordCipher, ref: RecordRef): Promise<LocalRecord | null> => {
    const [confirmed, pending, rejections] = await Promise.all([
      confirmedOf(cipher, ref),
      pendingOf(cipher, ref),
      rejectionsOf(cipher, ref),
    ]);
    return buildLocalRecord(ref.entity, ref.entityId, confirmed, pending, rejections);
  };

  /** Recompute the visible rows of these records (inside the caller's transaction). */
  const refresh = async (cipher: RecordCipher, refs: Iterable<RecordRef>): Promise<void> => {
    const unique = new Map<string, RecordRef>();
    for (const ref of refs) unique.set(recordKey(ref.entity, ref.entityId), ref);
    for (const ref of unique.values()) {
      const record = await load(cipher, ref);
      if (record) await db.records.put(sealView(cipher, toViewRow(record)));
      else await db.records.delete([ref.entity, ref.entityId]);
      if (ref.entity === officerEntity) await updateOfficerDirectory(db, ref.entityId, record);
    }
  };

  const mergeConfirmed = async (cipher: RecordCipher, change: Change): Promise<void> => {
    const current = await confirmedOf(cipher, change);
    const { state } = applyChange(current, change);
    if (state !== current) await db.confirmed.put(sealConfirmed(cipher, change.entity, change.entityId, state));
  };

  return {
    write(change) {
      return rw(async (cipher) => {
        if ((await db.outbox.where('id').equals(change.id).count()) > 0) return;
        await db.outbox.add(sealOutbox(cipher, change));
        // A photo the change refers to is now owed to the server: it uploads with the next sync.
        await markReferencedPending(db, cipher, change.fields);
        await refresh(cipher, [change]);
      });
    },

    outbox(limit) {
      return ro(async (cipher) => {
        const ordered = db.outbox.orderBy('seq');
        const rows = await (limit === undefined ? ordered : ordered.limit(limit)).toArray();
        return rows.map((row) => openOutbox(cipher, row));
      });
    },

    outboxSize() {
      // A count reveals nothing: it works while locked too (the sign-out warning and the wipe guard use it).
      return db.outbox.count();
    },

    recordPushOutcomes(outcomes: PushOutcome[]) {
      return rw(async (cipher) => {
        const touched: RecordRef[] = [];
        for (const outcome of outcomes) {
          if (outcome.kind === 'replaced') {
            const { change } = outcome;
            const rows = await db.outbox.where('id').equals(outcome.replacesId).sortBy('seq');
            const first = rows[0];
            if (!first) continue;
            await db.outbox.bulkDelete(rows.map((row) => row.seq));
            touched.push(...rows);
            // An id is in the outbox at most once: when the new change is already queued, the old entry just goes.
            // Otherwise it takes the old entry's seq, so the re-stamped change keeps its place in the outbox order.
            if ((await db.outbox.where('id').equals(change.id).count()) === 0) {
              await db.outbox.put(sealOutbox(cipher, change, first.seq));
              touched.push(change);
            }
            continue;
          }
          const { change } = outcome;
          await db.outbox.where('id').equals(change.id).delete();
          touched.push(change);
          if (outcome.kind === 'confirmed') {
            await mergeConfirmed(cipher, change);
            await db.history.put(sealHistory(cipher, change));
          } else if ((await db.rejections.where('changeId').equals(change.id).count()) === 0) {
            await db.rejections.add(
              sealRejection(cipher, {
                change,
                reason: outcome.reason,
                rejectedAt: outcome.rejectedAt,
                dismissed: false,
              }),
            );
          }
        }
        await refresh(cipher, touched);
      });
    },

    applyPull({ changes, cursor, reset }) {
      return rw(async (cipher) => {
        const touched: RecordRef[] = [];
        if (reset) {
          touched.push(...(await db.confirmed.toArray()));
          await db.confirmed.clear();
        }
        for (const change of changes) {
          await mergeConfirmed(cipher, change);
          touched.push(change);
        }
        await db.history.bulkPut(changes.map((change) => sealHistory(cipher, change)));
        await db.cursor.put({ key: 'pull', cursor });
        await refresh(cipher, touched);
      });
    },

    async cursor() {
      return (await db.cursor.get('pull'))?.cursor ?? null;
    },

    confirmedStates(): Promise<RecordState[]> {
      return ro(async (cipher) => (await db.confirmed.toArray()).map((row) => openConfirmed(cipher, row)));
    },

    record(entity, entityId) {
      return ro((cipher) => load(cipher, { entity, entityId }));
    },

    records(entity) {
      return ro(async (cipher) => {
        const [confirmed, pending, rejections] = await Promise.all([
          db.confirmed.where('entity').equals(entity).toArray(),
          db.outbox.where('entity').equals(entity).sortBy('seq'),
          db.rejections
            .orderBy('seq')
            .filter((row) => row.entity === entity && row.dismissed === 0)
            .toArray(),
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
        const confirmedById = new Map(confirmed.map((row) => [row.entityId, openConfirmed(cipher, row)]));
        const pendingById = group(pending, (row) => row.entityId);
        const rejectionsById = group(rejections, (row) => row.entityId);
        const ids = new Set([...confirmedById.keys(), ...pendingById.keys(), ...rejectionsById.keys()]);
        const result: LocalRecord[] = [];
        for (const id of ids) {
          const record = buildLocalRecord(
            entity,
            id,
            confirmedById.get(id),
            (pendingById.get(id) ?? []).map((row) => openOutbox(cipher, row)),
            (rejectionsById.get(id) ?? []).map((row) => openRejection(cipher, row)),
          );
          if (record) result.push(record);
        }
        return result;
      });
    },

    rejections(options) {
      return ro(async (cipher) => {
        const rows = await db.rejections.orderBy('seq').toArray();
        return rows
          .filter((row) => options?.includeDismissed || row.dismissed === 0)
          .map((row) => openRejection(cipher, row));
      });
    },

    dismissRejection(changeId) {
      return rw(async (cipher) => {
        const rows = await db.rejections.where('changeId').equals(changeId).toArray();
        for (const row of rows) {
          const rejection = openRejection(cipher, row);
          await db.rejections.put(sealRejection(cipher, { ...rejection, dismissed: true }, row.seq));
        }
        await refresh(cipher, rows);
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

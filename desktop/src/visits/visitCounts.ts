import type { KelilingDb } from '../db/database';
import { serviceEntities } from '../db/recordFilters';
import { visitToken } from '../db/sealedRows';
import type { RecordCipher } from '../security/recordCipher';

/** Per visit id: its live (not deleted) service records counted per entity, in the services' order. */
export type VisitCounts = Map<string, Map<string, number>>;

const entityOrder = new Map<string, number>(serviceEntities.map((entity, i) => [entity, i]));

/**
 * What was done at each visit, from the visit index alone: a visit's records are one range of [visit+lastHlc] (the
 * visit id as a keyed hash, see db/database.ts), read without opening any record, so the counters cost what the
 * visit holds, not what the device holds. A visit with nothing recorded is absent.
 */
export async function countVisitRecords(
  db: KelilingDb,
  cipher: RecordCipher,
  visitIds: Iterable<string>,
): Promise<VisitCounts> {
  const counts: VisitCounts = new Map();
  await db.transaction('r', db.records, async () => {
    for (const visitId of new Set(visitIds)) {
      const token = visitToken(cipher, visitId);
      const perEntity = new Map<string, number>();
      await db.records
        .where('[visit+lastHlc]')
        .between([token, ''], [token, '\uffff'])
        .each((row) => {
          if (!row.deleted) perEntity.set(row.entity, (perEntity.get(row.entity) ?? 0) + 1);
        });
      if (perEntity.size > 0)
        counts.set(
          visitId,
          new Map(
            [...perEntity].sort(([a], [b]) => (entityOrder.get(a) ?? Infinity) - (entityOrder.get(b) ?? Infinity)),
          ),
        );
    }
  });
  return counts;
}

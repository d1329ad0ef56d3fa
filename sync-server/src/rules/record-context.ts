import { currentIsoDate, type FeeTable, feeTablesFromRecords } from '@keliling/domain';
import type { StoredRecord, SyncStore } from '../store/types.js';

/** What the whole-record rules need from the database, read inside the push's transaction. */
export type RecordContextSource = {
  getRecord: SyncStore['getRecord'];
  feeTables(): FeeTable[];
  today(): string;
};

const allScope = { all: true } as const;

/** Fee tables in force: the built-in ones plus every `fee_tables` record an administrator published. */
export function createRecordContextSource(store: SyncStore, now: () => number): RecordContextSource {
  return {
    getRecord: (entity, id) => store.getRecord(entity, id),
    feeTables() {
      const records: StoredRecord[] = [];
      let before: string | undefined;
      for (;;) {
        const page = store.listRecords({ entity: 'fee_tables', scope: allScope, limit: 1000, before });
        records.push(...page.records);
        if (!page.hasMore) break;
        before = page.records.at(-1)?.id;
      }
      return feeTablesFromRecords(records);
    },
    // Rules judge an application on its own date (createdAt); `today` only bounds dates such as birth dates.
    today: () => currentIsoDate(new Date(now())),
  };
}

import { currentIsoDate, type FeeTable, feeTablesFromRecords } from '@keliling/domain';
import type { StoredRecord, SyncStore } from '../store/types.js';

/** What the whole-record rules need from the database, read inside the push's transaction. */
export type RecordContextSource = {
  getRecord: SyncStore['getRecord'];
  feeTables(): FeeTable[];
  today(): string;
};

const allScope = { all: true } as const;

/**
 * Made once per push: the fee tables in force (the built-in ones plus every `fee_tables` record an administrator
 * published) are read at the first change that needs them and reused for the rest of the batch.
 */
export function createRecordContextSource(store: SyncStore, now: () => number): RecordContextSource {
  let feeTables: FeeTable[] | null = null;
  return {
    getRecord: (entity, id) => store.getRecord(entity, id),
    feeTables() {
      feeTables ??= readFeeTables(store);
      return feeTables;
    },
    // Rules judge an application on its own date (createdAt); `today` only bounds dates such as birth dates.
    today: () => currentIsoDate(new Date(now())),
  };
}

function readFeeTables(store: SyncStore): FeeTable[] {
  const records: StoredRecord[] = [];
  let before: string | undefined;
  for (;;) {
    const page = store.listRecords({ entity: 'fee_tables', scope: allScope, limit: 1000, before });
    records.push(...page.records);
    if (!page.hasMore) break;
    before = page.records.at(-1)?.id;
  }
  return feeTablesFromRecords(records);
}

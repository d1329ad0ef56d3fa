import type { Scope } from '../auth/principal.js';
import type { StoredRecord, SyncStore } from '../store/types.js';

/** Every record of an entity in scope (optionally one unit), page by page: reports count all of them. */
export function allRecords(store: SyncStore, entity: string, scope: Scope, unitId: string | undefined): StoredRecord[] {
  const out: StoredRecord[] = [];
  let before: string | undefined;
  for (;;) {
    const page = store.listRecords({ entity, scope, unitId, before, limit: 1000 });
    out.push(...page.records);
    if (!page.hasMore) return out;
    before = page.records[page.records.length - 1]!.id;
  }
}

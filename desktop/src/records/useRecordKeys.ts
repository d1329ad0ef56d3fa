import { useEffect, useState } from 'react';
import { useServices } from '../app/services';
import type { RecordViewRow } from '../db/database';
import type { RecordFilter } from '../db/recordFilters';
import { openRecordSource, openRecordWindow, type RecordSource } from '../db/recordQuery';
import { useLiveQuery } from '../ui/useLiveQuery';

/** The records a filter selects (count and slices), kept current; null while the first answer loads. */
export function useRecordSource(filter: RecordFilter): RecordSource | null {
  const { db, vault } = useServices();
  const { entity, status, syncState, visitId, search } = filter;
  return useLiveQuery(
    () => openRecordSource(db, vault.cipher(), { ...filter }),
    [db, vault, entity, status, syncState, visitId, search],
    null as RecordSource | null,
  );
}

/** The opened rows at positions [start, end) of the source (the rows on screen); live, so an edit shows at once. */
export function useRecordWindow(
  source: RecordSource | null,
  start: number,
  end: number,
): (RecordViewRow | undefined)[] {
  const { db, vault } = useServices();
  return useLiveQuery(
    async () => {
      if (!source) return [];
      const keys = await source.keys(start, end);
      const rows = await openRecordWindow(db, vault.cipher(), keys);
      const byKey = new Map(rows.map((row) => [`${row.entity}/${row.entityId}`, row]));
      return keys.map((key) => byKey.get(`${key[0]}/${key[1]}`));
    },
    [db, vault, source, start, end],
    [] as (RecordViewRow | undefined)[],
  );
}

/** A value that follows `value` after it stopped changing for `ms` (typing in the search box). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

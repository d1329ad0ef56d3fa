import { useEffect, useState } from 'react';
import { useServices } from '../app/services';
import { reindexRecords, staleIndexCount } from '../db/reindex';

/**
 * Completes the schema-3 migration after sign-in (the upgrade itself cannot read sealed fields): rows from before
 * it get their filter columns in the background. Returns how many rows are still waiting (0 when done).
 */
export function useIndexMigration(): number {
  const { db, vault } = useServices();
  const [remaining, setRemaining] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const stale = await staleIndexCount(db);
      if (stale === 0 || cancelled) return;
      setRemaining(stale);
      await reindexRecords(db, vault.cipher(), {
        onProgress: (done) => !cancelled && setRemaining(Math.max(0, stale - done)),
      });
      if (!cancelled) setRemaining(0);
    })().catch((e: unknown) => console.error('index migration failed', e));
    return () => {
      cancelled = true;
    };
  }, [db, vault]);
  return remaining;
}

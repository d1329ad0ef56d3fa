import { useServices } from '../app/services';
import type { VisitInfo } from '../coordinator/planningRecords';
import { unitsFrom } from '../coordinator/planningRecords';
import { listRecordViews } from '../db/recordViews';
import { useLiveQuery } from '../ui/useLiveQuery';
import { regionForBase, villageRegions } from '../villages/villages';

/**
 * The regency (`34.04`) whose villages a picker lists first: the current visit's, else the one nearest the
 * unit's base (from the synced `units` record); null when neither is known.
 */
export function useUnitRegency(unitId: string, visit: VisitInfo | null): string | null {
  const { db, vault } = useServices();
  const fromBase = useLiveQuery(
    async () => {
      const unit = unitsFrom(await listRecordViews(db, vault.cipher(), 'units')).find((u) => u.id === unitId);
      const region = unit?.base ? regionForBase(villageRegions(), unit.base) : null;
      return region?.villages[0]?.code.slice(0, 5) ?? null;
    },
    [db, vault, unitId],
    null,
  );
  return visit ? visit.villageCode.slice(0, 5) : fromBase;
}

import { useEffect, useState } from 'react';
import { type UnitInfo, unitsFrom, type VisitInfo, visitsFrom } from '../coordinator/planningRecords';
import type { StaffSync } from './staffSync';
import { useStaffSyncVersion } from './useStaffSync';

export type StaffData = {
  /** False until the first sync round has finished (successfully or not). */
  ready: boolean;
  units: UnitInfo[];
  visits: VisitInfo[];
  pending: number;
};

const empty: StaffData = { ready: false, units: [], visits: [], pending: 0 };

/** Units and visits as the session's client holds them, re-read after every write and round. */
export function useStaffData(sync: StaffSync | null): StaffData {
  const version = useStaffSyncVersion(sync);
  const [data, setData] = useState<StaffData>(empty);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version says when the client's records changed.
  useEffect(() => {
    if (!sync) {
      setData(empty);
      return;
    }
    let cancelled = false;
    void Promise.all([sync.records('units'), sync.records('visits'), sync.pendingCount()]).then(
      ([units, visits, pending]) => {
        if (!cancelled)
          setData({ ready: sync.lastReport() !== null, units: unitsFrom(units), visits: visitsFrom(visits), pending });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [sync, version]);
  return data;
}

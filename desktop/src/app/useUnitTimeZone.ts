import { type IndonesianTimeZone, timeZoneForVillages, wib } from '@keliling/domain';
import { visitsFrom } from '../coordinator/planningRecords';
import type { KelilingDb } from '../db/database';
import { listRecordViews } from '../db/recordViews';
import type { RecordCipher } from '../security/recordCipher';
import { useLiveQuery } from '../ui/useLiveQuery';
import { useServices } from './services';

/** The zone most of the unit's visited villages lie in (WIB while the device holds no visit of the unit). */
export async function unitTimeZone(db: KelilingDb, cipher: RecordCipher, unitId: string): Promise<IndonesianTimeZone> {
  const visits = visitsFrom(await listRecordViews(db, cipher, 'visits'));
  return timeZoneForVillages(visits.filter((visit) => visit.unitId === unitId).map((visit) => visit.villageCode));
}

/**
 * The unit's time zone (WIB, WITA or WIT), kept current as visits sync in. Needs the data key: use it inside the
 * signed-in app.
 */
export function useUnitTimeZone(unitId: string): IndonesianTimeZone {
  const { db, vault } = useServices();
  return useLiveQuery(() => unitTimeZone(db, vault.cipher(), unitId), [db, vault, unitId], wib);
}

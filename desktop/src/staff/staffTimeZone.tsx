import { type IndonesianTimeZone, timeZoneForVillages, wib } from '@keliling/domain';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { UnitInfo, VisitInfo } from '../coordinator/planningRecords';
import { TimeZoneContext } from '../i18n/useFormat';

/** The zones staff screens show times in: the Polres's (overviews) and each unit's (its records and visits). */
export type StaffTimeZones = { polres: IndonesianTimeZone; units: ReadonlyMap<string, IndonesianTimeZone> };

/**
 * The zones from where the units go: a unit's is the zone most of its visits' villages lie in, the Polres's the
 * zone most of all its units' visits lie in (WIB while no visit is known). A unit with no visit yet takes the
 * Polres's zone.
 */
export function staffTimeZones(units: readonly UnitInfo[], visits: readonly VisitInfo[]): StaffTimeZones {
  const polres = timeZoneForVillages(visits.map((visit) => visit.villageCode));
  const villages = new Map<string, string[]>();
  for (const visit of visits) villages.set(visit.unitId, [...(villages.get(visit.unitId) ?? []), visit.villageCode]);
  const zones = new Map<string, IndonesianTimeZone>();
  for (const unitId of new Set([...units.map((unit) => unit.id), ...villages.keys()])) {
    const codes = villages.get(unitId) ?? [];
    zones.set(unitId, codes.length > 0 ? timeZoneForVillages(codes) : polres);
  }
  return { polres, units: zones };
}

const StaffTimeZonesContext = createContext<StaffTimeZones>({ polres: wib, units: new Map() });

/** Memoised staffTimeZones for the staff shell's data. */
export function useStaffTimeZones(units: readonly UnitInfo[], visits: readonly VisitInfo[]): StaffTimeZones {
  return useMemo(() => staffTimeZones(units, visits), [units, visits]);
}

/** Staff screens: times in the Polres's zone (useFormat), and the units' zones for InUnitTimeZone below. */
export function StaffTimeZoneProvider({ zones, children }: { zones: StaffTimeZones; children: ReactNode }) {
  return (
    <StaffTimeZonesContext.Provider value={zones}>
      <TimeZoneContext.Provider value={zones.polres}>{children}</TimeZoneContext.Provider>
    </StaffTimeZonesContext.Provider>
  );
}

/** Shows its children's times in one unit's zone (a record or a visit of that unit), the Polres's if unknown. */
export function InUnitTimeZone({ unitId, children }: { unitId: string | null | undefined; children: ReactNode }) {
  const zones = useContext(StaffTimeZonesContext);
  const zone = (unitId ? zones.units.get(unitId) : undefined) ?? zones.polres;
  return <TimeZoneContext.Provider value={zone}>{children}</TimeZoneContext.Provider>;
}

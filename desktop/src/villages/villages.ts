import { haversineKm, type LatLng } from '@keliling/domain';
import { villageRows } from './villages.generated';

/** A village with its centre point, as the planning screens use it. */
export type Village = { code: string; name: string; districtName: string; lat: number; lng: number };

/** The villages of one regency built into the app. */
export type VillageRegion = { id: string; regencyName: string; villages: readonly Village[] };

/** The regencies whose village points the app carries (the fixture regencies: Sleman and Bandung). */
export function villageRegions(): VillageRegion[] {
  return Object.entries(villageRows).map(([id, { regencyName, rows }]) => ({
    id,
    regencyName,
    villages: rows.map(([code, name, districtName, lat, lng]) => ({ code, name, districtName, lat, lng })),
  }));
}

/** The region a unit works in: the one with a village nearest to the unit's base. */
export function regionForBase(regions: readonly VillageRegion[], base: LatLng): VillageRegion | null {
  let best: VillageRegion | null = null;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const region of regions) {
    for (const village of region.villages) {
      const km = haversineKm(base, village);
      if (km < bestKm) {
        bestKm = km;
        best = region;
      }
    }
  }
  return best;
}

/** Village lookup by code across every region (for lists that show a visit's village name). */
export function villagesByCode(regions: readonly VillageRegion[]): ReadonlyMap<string, Village> {
  return new Map(regions.flatMap((region) => region.villages.map((village) => [village.code, village] as const)));
}

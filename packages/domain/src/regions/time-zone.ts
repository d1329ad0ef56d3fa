/**
 * Indonesia's three time zones (Keppres 41/1987), by province: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9).
 * A province is the first two digits of any region code (`34` of `34.04.07.2001`).
 */

export type IndonesianTimeZone = { zone: 'WIB' | 'WITA' | 'WIT'; ianaTimeZone: string; utcOffsetHours: 7 | 8 | 9 };

export const wib: IndonesianTimeZone = { zone: 'WIB', ianaTimeZone: 'Asia/Jakarta', utcOffsetHours: 7 };
export const wita: IndonesianTimeZone = { zone: 'WITA', ianaTimeZone: 'Asia/Makassar', utcOffsetHours: 8 };
export const wit: IndonesianTimeZone = { zone: 'WIT', ianaTimeZone: 'Asia/Jayapura', utcOffsetHours: 9 };

// Sumatra, Java, West and Central Kalimantan keep WIB; Bali, Nusa Tenggara, South/East/North Kalimantan and
// Sulawesi are WITA; Maluku and every Papua province are WIT.
const witaProvinces = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const witProvinces = new Set(['81', '82', '91', '92', '93', '94', '95', '96', '97']);

/** The time zone of a region code (province, regency, district or village); unknown provinces are WIB. */
export function timeZoneForRegion(regionCode: string): IndonesianTimeZone {
  const province = regionCode.slice(0, 2);
  if (witaProvinces.has(province)) return wita;
  if (witProvinces.has(province)) return wit;
  return wib;
}

/** The zone most of a unit's villages lie in (ties to the western zone); WIB when it has none yet. */
export function timeZoneForVillages(villageCodes: readonly string[]): IndonesianTimeZone {
  const counts = new Map<IndonesianTimeZone, number>();
  for (const code of villageCodes) {
    const zone = timeZoneForRegion(code);
    counts.set(zone, (counts.get(zone) ?? 0) + 1);
  }
  let best = wib;
  let bestCount = 0;
  for (const zone of [wib, wita, wit]) {
    const count = counts.get(zone) ?? 0;
    if (count > bestCount) {
      best = zone;
      bestCount = count;
    }
  }
  return best;
}

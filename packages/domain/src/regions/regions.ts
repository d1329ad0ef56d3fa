import { z } from 'zod';
import { districtNames, provinceNames, regencyNames } from './regions.generated.js';

export { districtNames, provinceNames, regencyNames, regionDataSource } from './regions.generated.js';

function lookup(table: Readonly<Record<string, string>>, code: string): string | undefined {
  return Object.hasOwn(table, code) ? table[code] : undefined;
}

/** Name of a province `PP`, e.g. `34` → `Daerah Istimewa Yogyakarta`. */
export function provinceName(code: string): string | undefined {
  return lookup(provinceNames, code);
}

/** Name of a regency `PP.KK`, e.g. `34.04` → `Kabupaten Sleman`. */
export function regencyName(code: string): string | undefined {
  return lookup(regencyNames, code);
}

/** Name of a district `PP.KK.CC`, e.g. `34.04.07` → `Depok`. */
export function districtName(code: string): string | undefined {
  return lookup(districtNames, code);
}

/**
 * A Kemendagri village code `PP.KK.CC.DDDD` whose district is in the official list. The village's first
 * digit is 1 (kelurahan), 2 (desa) or 3 (desa adat). Villages themselves are checked against the full
 * list by the app's village picker (the 83k-row table is not bundled here).
 */
export function isVillageCode(s: string): boolean {
  const m = /^(\d{2}\.\d{2}\.\d{2})\.[123]\d{3}$/.exec(s);
  return m !== null && m[1] !== undefined && districtName(m[1]) !== undefined;
}

export const villageCodeSchema = z
  .string()
  .refine(isVillageCode, { message: 'Must be a village code PP.KK.CC.DDDD in a known district' })
  .describe('village code PP.KK.CC.DDDD');

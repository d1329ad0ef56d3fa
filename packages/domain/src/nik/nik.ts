import { formatIsoDate, isRealDate, parseIsoDate } from '../dates.js';
import { districtName, provinceName, regencyName } from '../regions/regions.js';

/**
 * NIK (PP 37/2007 Pasal 37): `PP KK CC DDMMYY NNNN`. PP.KK.CC is the district of first registration; DD is
 * the day of birth, plus 40 for women; YY the last two digits of the birth year; NNNN a serial from 0001.
 * The prefix never changes, so after regions split it may name a regency or district that no longer
 * exists: that is a warning, not an error. An unknown province is an error.
 */
export type Sex = 'L' | 'P';
export type NikFailureReason = 'format' | 'date' | 'province';
export type NikWarning = { code: 'unknown_regency' | 'unknown_district'; regionCode: string };

export type NikParts = {
  ok: true;
  nik: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  provinceName: string;
  regencyName: string | null;
  districtName: string | null;
  birthDate: string;
  sex: Sex;
  serial: string;
  warnings: NikWarning[];
};

export type NikFailure = { ok: false; code: 'invalid_nik'; reason: NikFailureReason };
export type NikResult = NikParts | NikFailure;

type RawNik = { pp: string; kk: string; cc: string; dayField: number; month: number; yy: number; serial: string };

function split(nik: string): RawNik | null {
  const m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{4})$/.exec(nik);
  if (!m) return null;
  const [, pp = '', kk = '', cc = '', dd = '', mm = '', yy = '', serial = ''] = m;
  if (serial === '0000') return null;
  return { pp, kk, cc, dayField: Number(dd), month: Number(mm), yy: Number(yy), serial };
}

function dayAndSex(dayField: number): { day: number; sex: Sex } {
  return dayField > 40 ? { day: dayField - 40, sex: 'P' } : { day: dayField, sex: 'L' };
}

/** True when DDMMYY names a real day in 19YY or 20YY (they differ only for 29 Feb of YY = 00). */
function hasRealDate(raw: RawNik): boolean {
  if (raw.dayField > 71 || (raw.dayField > 31 && raw.dayField < 41)) return false;
  const { day } = dayAndSex(raw.dayField);
  return isRealDate(2000 + raw.yy, raw.month, day) || isRealDate(1900 + raw.yy, raw.month, day);
}

/**
 * Why a NIK is invalid, or null when it is valid. Does not depend on the date: the schemas use it, so a
 * value valid on one device is valid on every device and on the server.
 */
export function nikProblem(nik: string): NikFailureReason | null {
  const raw = split(nik);
  if (!raw) return 'format';
  if (!hasRealDate(raw)) return 'date';
  if (provinceName(raw.pp) === undefined) return 'province';
  return null;
}

/**
 * The birth century is not in the NIK: take the latest century that puts the birth on or before
 * `today`, so the holder is between 0 and about 100 years old.
 */
function birthDateOf(raw: RawNik, today: string): string {
  const { day } = dayAndSex(raw.dayField);
  const recent = formatIsoDate({ year: 2000 + raw.yy, month: raw.month, day });
  if (isRealDate(2000 + raw.yy, raw.month, day) && recent <= today) return recent;
  return formatIsoDate({ year: 1900 + raw.yy, month: raw.month, day });
}

/** Checks and decodes a NIK relative to `today` (`YYYY-MM-DD`), which fixes the birth century. */
export function decodeNik(nik: string, today: string): NikResult {
  if (!parseIsoDate(today)) throw new RangeError(`today must be YYYY-MM-DD, got ${today}`);
  const reason = nikProblem(nik);
  const raw = split(nik);
  if (reason !== null || raw === null) return { ok: false, code: 'invalid_nik', reason: reason ?? 'format' };
  const provinceCode = raw.pp;
  const regencyCode = `${raw.pp}.${raw.kk}`;
  const districtCode = `${regencyCode}.${raw.cc}`;
  const regency = regencyName(regencyCode) ?? null;
  const district = districtName(districtCode) ?? null;
  const warnings: NikWarning[] = [];
  if (regency === null) warnings.push({ code: 'unknown_regency', regionCode: regencyCode });
  else if (district === null) warnings.push({ code: 'unknown_district', regionCode: districtCode });
  return {
    ok: true,
    nik,
    provinceCode,
    regencyCode,
    districtCode,
    provinceName: provinceName(provinceCode) ?? '',
    regencyName: regency,
    districtName: district,
    birthDate: birthDateOf(raw, today),
    sex: dayAndSex(raw.dayField).sex,
    serial: raw.serial,
    warnings,
  };
}

/** Builds the six date digits of a NIK: DD (+40 for women), MM, YY. */
export function nikDateDigits(birthDate: string, sex: Sex): string {
  const p = parseIsoDate(birthDate);
  if (!p) throw new RangeError(`Not a date: ${birthDate}`);
  const dd = p.day + (sex === 'P' ? 40 : 0);
  return [dd, p.month, p.year % 100].map((n) => String(n).padStart(2, '0')).join('');
}

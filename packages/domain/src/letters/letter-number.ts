import { z } from 'zod';
import { parseIsoDate } from '../dates.js';
import { isDeviceCode } from '../receipt/receipt-number.js';

/**
 * SKTLK letter numbers, made offline. Polri letters are numbered `<kind>/<sequence>/<roman month>/<year>/<office>`;
 * here the sequence is `<device code>-<the device's own counter>`, so two devices never give the same number
 * without talking to each other (the server hands every enrolled device its own code), and the month and year
 * are those of the issue date. Example: `SKTLK/7K3D-42/XI/2026/SPKT POLRESTA SLEMAN`.
 */
export const letterKinds = ['SKTLK'] as const;
export type LetterKind = (typeof letterKinds)[number];

export const romanMonths = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;
export const maxLetterSequence = 9_999_999;

const officePart = '[A-Z0-9](?:[A-Z0-9 .-]*[A-Z0-9])?';
const letterPattern = new RegExp(
  `^(SKTLK)/([0-9A-Z]{4})-([1-9]\\d{0,6})/(${romanMonths.join('|')})/(\\d{4})/(${officePart}(?:/${officePart})*)$`,
);

export type LetterParts = {
  kind: LetterKind;
  deviceCode: string;
  sequence: number;
  /** The issue date, `YYYY-MM-DD`; only its month and year appear in the number. */
  issuedOn: string;
  /** The issuing office as written on letters, e.g. `SPKT POLRESTA SLEMAN` (upper case). */
  officeCode: string;
};

export type ParsedLetterNumber = {
  ok: true;
  kind: LetterKind;
  deviceCode: string;
  sequence: number;
  month: number;
  year: number;
  officeCode: string;
};
export type LetterNumberFailure = { ok: false; code: 'invalid_letter_number'; reason: 'format' | 'device_code' };

/** The month 1–12 in Roman numerals, as Polri letters write it. */
export function romanMonth(month: number): string {
  const r = romanMonths[month - 1];
  if (r === undefined) throw new RangeError(`Not a month: ${month}`);
  return r;
}

/** Makes a letter number. Throws RangeError on a bad device code, sequence, date or office code. */
export function makeLetterNumber({ kind, deviceCode, sequence, issuedOn, officeCode }: LetterParts): string {
  if (!isDeviceCode(deviceCode)) throw new RangeError(`Device code must be 4 base32 symbols, got ${deviceCode}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > maxLetterSequence) {
    throw new RangeError(`Sequence must be 1…${maxLetterSequence}, got ${sequence}`);
  }
  const date = parseIsoDate(issuedOn);
  if (!date) throw new RangeError(`Not a date: ${issuedOn}`);
  const number = `${kind}/${deviceCode}-${sequence}/${romanMonth(date.month)}/${date.year}/${officeCode}`;
  if (!letterPattern.test(number)) throw new RangeError(`Office code not usable in a letter number: ${officeCode}`);
  return number;
}

/** Reads a letter number written in canonical form (as stored; upper case, single spaces). */
export function parseLetterNumber(input: string): ParsedLetterNumber | LetterNumberFailure {
  const m = letterPattern.exec(input);
  if (!m) return { ok: false, code: 'invalid_letter_number', reason: 'format' };
  const [, kind, deviceCode = '', sequence, month, year, officeCode = ''] = m;
  if (!isDeviceCode(deviceCode)) return { ok: false, code: 'invalid_letter_number', reason: 'device_code' };
  return {
    ok: true,
    kind: kind as LetterKind,
    deviceCode,
    sequence: Number(sequence),
    month: romanMonths.indexOf(month as (typeof romanMonths)[number]) + 1,
    year: Number(year),
    officeCode,
  };
}

export function isValidLetterNumber(s: string): boolean {
  return parseLetterNumber(s).ok;
}

export const letterNumberSchema = z
  .string()
  .max(120)
  .refine(isValidLetterNumber, {
    message: 'Must be a letter number such as SKTLK/7K3D-42/XI/2026/SPKT POLRESTA SLEMAN',
  })
  .describe('letter number SKTLK/<device>-<n>/<roman month>/<year>/<office>');

import { z } from 'zod';
import { isoDateSchema } from '../dates.js';
import { recordIdSchema } from '../ids.js';
import { crockfordAlphabet } from '../receipt/crockford.js';
import { isPrintableLine } from '../text.js';

/** A birth date: a real date from 1900 on. Whether it lies in the future is a rule (it needs `today`). */
export const birthDateSchema = isoDateSchema
  .refine((d) => d >= '1900-01-01', { message: 'Must be on or after 1900-01-01' })
  .describe('date YYYY-MM-DD, from 1900-01-01');

/** A SIM card number: 12–16 digits, optionally grouped with spaces or hyphens (formats changed over time). */
export const simNumberSchema = z
  .string()
  .regex(/^\d[\d -]*\d$/, { message: 'Must be digits, optionally grouped with spaces or hyphens' })
  .refine((s) => s.replace(/\D/g, '').length >= 12 && s.replace(/\D/g, '').length <= 16, {
    message: 'Must have 12 to 16 digits',
  })
  .describe('SIM number, 12–16 digits');

/** Money: a whole number of rupiah. */
export const rupiahSchema = z.number().int().min(0).max(1_000_000_000).describe('integer rupiah ≥ 0');

/** A count of people. */
export const headcountSchema = z.number().int().min(0).max(10_000_000).describe('integer ≥ 0');

/** A list of record ids (officers, …), without repeats. */
export const recordIdListSchema = z
  .array(recordIdSchema)
  .max(100)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Must not repeat an id' });

/** A list of codes from `values`, at least one, without repeats. */
export function codeListSchema<const T extends readonly [string, ...string[]]>(values: T, max = values.length) {
  return z
    .array(z.enum(values))
    .min(1)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: 'Must not repeat a value' });
}

/** A checklist of documents: each listed key may be ticked (true) or not (false or absent). */
export function checklistSchema<const T extends readonly [string, ...string[]]>(keys: T) {
  const shape = Object.fromEntries(keys.map((k) => [k, z.boolean().optional()])) as {
    [K in T[number]]: z.ZodOptional<z.ZodBoolean>;
  };
  return z.strictObject(shape);
}

/** Local time of day `HH:MM` (24-hour). */
export const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Must be a time HH:MM' })
  .describe('time HH:MM');

/**
 * An access code printed on a receipt, for looking up a record that has no NIK: 8 Crockford base32
 * symbols written `XXXX-XXXX` (40 bits; made from random bytes where the record is created).
 */
export const accessCodePattern = new RegExp(`^[${crockfordAlphabet}]{4}-[${crockfordAlphabet}]{4}$`);
export const accessCodeSchema = z
  .string()
  .regex(accessCodePattern, { message: 'Must be an access code such as 7K3D-Q2M4' })
  .describe('access code XXXX-XXXX (Crockford base32)');

/** Formats 5 random bytes (40 bits) as an access code. The caller supplies the randomness. */
export function formatAccessCode(bytes: Uint8Array): string {
  if (bytes.length < 5) throw new RangeError('An access code needs 5 random bytes');
  let bits = 0n;
  for (let i = 0; i < 5; i++) bits = (bits << 8n) | BigInt(bytes[i] ?? 0);
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = crockfordAlphabet.charAt(Number(bits & 31n)) + out;
    bits >>= 5n;
  }
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

/** A latitude / longitude inside Indonesia's bounding box (with a margin). */
export const latitudeSchema = z.number().min(-12).max(7).describe('latitude, −12…7');
export const longitudeSchema = z.number().min(94).max(142).describe('longitude, 94…142');

/** A short code such as a unit's letter code (`SPKT POLRESTA SLEMAN`): upper-case letters, digits, . - and spaces. */
export const officeCodeSchema = z
  .string()
  .max(60)
  .regex(/^[A-Z0-9](?:[A-Z0-9 .-]*[A-Z0-9])?(?:\/[A-Z0-9](?:[A-Z0-9 .-]*[A-Z0-9])?)*$/, {
    message: 'Must be upper-case letters, digits, spaces, dots or hyphens, in parts separated by /',
  })
  .refine(isPrintableLine);

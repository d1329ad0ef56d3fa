import { z } from 'zod';
import { currentIsoDate, parseIsoDate } from '../dates.js';
import { decodeNik, type NikResult, nikDateDigits, nikProblem, type Sex } from './nik.js';

/**
 * Checks a NIK and decodes its parts. `today` (YYYY-MM-DD) fixes the birth century; it defaults to the
 * machine's date here, at the edge, and nowhere deeper.
 */
export function checkNik(nik: string, options: { today?: string } = {}): NikResult {
  return decodeNik(nik, options.today ?? currentIsoDate());
}

export type NikMatch = { matches: true } | { matches: false; mismatched: ('nik' | 'birthDate' | 'sex')[] };

/**
 * Whether a NIK agrees with the birth date and sex written on the form. Disagreement is flagged for the
 * officer to look at (a typo, or a NIK issued with a wrong date), not rejected. Needs no century: the NIK
 * holds only YY, compared with the last two digits of the year.
 */
export function nikMatches({ nik, birthDate, sex }: { nik: string; birthDate: string; sex: Sex }): NikMatch {
  if (nikProblem(nik) !== null) return { matches: false, mismatched: ['nik'] };
  if (!parseIsoDate(birthDate)) return { matches: false, mismatched: ['birthDate'] };
  const digits = nik.slice(6, 12);
  const sexInNik: Sex = Number(digits.slice(0, 2)) > 40 ? 'P' : 'L';
  const mismatched: ('birthDate' | 'sex')[] = [];
  if (nikDateDigits(birthDate, sexInNik) !== digits) mismatched.push('birthDate');
  if (sexInNik !== sex) mismatched.push('sex');
  return mismatched.length === 0 ? { matches: true } : { matches: false, mismatched };
}

/** Schema for a NIK field; a failure carries `params: { code: 'invalid_nik', reason }`. */
export const nikSchema = z
  .string()
  .superRefine((value, ctx) => {
    const reason = nikProblem(value);
    if (reason !== null) {
      ctx.addIssue({
        code: 'custom',
        message: `Invalid NIK (${reason})`,
        params: { code: 'invalid_nik', reason },
      });
    }
  })
  .describe('NIK, 16 digits');

import { z } from 'zod';

/**
 * Indonesian mobile numbers: `08xx…` nationally, `+628xx…` (E.164) or `628xx…` internationally. After the
 * leading 8 the operator prefix continues with 1–9 and the whole subscriber number is 9–12 digits
 * (`0812-3456-789` … `0812-3456-78901`). Spaces, dots, hyphens and brackets between digits are allowed.
 */
const separators = /[\s.()-]/g;
const forms = /^(?:\+62|62|0)(8[1-9]\d{7,10})$/;

/** The number in E.164 (`+628…`), or null when it is not an Indonesian mobile number. */
export function normalizePhone(input: string): string | null {
  if (!/^[+\d\s.()-]+$/.test(input)) return null;
  const m = forms.exec(input.replace(separators, ''));
  return m ? `+62${m[1]}` : null;
}

export function isIndonesianMobile(input: string): boolean {
  return normalizePhone(input) !== null;
}

/** Validates without rewriting: forms normalise to E.164 before the value is written. */
export const phoneSchema = z
  .string()
  .max(32)
  .refine(isIndonesianMobile, { message: 'Must be an Indonesian mobile number (08… or +628…)' })
  .describe('Indonesian mobile number (08… or +628…; forms write +628…)');

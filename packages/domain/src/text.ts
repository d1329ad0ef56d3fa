import { z } from 'zod';

/**
 * Free text (names, places, addresses, notes) accepts any printable text in any script. Only control
 * characters and unpaired surrogates are refused: they cannot be typed on a form, and they break
 * exports and printed letters. Long text may also hold line breaks and tabs.
 */
const singleLineForbidden = /[\p{Cc}\p{Cs}]/u;
const multiLineForbidden = /[^\P{Cc}\t\n\r]|\p{Cs}/u;

export const shortTextMax = 500;
export const longTextMax = 2000;
export const codeTextMax = 100;

export function isPrintableLine(s: string): boolean {
  return !singleLineForbidden.test(s);
}

export function isPrintableText(s: string): boolean {
  return !multiLineForbidden.test(s);
}

function notBlank(s: string): boolean {
  return s.trim().length > 0;
}

/** One line of free text, e.g. a name or a birth place. */
export const shortTextSchema = z
  .string()
  .max(shortTextMax)
  .refine(isPrintableLine, { message: 'Must be printable text on one line' })
  .refine(notBlank, { message: 'Must not be blank' })
  .describe('text, one line, ≤500');

/** Free text that may span lines, e.g. an address or a reason. */
export const longTextSchema = z
  .string()
  .max(longTextMax)
  .refine(isPrintableText, { message: 'Must be printable text' })
  .refine(notBlank, { message: 'Must not be blank' })
  .describe('text, ≤2000');

/** A short reference written on a paper document (certificate numbers and the like). */
export const documentNumberSchema = z
  .string()
  .max(codeTextMax)
  .refine(isPrintableLine, { message: 'Must be printable text on one line' })
  .refine(notBlank, { message: 'Must not be blank' })
  .describe('document number, ≤100');

import { z } from 'zod';

/** Record, unit, user and officer ids: ULIDs, UUIDv7s or readable slugs such as `unit-sleman-1`. */
export const recordIdPattern = /^[0-9A-Za-z_-]{1,64}$/;

export function isRecordId(s: string): boolean {
  return recordIdPattern.test(s);
}

export const recordIdSchema = z
  .string()
  .regex(recordIdPattern, { message: 'Must be 1-64 of 0-9 A-Z a-z _ -' })
  .describe('id (ULID, UUIDv7 or slug)');

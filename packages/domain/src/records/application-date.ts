import { formatIsoDate, isInstant } from '../dates.js';

/**
 * The offset used to turn an instant into the service day: WIB (UTC+7). Units in WITA or WIT differ only
 * between midnight and 01:00/02:00 local time, when no service runs; every replica computes the same day.
 */
export const serviceUtcOffsetMinutes = 7 * 60;

/** The calendar date of `instant` at `offsetMinutes` from UTC. */
export function localDateOf(instant: string, offsetMinutes: number = serviceUtcOffsetMinutes): string {
  if (!isInstant(instant)) throw new RangeError(`Not an instant: ${instant}`);
  const d = new Date(Date.parse(instant) + offsetMinutes * 60_000);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/**
 * The day an application was made, on which its fee, the applicant's age and the old licence's validity are
 * judged: the service day of `createdAt`, else `fallback` (a form before saving passes `today`). Judging by the
 * application's own day keeps a record valid as time passes.
 */
export function applicationDate(record: { readonly createdAt?: unknown }, fallback?: string): string | null {
  const createdAt = record.createdAt;
  if (typeof createdAt === 'string' && isInstant(createdAt)) return localDateOf(createdAt);
  return fallback ?? null;
}

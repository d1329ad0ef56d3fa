import { z } from 'zod';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const instantPattern = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,9})?Z$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export type DateParts = { year: number; month: number; day: number };

/** Parts of a `YYYY-MM-DD` string naming a real calendar date, or null. */
export function parseIsoDate(s: string): DateParts | null {
  const m = isoDatePattern.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function isIsoDate(s: string): boolean {
  return parseIsoDate(s) !== null;
}

export function formatIsoDate({ year, month, day }: DateParts): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds whole days to a `YYYY-MM-DD` date (negative to go back). */
export function addDays(date: string, days: number): string {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`Not a date: ${date}`);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Whole years from `birthDate` to `on` (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, on: string): number {
  const b = parseIsoDate(birthDate);
  const o = parseIsoDate(on);
  if (!b || !o) throw new RangeError(`Not a date: ${b ? on : birthDate}`);
  const hadBirthday = o.month > b.month || (o.month === b.month && o.day >= b.day);
  return o.year - b.year - (hadBirthday ? 0 : 1);
}

/** An ISO 8601 UTC instant such as `2026-03-01T08:15:00.000Z`, naming a real date. */
export function isInstant(s: string): boolean {
  const m = instantPattern.exec(s);
  return m !== null && m[1] !== undefined && isIsoDate(m[1]);
}

/** Today's date on the machine's calendar. Only API edges call this; rules take `today` as a parameter. */
export function currentIsoDate(now: Date = new Date()): string {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'Must be a real date written YYYY-MM-DD' })
  .describe('date YYYY-MM-DD');

export const instantSchema = z
  .string()
  .refine(isInstant, { message: 'Must be an ISO 8601 UTC instant, e.g. 2026-03-01T08:15:00.000Z' })
  .describe('instant, ISO 8601 UTC');

/** Adds whole months to a `YYYY-MM-DD` date, keeping the day where the month has it and else its last day. */
export function addMonths(date: string, months: number): string {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`Not a date: ${date}`);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatIsoDate({ year, month, day: Math.min(p.day, daysInMonth(year, month)) });
}

/** The day of the week of a `YYYY-MM-DD` date: 0 Sunday … 6 Saturday. */
export function weekday(date: string): number {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`Not a date: ${date}`);
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

/**
 * Working days after `from` up to and including `to`; 0 when `to` is not after `from`. Weekends never count;
 * the `holidays` given (national holidays and cuti bersama, `YYYY-MM-DD`) are taken out too. Holidays change
 * yearly by SKB, so without a table the count is an upper bound and deadlines computed from it a lower bound.
 */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string> = noHolidays): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) count++;
  return count;
}

const noHolidays: ReadonlySet<string> = new Set();

/** Monday to Friday and not in `holidays`. */
export function isWorkingDay(date: string, holidays: ReadonlySet<string> = noHolidays): boolean {
  const w = weekday(date);
  return w !== 0 && w !== 6 && !holidays.has(date);
}

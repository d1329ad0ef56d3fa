import { latestApplicationDate as domainLatestApplicationDate, workingDaysBetween } from '@keliling/domain';

/**
 * The crowd permit's deadline as the portal shows it: the domain's count (weekends and the holiday table's days
 * taken out), so the portal, the server's `permit_lead_time_short` rule and the field app agree.
 */
export type { LatestApplication } from '@keliling/domain';
export const latestApplicationDate = domainLatestApplicationDate;

/** Working days after `from` up to and including `to`, weekends and `holidays` taken out. */
export function workingDaysBetweenWithHolidays(from: string, to: string, holidays: ReadonlySet<string>): number {
  return workingDaysBetween(from, to, holidays);
}

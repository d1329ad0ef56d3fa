import { addDays, isWorkingDay, weekday } from '../dates.js';
import type { IssuingLevel } from '../records/issuing-levels.js';
import { crowdPermitIssuingLevel, crowdPermitLeadTimes, type EventScale } from './crowd-permit-level.js';

export type LatestApplication = {
  eventDate: string;
  scale: EventScale;
  issuingLevel: IssuingLevel;
  workingDays: number;
  /** The last day a request may be filed and still have `workingDays` working days before the event. */
  latestDate: string;
  /** Holidays on weekdays between the latest date and the event, which the count stepped over. */
  holidaysSkipped: string[];
};

/**
 * The latest date to apply for a crowd permit for an event on `eventDate` of `scale`: going back from the event
 * until the lead time (14 working days; 21 for national events) lies between that date and the event, skipping
 * weekends and the `holidays` given. Agrees with the `permit_lead_time_short` rule: filed on `latestDate`, the
 * rule counts exactly `workingDays`.
 */
export function latestApplicationDate(
  eventDate: string,
  scale: EventScale,
  holidays: ReadonlySet<string> = new Set(),
): LatestApplication {
  const workingDays = crowdPermitLeadTimes[scale].workingDays;
  const skipped: string[] = [];
  let counted = 0;
  let d = eventDate;
  while (counted < workingDays) {
    if (isWorkingDay(d, holidays)) counted++;
    else if (holidays.has(d) && weekday(d) !== 0 && weekday(d) !== 6) skipped.push(d);
    d = addDays(d, -1);
  }
  return {
    eventDate,
    scale,
    issuingLevel: crowdPermitIssuingLevel({ scale }),
    workingDays,
    latestDate: d,
    holidaysSkipped: skipped.reverse(),
  };
}

import type { RouteLeg } from '@keliling/domain';

const toMinutes = (time: string): number | null => {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
};
const toTime = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Planned start times along a route: leave the base at `departure`, drive each leg (rounded up to 5 minutes), stay
 * `stayMinutes` at each stop. Stops that would start after 23:55 get none. Keyed by stop id.
 */
export function suggestStarts(legs: readonly RouteLeg[], departure: string, stayMinutes: number): Map<string, string> {
  const starts = new Map<string, string>();
  let clock = toMinutes(departure);
  if (clock === null) return starts;
  for (const leg of legs) {
    if (leg.to === null) break;
    clock += Math.ceil(leg.travelMinutes / 5) * 5;
    if (clock > 23 * 60 + 55) break;
    starts.set(leg.to, toTime(clock));
    clock += stayMinutes;
  }
  return starts;
}

/** When the unit is back at base: the last stop's start, the stay there, the drive home (null without a start). */
export function returnTime(lastStart: string, stayMinutes: number, driveHomeMinutes: number): string | null {
  const start = toMinutes(lastStart);
  if (start === null) return null;
  const back = start + stayMinutes + Math.ceil(driveHomeMinutes / 5) * 5;
  return back >= 24 * 60 ? null : toTime(back);
}

import { parseIsoDate } from '@keliling/domain';
import { msg } from '../i18n/i18n';
import type { VisitInfo } from './planningRecords';

/** How long ago a village was last served, in the buckets the legend shows. */
export const coverageBuckets = ['recent', 'month', 'quarter', 'long', 'never'] as const;
export type CoverageBucket = (typeof coverageBuckets)[number];

/** The legend's words (Indonesian keys, shown through `t`). */
export const coverageLabels: Record<CoverageBucket, string> = {
  recent: msg('≤ 30 hari'),
  month: msg('31–90 hari'),
  quarter: msg('91–180 hari'),
  long: msg('> 180 hari'),
  never: msg('Belum pernah'),
};

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return Number.NaN;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/**
 * The last day each village was served (a visit that started or finished, on or before `today`), by village code.
 * Planned and cancelled visits do not count: a village is covered when the unit has actually been there.
 */
export function lastServedDates(visits: readonly VisitInfo[], today: string): Map<string, string> {
  const last = new Map<string, string>();
  for (const visit of visits) {
    if ((visit.status !== 'done' && visit.status !== 'in_progress') || visit.date > today) continue;
    const known = last.get(visit.villageCode);
    if (!known || visit.date > known) last.set(visit.villageCode, visit.date);
  }
  return last;
}

export function coverageBucket(daysSince: number | null): CoverageBucket {
  if (daysSince === null) return 'never';
  if (daysSince <= 30) return 'recent';
  if (daysSince <= 90) return 'month';
  if (daysSince <= 180) return 'quarter';
  return 'long';
}

/** Whether the planner should draw the coordinator's eye to a village (never served, or not for over 90 days). */
export function isOverdue(bucket: CoverageBucket): boolean {
  return bucket === 'never' || bucket === 'long' || bucket === 'quarter';
}

import { describe, expect, it } from 'vitest';
import { coverageBucket, daysBetween, isOverdue, lastServedDates } from './coverage';
import type { VisitInfo } from './planningRecords';

const visit = (villageCode: string, date: string, status: VisitInfo['status']): VisitInfo => ({
  id: `${villageCode}-${date}`,
  unitId: 'unit-sleman-1',
  villageCode,
  date,
  order: 1,
  plannedStart: null,
  servicesOffered: ['sim_renewal'],
  status,
  syncState: 'synced',
});

describe('coverage', () => {
  it('counts whole calendar days', () => {
    expect(daysBetween('2026-11-28', '2026-11-28')).toBe(0);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2025-11-28', '2026-11-28')).toBe(365);
  });

  it('takes the latest visit that actually happened, on or before today', () => {
    const last = lastServedDates(
      [
        visit('a', '2026-10-01', 'done'),
        visit('a', '2026-11-01', 'done'),
        visit('a', '2026-11-20', 'cancelled'),
        visit('b', '2026-11-28', 'in_progress'),
        visit('c', '2026-12-05', 'planned'),
        visit('d', '2026-11-10', 'planned'),
      ],
      '2026-11-28',
    );
    expect([...last].sort()).toEqual([
      ['a', '2026-11-01'],
      ['b', '2026-11-28'],
    ]);
  });

  it('buckets days since the last visit, flagging villages unserved for over 90 days', () => {
    expect([null, 0, 30, 31, 90, 91, 180, 181].map(coverageBucket)).toEqual([
      'never',
      'recent',
      'recent',
      'month',
      'month',
      'quarter',
      'quarter',
      'long',
    ]);
    expect(['never', 'long', 'quarter', 'month', 'recent'].map((b) => isOverdue(b as never))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

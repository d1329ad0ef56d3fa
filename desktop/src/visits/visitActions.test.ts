import { describe, expect, it } from 'vitest';
import type { VisitInfo } from '../coordinator/planningRecords';
import { currentVisitOf } from './currentVisit';

const visit = (id: string, status: VisitInfo['status'], date = '2026-11-28', unitId = 'unit-sleman-1'): VisitInfo => ({
  id,
  unitId,
  villageCode: '34.04.07.2001',
  date,
  order: 1,
  plannedStart: null,
  servicesOffered: ['skck'],
  status,
  syncState: 'synced',
});

describe('currentVisitOf', () => {
  it("is today's visit of the unit that is in progress, and nothing else", () => {
    const visits = [
      visit('a', 'done'),
      visit('b', 'in_progress', '2026-11-27'),
      visit('c', 'in_progress', '2026-11-28', 'unit-sleman-2'),
    ];
    expect(currentVisitOf(visits, 'unit-sleman-1', '2026-11-28')).toBeNull();
    expect(currentVisitOf([...visits, visit('d', 'in_progress')], 'unit-sleman-1', '2026-11-28')?.id).toBe('d');
  });
});

import { validateFields, validateRecord } from '@keliling/domain';
import { describe, expect, it } from 'vitest';
import type { VisitInfo } from './planningRecords';
import { planProblems, publishEdits } from './publishPlan';
import type { DraftStop } from './routeDraft';

const now = () => Date.parse('2026-11-28T02:00:00.000Z');
let n = 0;
const newId = () => `01JNEWVISIT${String(++n).padStart(15, '0')}`;
const stop = (villageCode: string, extra: Partial<DraftStop> = {}): DraftStop => ({
  villageCode,
  visitId: null,
  servicesOffered: ['sim_renewal', 'skck'],
  plannedStart: '',
  ...extra,
});
const published = (id: string, villageCode: string, order: number, extra: Partial<VisitInfo> = {}): VisitInfo => ({
  id,
  unitId: 'unit-sleman-1',
  villageCode,
  date: '2026-12-01',
  order,
  plannedStart: '09:00',
  servicesOffered: ['sim_renewal', 'skck'],
  status: 'planned',
  syncState: 'synced',
  ...extra,
});
const base = { unitId: 'unit-sleman-1', date: '2026-12-01', userId: 'user-koordinator', now, newId };

describe('publishEdits', () => {
  it('creates a valid planned visit per new stop, numbered in route order', () => {
    const edits = publishEdits({
      ...base,
      stops: [stop('34.04.01.2002', { plannedStart: '08:30' }), stop('34.04.01.2001')],
      existing: [],
    });
    expect(edits).toHaveLength(2);
    expect(edits[0]).toMatchObject({
      entity: 'visits',
      by: 'user-koordinator',
      fields: {
        unitId: 'unit-sleman-1',
        villageCode: '34.04.01.2002',
        date: '2026-12-01',
        order: 1,
        plannedStart: '08:30',
        status: 'planned',
        createdBy: 'user-koordinator',
        createdAt: '2026-11-28T02:00:00.000Z',
      },
    });
    expect(edits[1]?.fields).toMatchObject({ villageCode: '34.04.01.2001', order: 2 });
    expect(edits[1]?.fields).not.toHaveProperty('plannedStart');
    for (const edit of edits) expect(validateRecord('visits', edit.fields)).toEqual({ ok: true });
  });

  it('sends only what changed for published stops, and cancels planned visits left out', () => {
    const existing = [
      published('v1', '34.04.01.2001', 1),
      published('v2', '34.04.01.2002', 2),
      published('v3', '34.04.01.2003', 3),
    ];
    const stops = [
      stop('34.04.01.2002', { visitId: 'v2', plannedStart: '09:00', servicesOffered: ['skck', 'sim_renewal'] }),
      stop('34.04.01.2001', { visitId: 'v1', plannedStart: '', servicesOffered: ['sim_renewal', 'skck'] }),
    ];
    const edits = publishEdits({ ...base, stops, existing });
    expect(edits.map((e) => [e.entityId, e.fields])).toEqual([
      ['v2', { order: 1 }],
      ['v1', { order: 2, plannedStart: null }],
      ['v3', { status: 'cancelled' }],
    ]);
    for (const edit of edits) expect(validateFields('visits', edit.fields)).toEqual({ ok: true });
  });

  it('publishes nothing for an unchanged plan', () => {
    const existing = [published('v1', '34.04.01.2001', 1)];
    expect(
      publishEdits({ ...base, stops: [stop('34.04.01.2001', { visitId: 'v1', plannedStart: '09:00' })], existing }),
    ).toEqual([]);
  });
});

describe('planProblems', () => {
  it('asks for at least one stop and one service per stop', () => {
    expect(planProblems([])).toEqual([{ code: 'no_stops' }]);
    expect(planProblems([stop('34.04.01.2001', { servicesOffered: [] })])).toEqual([
      { code: 'no_services', villageCode: '34.04.01.2001' },
    ]);
    expect(planProblems([stop('34.04.01.2001')])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { VisitInfo } from './planningRecords';
import { type DraftStop, defaultServices, draftReducer } from './routeDraft';

const codes = (stops: DraftStop[]) => stops.map((s) => s.villageCode);
const start = ['34.04.01.2001', '34.04.01.2002', '34.04.01.2003'].reduce<DraftStop[]>(
  (stops, villageCode) => draftReducer(stops, { type: 'toggle', villageCode }),
  [],
);

describe('draftReducer', () => {
  it('adds a picked village at the end with the default services, and removes it when picked again', () => {
    expect(codes(start)).toEqual(['34.04.01.2001', '34.04.01.2002', '34.04.01.2003']);
    expect(start[0]).toEqual({
      villageCode: '34.04.01.2001',
      visitId: null,
      servicesOffered: defaultServices,
      plannedStart: '',
    });
    expect(codes(draftReducer(start, { type: 'toggle', villageCode: '34.04.01.2002' }))).toEqual([
      '34.04.01.2001',
      '34.04.01.2003',
    ]);
  });

  it('moves a stop up or down by one, and ignores a move off either end', () => {
    expect(codes(draftReducer(start, { type: 'move', index: 2, delta: -1 }))).toEqual([
      '34.04.01.2001',
      '34.04.01.2003',
      '34.04.01.2002',
    ]);
    expect(codes(draftReducer(start, { type: 'move', index: 0, delta: 1 }))).toEqual([
      '34.04.01.2002',
      '34.04.01.2001',
      '34.04.01.2003',
    ]);
    expect(draftReducer(start, { type: 'move', index: 0, delta: -1 })).toBe(start);
    expect(draftReducer(start, { type: 'move', index: 2, delta: 1 })).toBe(start);
  });

  it('applies a proposed order only when it names every stop', () => {
    const proposed = ['34.04.01.2003', '34.04.01.2001', '34.04.01.2002'];
    expect(codes(draftReducer(start, { type: 'reorder', order: proposed }))).toEqual(proposed);
    expect(draftReducer(start, { type: 'reorder', order: proposed.slice(1) })).toBe(start);
  });

  it('ticks services and sets start times per stop', () => {
    let stops = draftReducer(start, { type: 'toggleService', villageCode: '34.04.01.2001', service: 'skck' });
    stops = draftReducer(stops, { type: 'toggleService', villageCode: '34.04.01.2001', service: 'outreach' });
    stops = draftReducer(stops, { type: 'setStart', villageCode: '34.04.01.2002', plannedStart: '09:30' });
    expect(stops[0]?.servicesOffered).toEqual(['sim_renewal', 'complaint', 'outreach']);
    expect(stops[1]?.plannedStart).toBe('09:30');
  });

  it('loads the planned and running visits of a day in their order, leaving done and cancelled ones out', () => {
    const visit = (id: string, order: number, status: VisitInfo['status']): VisitInfo => ({
      id,
      unitId: 'unit-sleman-1',
      villageCode: `34.04.01.200${order}`,
      date: '2026-12-01',
      order,
      plannedStart: null,
      servicesOffered: ['sim_renewal'],
      status,
      syncState: 'synced',
    });
    const stops = draftReducer([], {
      type: 'load',
      visits: [
        visit('v2', 2, 'planned'),
        visit('v1', 1, 'in_progress'),
        visit('v3', 3, 'done'),
        visit('v4', 4, 'cancelled'),
      ],
    });
    expect(stops.map((s) => s.visitId)).toEqual(['v1', 'v2']);
  });
});

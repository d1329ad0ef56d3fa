import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../records/example-records.js';
import type { LostItemReport } from './lost-item-report.js';
import { checkLostItemReport } from './lost-item-rules.js';

const base = exampleRecords.lost_item_reports as LostItemReport;

describe('checkLostItemReport', () => {
  it('accepts a loss on or before the report day, not after', () => {
    expect(checkLostItemReport({ ...base, lostOn: '2026-11-28' }, { today: '2026-11-28' })).toEqual([]);
    expect(checkLostItemReport({ ...base, lostOn: '2026-11-29' }, { today: '2026-11-30' })).toMatchObject([
      { code: 'lost_on_in_future', field: 'lostOn', severity: 'error' },
    ]);
  });

  it("flags a reporter's NIK that disagrees with the typed sex", () => {
    expect(checkLostItemReport({ ...base, sex: 'L' }, { today: '2026-11-28' })).toMatchObject([
      { code: 'nik_sex_mismatch', severity: 'warning' },
    ]);
  });
});

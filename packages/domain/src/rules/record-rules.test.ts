import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../records/example-records.js';
import { checkRecord, recordRules } from './record-rules.js';

const today = '2026-11-28';

describe('checkRecord (what the server runs on the merged record)', () => {
  it('rejects a fee that disagrees with the table, with fee_mismatch on feeRupiah', () => {
    expect(
      checkRecord('sim_applications', { ...exampleRecords.sim_applications, feeRupiah: 50_000 }, { today }),
    ).toMatchObject({ ok: false, code: 'fee_mismatch', field: 'feeRupiah' });
  });

  it('reports a schema failure first, with its field', () => {
    const { nik, ...noNik } = exampleRecords.sim_applications;
    expect(checkRecord('sim_applications', noNik, { today })).toMatchObject({
      ok: false,
      code: 'invalid_field',
      field: 'nik',
    });
    expect(
      checkRecord('skck_applications', { ...exampleRecords.skck_applications, nik: '9904071705900001' }, { today }),
    ).toMatchObject({ ok: false, code: 'invalid_nik', field: 'nik' });
    expect(checkRecord('sim_application', {}, { today })).toMatchObject({ ok: false, code: 'unknown_entity' });
  });

  it('lets warnings through', () => {
    expect(checkRecord('sim_applications', { ...exampleRecords.sim_applications, sex: 'L' }, { today })).toMatchObject({
      ok: true,
      warnings: [{ code: 'nik_sex_mismatch' }],
    });
  });

  it('checks the visit the server looked up', () => {
    const visit = { servicesOffered: ['skck' as const] };
    expect(checkRecord('sim_applications', exampleRecords.sim_applications, { today, visit })).toMatchObject({
      ok: false,
      code: 'service_not_offered',
      field: 'applicationType',
    });
  });
});

describe('recordRules', () => {
  it('dispatches per entity and has nothing to add for entities checked by their schema alone', () => {
    expect(recordRules('visits', exampleRecords.visits, { today })).toEqual([]);
    expect(
      recordRules('lost_item_reports', { ...exampleRecords.lost_item_reports, lostOn: '2026-12-01' }, { today }),
    ).toMatchObject([{ code: 'lost_on_in_future' }]);
    expect(
      recordRules(
        'crowd_permit_requests',
        { ...exampleRecords.crowd_permit_requests, startsAt: '2026-12-01T01:00:00.000Z' },
        { today },
      ),
    ).toMatchObject([{ code: 'permit_lead_time_short', severity: 'warning' }]);
  });
});

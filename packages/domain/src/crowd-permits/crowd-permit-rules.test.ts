import { describe, expect, it } from 'vitest';
import { workingDaysBetween } from '../dates.js';
import { exampleRecords } from '../records/example-records.js';
import { latestApplicationDate } from './crowd-permit-deadline.js';
import { crowdPermitIssuingLevel, eventScales } from './crowd-permit-level.js';
import type { CrowdPermitRequest } from './crowd-permit-request.js';
import { checkCrowdPermitRequest } from './crowd-permit-rules.js';

const today = '2026-11-28';
const base = exampleRecords.crowd_permit_requests as CrowdPermitRequest;
const codes = (record: Partial<CrowdPermitRequest>) =>
  checkCrowdPermitRequest(record, { today }).map((i) => `${i.severity}:${i.code}:${i.field}`);

describe('crowdPermitIssuingLevel', () => {
  it.each([
    ['kecamatan', 'polsek'],
    ['kabupaten_kota', 'polres'],
    ['provinsi', 'polda'],
    ['nasional', 'mabes'],
    ['internasional', 'mabes'],
  ] as const)('an event of scale %s is decided by %s', (scale, level) => {
    expect(crowdPermitIssuingLevel({ scale })).toBe(level);
  });

  it('has a level for every scale', () => {
    for (const scale of eventScales) expect(crowdPermitIssuingLevel({ scale })).toBeTruthy();
  });
});

describe('checkCrowdPermitRequest', () => {
  it('passes the example, filed seven weeks ahead', () => {
    expect(codes(base)).toEqual([]);
  });

  it('warns when filed fewer than 14 working days ahead (21 for a national event)', () => {
    // 28 Nov 2026 is a Saturday; 14 working days later is Thursday 17 Dec.
    expect(codes({ ...base, startsAt: '2026-12-17T03:00:00.000Z', endsAt: '2026-12-17T06:00:00.000Z' })).toEqual([]);
    expect(codes({ ...base, startsAt: '2026-12-16T03:00:00.000Z', endsAt: '2026-12-16T06:00:00.000Z' })).toEqual([
      'warning:permit_lead_time_short:startsAt',
    ]);
    expect(codes({ ...base, scale: 'nasional', issuingLevel: 'mabes', startsAt: '2026-12-17T03:00:00.000Z' })).toEqual([
      'warning:permit_lead_time_short:startsAt',
    ]);
  });

  it('needs passports when foreigners take part, and a power of attorney from a proxy', () => {
    const verified = { ...base, status: 'verified' as const };
    expect(codes({ ...verified, involvesForeigners: true, filedByProxy: true })).toEqual([
      'error:documents_missing:documents',
    ]);
    const issues = checkCrowdPermitRequest({ ...verified, involvesForeigners: true, filedByProxy: true }, { today });
    expect(issues[0]?.params).toEqual({ missing: 'foreignerPassports, powerOfAttorney' });
    const { organization, ...byPerson } = verified;
    expect(codes(byPerson)).toEqual([]);
  });
});

describe('crowd permit deadline with holidays', () => {
  // Worked example with a holiday table of Fri 3 Apr and the whole week 16–20 Mar: an event on Wed 8 Apr 2026
  // (kabupaten/kota: 14 working days). Counting back from the event, the working days are 8, 7, 6, 2, 1 Apr and
  // 31, 30, 27, 26, 25, 24, 23, 13, 12 Mar (14); so the latest filing date is Wed 11 Mar.
  const holidays = new Set(['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20', '2026-04-03']);

  it('skips weekends and holidays, and the lead-time rule agrees with the date it gives', () => {
    const latest = latestApplicationDate('2026-04-08', 'kabupaten_kota', holidays);
    expect(latest.latestDate).toBe('2026-03-11');
    expect(latest.issuingLevel).toBe('polres');
    expect(workingDaysBetween('2026-03-11', '2026-04-08', holidays)).toBe(14);
    expect(workingDaysBetween('2026-03-12', '2026-04-08', holidays)).toBe(13);
    // Without the table only weekends count: 8, 7, 6, 3, 2, 1 Apr, 31 … 23 Mar and 20 Mar; so Thu 19 Mar.
    expect(latestApplicationDate('2026-04-08', 'kabupaten_kota').latestDate).toBe('2026-03-19');
  });
});

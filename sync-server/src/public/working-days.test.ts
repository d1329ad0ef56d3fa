import { workingDaysBetween } from '@keliling/domain';
import { describe, expect, it } from 'vitest';
import { latestApplicationDate, workingDaysBetweenWithHolidays } from './working-days.js';

const skb2026 = new Set([
  '2026-03-18',
  '2026-03-19',
  '2026-03-20',
  '2026-03-21',
  '2026-03-22',
  '2026-03-23',
  '2026-03-24',
  '2026-04-03',
  '2026-04-05',
]);

describe('latestApplicationDate', () => {
  it('leaves exactly the lead time between the latest day and the event, and no more', () => {
    const r = latestApplicationDate('2026-04-08', 'kecamatan', skb2026);
    expect(r.latestDate).toBe('2026-03-11');
    expect(workingDaysBetweenWithHolidays(r.latestDate, '2026-04-08', skb2026)).toBe(14);
    expect(workingDaysBetweenWithHolidays('2026-03-12', '2026-04-08', skb2026)).toBe(13);
  });

  it('agrees with the domain rule when there are no holidays', () => {
    for (const event of ['2026-12-17', '2027-01-04', '2026-07-01']) {
      for (const scale of ['kecamatan', 'nasional'] as const) {
        const r = latestApplicationDate(event, scale, new Set());
        expect(workingDaysBetween(r.latestDate, event)).toBe(r.workingDays);
      }
    }
    // Without the holiday table the same event could be applied for until 19 March.
    expect(latestApplicationDate('2026-04-08', 'kecamatan', new Set()).latestDate).toBe('2026-03-19');
  });

  it('needs 21 working days for a national event, decided by Mabes', () => {
    expect(latestApplicationDate('2026-12-17', 'nasional', new Set())).toMatchObject({
      workingDays: 21,
      issuingLevel: 'mabes',
    });
  });
});

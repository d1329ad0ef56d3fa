import { describe, expect, it } from 'vitest';
import { returnTime, suggestStarts } from './schedule';

const leg = (from: string | null, to: string | null, travelMinutes: number) => ({
  from,
  to,
  distanceKm: 0,
  travelMinutes,
});

describe('suggestStarts', () => {
  it('drives, then stays, stop after stop (drives rounded up to 5 minutes)', () => {
    const starts = suggestStarts([leg(null, 'a', 21), leg('a', 'b', 9.5), leg('b', null, 30)], '08:00', 90);
    expect([...starts]).toEqual([
      ['a', '08:25'],
      ['b', '10:05'],
    ]);
  });

  it('suggests nothing past the end of the day or from a malformed departure', () => {
    expect(suggestStarts([leg(null, 'a', 10), leg('a', 'b', 10)], '23:30', 60).size).toBe(1);
    expect(suggestStarts([leg(null, 'a', 10)], '8 pagi', 60).size).toBe(0);
  });
});

describe('returnTime', () => {
  it('adds the stay and the drive home to the last start', () => {
    expect(returnTime('14:10', 90, 21)).toBe('16:05');
    expect(returnTime('', 90, 21)).toBeNull();
    expect(returnTime('23:00', 90, 10)).toBeNull();
  });
});

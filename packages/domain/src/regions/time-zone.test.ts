import { describe, expect, it } from 'vitest';
import { timeZoneForRegion, timeZoneForVillages } from './time-zone.js';

describe('Indonesian time zones', () => {
  it('places Sleman and Bandung in WIB, Bali and Makassar in WITA, Jayapura and Ambon in WIT', () => {
    expect(timeZoneForRegion('34.04.07.2001').zone).toBe('WIB');
    expect(timeZoneForRegion('32.04').zone).toBe('WIB');
    expect(timeZoneForRegion('51.71').zone).toBe('WITA');
    expect(timeZoneForRegion('73.71').zone).toBe('WITA');
    expect(timeZoneForRegion('91.71').zone).toBe('WIT');
    expect(timeZoneForRegion('81.71').zone).toBe('WIT');
  });

  it('splits Kalimantan: West and Central in WIB, South, East and North in WITA', () => {
    expect(['61', '62', '63', '64', '65'].map((p) => timeZoneForRegion(p).zone)).toEqual([
      'WIB',
      'WIB',
      'WITA',
      'WITA',
      'WITA',
    ]);
  });

  it('gives the IANA zone that formats local times (a WITA clock reads one hour after WIB)', () => {
    const instant = Date.UTC(2026, 10, 28, 3, 0);
    const hour = (timeZone: string) =>
      new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(instant);
    expect(hour(timeZoneForRegion('34').ianaTimeZone)).toBe('10');
    expect(hour(timeZoneForRegion('51').ianaTimeZone)).toBe('11');
    expect(hour(timeZoneForRegion('91').ianaTimeZone)).toBe('12');
  });

  it("takes a unit's zone from most of its villages", () => {
    expect(timeZoneForVillages([]).zone).toBe('WIB');
    expect(timeZoneForVillages(['51.01.01.2001', '51.01.01.2002', '34.04.07.2001']).zone).toBe('WITA');
  });
});

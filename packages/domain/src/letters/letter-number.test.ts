import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDeviceCode } from '../receipt/receipt-number.js';
import { letterNumberSchema, makeLetterNumber, parseLetterNumber, romanMonth } from './letter-number.js';

const parts = {
  kind: 'SKTLK' as const,
  deviceCode: '7K3D',
  sequence: 42,
  issuedOn: '2026-11-28',
  officeCode: 'SPKT POLRESTA SLEMAN',
};

describe('SKTLK letter numbers', () => {
  it('look like Polri letter numbers, with the device code in the sequence', () => {
    expect(makeLetterNumber(parts)).toBe('SKTLK/7K3D-42/XI/2026/SPKT POLRESTA SLEMAN');
    expect(makeLetterNumber({ ...parts, issuedOn: '2027-01-02', officeCode: 'SPKT/POLSEK DEPOK' })).toBe(
      'SKTLK/7K3D-42/I/2027/SPKT/POLSEK DEPOK',
    );
  });

  it('parse back into their parts', () => {
    expect(parseLetterNumber('SKTLK/7K3D-42/XI/2026/SPKT POLRESTA SLEMAN')).toEqual({
      ok: true,
      kind: 'SKTLK',
      deviceCode: '7K3D',
      sequence: 42,
      month: 11,
      year: 2026,
      officeCode: 'SPKT POLRESTA SLEMAN',
    });
  });

  it.each([
    'SKTLK/42/XI/2026/SPKT',
    'SKTLK/7K3D-0/XI/2026/SPKT',
    'SKTLK/7K3D-42/XIII/2026/SPKT',
    'SKTLK/7K3D-42/XI/26/SPKT',
    'SKTLK/7K3D-42/XI/2026/spkt',
    'SKTLK/7K3D-42/XI/2026/',
    'SKTLK/7KUD-42/XI/2026/SPKT',
  ])('refuse %s', (s) => {
    expect(parseLetterNumber(s).ok).toBe(false);
    expect(letterNumberSchema.safeParse(s).success).toBe(false);
  });

  it('refuse to make a number from bad parts', () => {
    expect(() => makeLetterNumber({ ...parts, deviceCode: '7k3d' })).toThrow(RangeError);
    expect(() => makeLetterNumber({ ...parts, sequence: 0 })).toThrow(RangeError);
    expect(() => makeLetterNumber({ ...parts, officeCode: 'spkt' })).toThrow(RangeError);
    expect(() => romanMonth(13)).toThrow(RangeError);
  });

  it('never collide between devices or sequences, without coordination (property)', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.nat(32 ** 4 - 1), fc.integer({ min: 1, max: 9_999_999 })),
        fc.tuple(fc.nat(32 ** 4 - 1), fc.integer({ min: 1, max: 9_999_999 })),
        ([d1, s1], [d2, s2]) => {
          const a = makeLetterNumber({ ...parts, deviceCode: formatDeviceCode(d1), sequence: s1 });
          const b = makeLetterNumber({ ...parts, deviceCode: formatDeviceCode(d2), sequence: s2 });
          expect(a === b).toBe(d1 === d2 && s1 === s2);
          expect(parseLetterNumber(a)).toMatchObject({ ok: true, deviceCode: formatDeviceCode(d1), sequence: s1 });
        },
      ),
    );
  });
});

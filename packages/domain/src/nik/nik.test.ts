import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../dates.js';
import { checkNik, nikMatches, nikSchema } from './check-nik.js';
import { decodeNik, nikDateDigits } from './nik.js';

const today = '2026-11-28';
// Kecamatan Depok, Kabupaten Sleman (34.04.07) and Kecamatan Dayeuhkolot, Kabupaten Bandung (32.04.12).
const depok = '340407';
const dayeuhkolot = '320412';
/** District + DDMMYY + serial, the parts of a NIK. */
const nikOf = (district: string, ddmmyy: string, serial: string) => [district, ddmmyy, serial].join('');

describe('checkNik', () => {
  it('decodes a man born 17 May 1990, registered in Depok, Sleman', () => {
    expect(checkNik(nikOf(depok, '170590', '0001'), { today })).toEqual({
      ok: true,
      nik: '3404071705900001',
      provinceCode: '34',
      regencyCode: '34.04',
      districtCode: '34.04.07',
      provinceName: 'Daerah Istimewa Yogyakarta',
      regencyName: 'Kabupaten Sleman',
      districtName: 'Depok',
      birthDate: '1990-05-17',
      sex: 'L',
      serial: '0001',
      warnings: [],
    });
  });

  it('decodes a woman: 40 is added to the day (3 Aug 1995 → 43)', () => {
    const result = checkNik(nikOf(dayeuhkolot, '430895', '0002'), { today });
    expect(result).toMatchObject({ ok: true, birthDate: '1995-08-03', sex: 'P', districtName: 'Dayeuhkolot' });
  });

  it.each([
    ['41', '1985-03-01'],
    ['55', '1985-03-15'],
    ['71', '1985-03-31'],
  ])("accepts a woman's day %s", (dd, birthDate) => {
    expect(checkNik(nikOf(depok, `${dd}0385`, '0003'), { today })).toMatchObject({ ok: true, sex: 'P', birthDate });
  });

  it.each(['00', '32', '35', '40', '72', '99'])('rejects day field %s', (dd) => {
    expect(checkNik(nikOf(depok, `${dd}0385`, '0003'), { today })).toEqual({
      ok: false,
      code: 'invalid_nik',
      reason: 'date',
    });
  });

  it.each([
    ['300290', '30 Feb'],
    ['700290', '30 Feb (woman)'],
    ['290297', '29 Feb 1997'],
    ['310490', '31 Apr'],
    ['151390', 'month 13'],
    ['150090', 'month 00'],
  ])('rejects %s (%s)', (digits) => {
    expect(checkNik(`${depok}${digits}0001`, { today })).toMatchObject({ ok: false, reason: 'date' });
  });

  it('accepts 29 Feb in a leap year, including 2000', () => {
    expect(checkNik(nikOf(depok, '290296', '0001'), { today })).toMatchObject({ ok: true, birthDate: '1996-02-29' });
    expect(checkNik(nikOf(depok, '690200', '0001'), { today })).toMatchObject({
      ok: true,
      birthDate: '2000-02-29',
      sex: 'P',
    });
  });

  it('rejects a province that does not exist (99)', () => {
    expect(checkNik('9904071705900001', { today })).toEqual({ ok: false, code: 'invalid_nik', reason: 'province' });
  });

  it.each([
    ['340407170590001', '15 digits'],
    ['34040717059000011', '17 digits'],
    ['3404O71705900001', 'a letter O'],
    ['3404 0717 0590 0001', 'spaces'],
    ['3404071705900000', 'serial 0000'],
    ['', 'empty'],
  ])('rejects %s (%s) as format', (nik) => {
    expect(checkNik(nik, { today })).toMatchObject({ ok: false, reason: 'format' });
  });

  it('only warns about a regency or district that is not in the current list', () => {
    expect(checkNik('3499071705900001', { today })).toMatchObject({
      ok: true,
      regencyName: null,
      districtName: null,
      warnings: [{ code: 'unknown_regency', regionCode: '34.99' }],
    });
    expect(checkNik('3404991705900001', { today })).toMatchObject({
      ok: true,
      regencyName: 'Kabupaten Sleman',
      districtName: null,
      warnings: [{ code: 'unknown_district', regionCode: '34.04.99' }],
    });
  });

  it('chooses the century that makes the holder 0 to about 100 years old on `today`', () => {
    const born = (digits: string, on: string) => decodeNik(`${depok}${digits}0001`, on);
    expect(born('010126', today)).toMatchObject({ birthDate: '2026-01-01' });
    expect(born('011226', today)).toMatchObject({ birthDate: '1926-12-01' });
    expect(born('281126', today)).toMatchObject({ birthDate: '2026-11-28' });
    expect(born('150830', today)).toMatchObject({ birthDate: '1930-08-15' });
    expect(born('150805', today)).toMatchObject({ birthDate: '2005-08-15' });
    expect(born('150805', '2004-01-01')).toMatchObject({ birthDate: '1905-08-15' });
  });

  it('round-trips any birth date within 100 years and either sex', () => {
    const birth = fc
      .integer({ min: 0, max: 99 * 365 })
      .map((back) => new Date(Date.UTC(2026, 10, 28 - back)))
      .map((d) => formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }));
    fc.assert(
      fc.property(birth, fc.constantFrom('L' as const, 'P' as const), (birthDate, sex) => {
        const nik = `${depok}${nikDateDigits(birthDate, sex)}0042`;
        const result = decodeNik(nik, today);
        expect(result).toMatchObject({ ok: true, birthDate, sex });
        expect(nikMatches({ nik, birthDate, sex })).toEqual({ matches: true });
      }),
    );
  });
});

describe('nikMatches', () => {
  const nik = '3404074308950002'; // woman, 3 Aug 1995

  it('agrees with the matching form values', () => {
    expect(nikMatches({ nik, birthDate: '1995-08-03', sex: 'P' })).toEqual({ matches: true });
  });

  it('flags a wrong birth date, a wrong sex, or both', () => {
    expect(nikMatches({ nik, birthDate: '1995-08-04', sex: 'P' })).toEqual({
      matches: false,
      mismatched: ['birthDate'],
    });
    expect(nikMatches({ nik, birthDate: '1995-08-03', sex: 'L' })).toEqual({ matches: false, mismatched: ['sex'] });
    expect(nikMatches({ nik: '3404070308950002', birthDate: '1995-08-03', sex: 'P' })).toEqual({
      matches: false,
      mismatched: ['sex'],
    });
    expect(nikMatches({ nik, birthDate: '1996-09-03', sex: 'L' })).toEqual({
      matches: false,
      mismatched: ['birthDate', 'sex'],
    });
  });

  it('ignores the century, which the NIK does not hold', () => {
    expect(nikMatches({ nik, birthDate: '1895-08-03', sex: 'P' })).toEqual({ matches: true });
  });

  it('reports an invalid NIK', () => {
    expect(nikMatches({ nik: '123', birthDate: '1995-08-03', sex: 'P' })).toEqual({
      matches: false,
      mismatched: ['nik'],
    });
  });
});

describe('nikSchema', () => {
  it('accepts a valid NIK and marks a failure with code and reason', () => {
    expect(nikSchema.safeParse('3404071705900001').success).toBe(true);
    const result = nikSchema.safeParse('9904071705900001');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ params: { code: 'invalid_nik', reason: 'province' } });
  });
});

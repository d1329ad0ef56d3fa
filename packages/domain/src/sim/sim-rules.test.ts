import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../records/example-records.js';
import type { SimApplication } from './sim-application.js';
import { checkSimApplication } from './sim-rules.js';

const today = '2026-11-28';
const base = exampleRecords.sim_applications as SimApplication;
/** Created on 28 Nov 2026 at 09:15 WIB. */
const createdAt = '2026-11-28T02:15:00.000Z';

const codes = (record: Partial<SimApplication>, context: Parameters<typeof checkSimApplication>[1] = { today }) =>
  checkSimApplication(record, context).map((i) => `${i.severity}:${i.code}:${i.field}`);

/** A man born on `birthDate` in Depok, Sleman, with a NIK that agrees. */
function man(birthDate: string): Partial<SimApplication> {
  const [y, m, d] = birthDate.split('-');
  return { nik: `340407${d}${m}${y?.slice(2)}0001`, birthDate, sex: 'L' };
}

describe('checkSimApplication', () => {
  it('passes a valid SIM C renewal at a visit that offers renewals', () => {
    expect(codes(base, { today, visit: { servicesOffered: ['sim_renewal'] } })).toEqual([]);
  });

  it('refuses a 16-year-old applying for a new SIM C, and accepts them on their 17th birthday', () => {
    const newC = { ...base, applicationType: 'new' as const, feeRupiah: 100_000, documents: undefined };
    const sixteen = checkSimApplication({ ...newC, ...man('2009-11-29') }, { today });
    expect(sixteen).toContainEqual({
      code: 'under_minimum_age',
      field: 'birthDate',
      severity: 'error',
      messageKey: 'rule.under_minimum_age',
      params: { category: 'C', minimumAge: 17, age: 16 },
    });
    expect(codes({ ...newC, ...man('2009-11-28') })).not.toContain('error:under_minimum_age:birthDate');
  });

  it.each([
    ['A_UMUM', '2006-11-29', true],
    ['A_UMUM', '2006-11-28', false],
    ['BII_UMUM', '2003-11-28', false],
    ['CII', '2007-11-29', true],
  ] as const)('applies the minimum age of %s (born %s: too young = %s)', (category, birthDate, tooYoung) => {
    const record = { ...base, category, ...man(birthDate) };
    expect(codes(record).includes('error:under_minimum_age:birthDate')).toBe(tooYoung);
  });

  it('judges age on the application date, not today', () => {
    const record = { ...base, applicationType: 'new' as const, createdAt, ...man('2009-11-29') };
    expect(codes(record, { today: '2027-06-01' })).toContain('error:under_minimum_age:birthDate');
  });

  it('renews up to and including the expiry day; one day after expiry tells to apply new', () => {
    expect(codes({ ...base, previousLicenseExpiry: '2026-11-28' })).toEqual([]);
    const late = checkSimApplication({ ...base, previousLicenseExpiry: '2026-11-27' }, { today });
    expect(late).toEqual([
      {
        code: 'licence_expired_apply_new',
        field: 'previousLicenseExpiry',
        severity: 'error',
        messageKey: 'rule.licence_expired_apply_new',
        params: { expiry: '2026-11-27' },
      },
    ]);
  });

  describe('C → C I → C II', () => {
    const newCI = { ...base, applicationType: 'new' as const, category: 'CI' as const, feeRupiah: 100_000 };

    it('refuses a C II applicant without C I', () => {
      const record = { ...newCI, category: 'CII' as const };
      expect(
        checkSimApplication(record, { today, heldLicences: [{ category: 'C', issuedOn: '2015-01-01' }] }),
      ).toContainEqual(
        expect.objectContaining({
          code: 'lower_licence_required',
          field: 'category',
          params: { category: 'CII', requires: 'CI', months: 12 },
        }),
      );
    });

    it('accepts C I after C has been held 12 months, not 11', () => {
      const held = (issuedOn: string) => codes(newCI, { today, heldLicences: [{ category: 'C', issuedOn }] });
      expect(held('2025-11-28')).not.toContain('error:lower_licence_required:category');
      expect(held('2025-11-29')).toContain('error:lower_licence_required:category');
    });

    it('reads the held SIM from the record too', () => {
      const record = {
        ...newCI,
        category: 'CII' as const,
        heldLicenceCategory: 'CI' as const,
        heldLicenceIssuedOn: '2024-03-01',
      };
      expect(codes(record)).not.toContain('error:lower_licence_required:category');
    });

    it('does not ask a renewal of C I for the lower SIM', () => {
      expect(codes({ ...base, category: 'CI' })).toEqual([]);
    });
  });

  describe('what a SIM Keliling visit offers', () => {
    const renewalsOnly = { servicesOffered: ['sim_renewal', 'skck'] as const };

    it('takes renewals of A and C by default, not of B I', () => {
      expect(codes({ ...base, category: 'A', feeRupiah: 80_000 }, { today, visit: renewalsOnly })).toEqual([]);
      expect(codes({ ...base, category: 'BI', feeRupiah: 80_000 }, { today, visit: renewalsOnly })).toEqual([
        'error:category_not_offered:category',
      ]);
    });

    it('takes a new SIM only where the visit offers sim_new', () => {
      const documents = { ...base.documents, drivingSchoolCertificate: true };
      const newC = { ...base, applicationType: 'new' as const, feeRupiah: 100_000, documents };
      expect(codes(newC, { today, visit: renewalsOnly })).toEqual(['error:service_not_offered:applicationType']);
      expect(codes(newC, { today, visit: { servicesOffered: ['sim_new'] } })).toEqual([]);
    });

    it('follows a visit that widens the categories (an admin decision, not code)', () => {
      const visit = { servicesOffered: ['sim_renewal'] as const, simCategoriesOffered: ['A', 'C', 'CI'] as const };
      expect(codes({ ...base, category: 'CI' }, { today, visit })).toEqual([]);
    });

    it('does not apply at the office (no visit)', () => {
      expect(codes({ ...base, visitId: null, category: 'BI', feeRupiah: 80_000 })).toEqual([]);
    });
  });

  describe('fee', () => {
    it('must be the PP 76/2020 tariff on the application date', () => {
      expect(checkSimApplication({ ...base, feeRupiah: 80_000 }, { today })).toEqual([
        expect.objectContaining({
          code: 'fee_mismatch',
          field: 'feeRupiah',
          params: expect.objectContaining({ expected: 75_000 }),
        }),
      ]);
    });

    it('follows a newer table published by an administrator', () => {
      const feeTables = [
        {
          id: 'pp-99-2026',
          regulation: 'PP 99/2026 (contoh)',
          validFrom: '2026-11-01',
          validFromConfirmed: true,
          confirmed: true,
          rows: [{ categories: ['C'] as const, newRupiah: 110_000, renewalRupiah: 85_000, confirmed: true }],
        },
      ];
      expect(codes({ ...base, feeRupiah: 85_000, createdAt }, { today, feeTables })).toEqual([]);
      expect(codes({ ...base, createdAt }, { today, feeTables })).toEqual(['error:fee_mismatch:feeRupiah']);
    });

    it('is Rp0 with a waiver decision', () => {
      expect(codes({ ...base, feeRupiah: 0, feeWaiverRef: 'KEP/12/XI/2026' })).toEqual([]);
      expect(codes({ ...base, feeRupiah: 75_000, feeWaiverRef: 'KEP/12/XI/2026' })).toEqual([
        'error:fee_mismatch:feeRupiah',
      ]);
    });

    it('has no table before PP 76/2020 applied', () => {
      expect(codes({ ...base, createdAt: '2020-06-01T02:00:00.000Z', previousLicenseExpiry: '2021-01-01' })).toEqual([
        'error:no_fee_table:feeRupiah',
      ]);
    });
  });

  describe('NIK against the typed birth date and sex', () => {
    it('flags a woman whose NIK day is not +40, and a wrong birth date, as warnings', () => {
      // Sri Wahyuni's NIK says a woman born 3 Aug 1995.
      expect(codes({ ...base, sex: 'L' })).toEqual(['warning:nik_sex_mismatch:sex']);
      expect(codes({ ...base, birthDate: '1995-08-04' })).toEqual(['warning:nik_birth_date_mismatch:birthDate']);
    });

    it('accepts men and women whose NIK agrees', () => {
      expect(codes({ ...base, ...man('1990-05-17') })).toEqual([]);
      expect(codes({ ...base, nik: '3204124308950002', birthDate: '1995-08-03', sex: 'P' })).toEqual([]);
    });

    it('warns about a NIK registered in a district that no longer exists', () => {
      expect(codes({ ...base, nik: '3404994308950002' })).toEqual(['warning:nik_region_unknown:nik']);
    });

    it('refuses a birth date in the future', () => {
      expect(codes({ ...base, birthDate: '2026-12-01' })).toContain('error:birth_date_in_future:birthDate');
    });
  });

  it('warns (never blocks) about unticked SIM documents', () => {
    expect(codes({ ...base, documents: { ktp: true } })).toEqual(['warning:documents_missing:documents']);
  });
});

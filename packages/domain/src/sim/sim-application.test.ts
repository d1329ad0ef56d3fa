import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { type SimApplication, simApplicationPatchSchema, simApplicationSchema } from './sim-application.js';

const renewal: SimApplication = {
  applicationType: 'renewal',
  category: 'C',
  nik: '3404074308950002',
  fullName: 'Sri Wahyuni',
  birthPlace: 'Sleman',
  birthDate: '1995-08-03',
  sex: 'P',
  address: 'Jl. Kaliurang Km 5, RT 03/RW 12, Caturtunggal',
  villageCode: '34.04.07.2001',
  phone: '081234567890',
  previousLicenseNumber: '9508-0312-000123',
  previousLicenseExpiry: '2027-01-15',
  healthCertificateNumber: 'RIKKES/0123/XI/2026',
  psychTestNumber: 'EPPSI-2026-000456',
  photo: { sha256: 'a'.repeat(64), mime: 'image/jpeg', size: 48_213, name: 'foto.jpg' },
  visitId: '01JDX3V8Q2M4N5P6R7S8T9V0WX',
  feeRupiah: 75_000,
  receiptNumber: 'SIM-7K3D-000-1A1',
  status: 'submitted',
  unitId: 'unit-sleman-1',
  createdAt: '2026-11-28T02:15:00.000Z',
  createdBy: 'officer-sleman-1-a',
};

function issuesOf(value: unknown, schema: z.ZodType = simApplicationSchema) {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('simApplicationSchema', () => {
  it('accepts a complete renewal', () => {
    expect(simApplicationSchema.parse(renewal)).toEqual(renewal);
  });

  it('accepts a new application without the optional fields, and cleared (null) optional fields', () => {
    const {
      phone,
      previousLicenseNumber,
      previousLicenseExpiry,
      photo,
      visitId,
      receiptNumber,
      createdBy,
      ...required
    } = renewal;
    expect(issuesOf({ ...required, applicationType: 'new' })).toEqual([]);
    expect(issuesOf({ ...required, applicationType: 'new', phone: null, statusReason: null })).toEqual([]);
  });

  it('requires the previous SIM on a renewal', () => {
    expect(issuesOf({ ...renewal, previousLicenseExpiry: undefined })).toEqual(['previousLicenseExpiry']);
    expect(issuesOf({ ...renewal, previousLicenseNumber: null, previousLicenseExpiry: null })).toEqual([
      'previousLicenseNumber',
      'previousLicenseExpiry',
    ]);
  });

  it('accepts free text in any script, but not control characters', () => {
    expect(issuesOf({ ...renewal, fullName: "I Gusti Ngurah Rai'i Bagus-Pratama" })).toEqual([]);
    expect(issuesOf({ ...renewal, fullName: 'ꦱꦿꦶ ꦮꦲꦾꦸꦤꦶ' })).toEqual([]);
    expect(issuesOf({ ...renewal, address: 'Dusun Karangasem\nRT 03/RW 12' })).toEqual([]);
    expect(issuesOf({ ...renewal, fullName: 'Sri\u0000Wahyuni' })).toEqual(['fullName']);
    expect(issuesOf({ ...renewal, fullName: 'Sri\nWahyuni' })).toEqual(['fullName']);
    expect(issuesOf({ ...renewal, fullName: '   ' })).toEqual(['fullName']);
    expect(issuesOf({ ...renewal, address: 'x'.repeat(2001) })).toEqual(['address']);
  });

  it.each([
    ['nik', '9904071705900001'],
    ['nik', '3404073002900001'],
    ['birthDate', '1995-02-30'],
    ['birthDate', '03-08-1995'],
    ['sex', 'W'],
    ['category', 'B1'],
    ['applicationType', 'perpanjangan'],
    ['villageCode', '3404072001'],
    ['villageCode', '34.04.99.2001'],
    ['phone', '0274-512345'],
    ['previousLicenseNumber', 'ABC'],
    ['previousLicenseExpiry', '2027-13-01'],
    ['feeRupiah', 75_000.5],
    ['feeRupiah', -1],
    ['receiptNumber', 'SIM-7K3D-000-1A2'],
    ['status', 'done'],
    ['unitId', 'unit sleman'],
    ['createdAt', '2026-11-28 02:15'],
    ['createdAt', '2026-02-30T02:15:00Z'],
    ['photo', { sha256: 'abc', mime: 'image/jpeg', size: 1, name: 'x.jpg' }],
    ['photo', { sha256: 'a'.repeat(64), mime: 'application/pdf', size: 1, name: 'x.pdf' }],
  ])('rejects %s = %j', (field, value) => {
    expect(issuesOf({ ...renewal, [field]: value })[0]?.split('.')[0]).toBe(field);
  });

  it('refuses unknown fields', () => {
    const result = simApplicationSchema.safeParse({ ...renewal, nama: 'Sri' });
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['nama'] });
  });

  it('infers the record type from the same definition', () => {
    expectTypeOf<SimApplication['category']>().toEqualTypeOf<
      'A' | 'A_UMUM' | 'BI' | 'BI_UMUM' | 'BII' | 'BII_UMUM' | 'C' | 'CI' | 'CII' | 'D' | 'DI'
    >();
    expectTypeOf<SimApplication['phone']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<SimApplication['nik']>().toEqualTypeOf<string>();
  });
});

describe('simApplicationPatchSchema', () => {
  it('accepts any subset of fields', () => {
    expect(simApplicationPatchSchema.parse({})).toEqual({});
    expect(simApplicationPatchSchema.parse({ status: 'verified' })).toEqual({ status: 'verified' });
    expect(simApplicationPatchSchema.safeParse(renewal).success).toBe(true);
  });

  it('clears optional fields with null but never required ones', () => {
    expect(simApplicationPatchSchema.safeParse({ phone: null, photo: null, statusReason: null }).success).toBe(true);
    expect(issuesOf({ fullName: null }, simApplicationPatchSchema)).toEqual(['fullName']);
    expect(issuesOf({ nik: null }, simApplicationPatchSchema)).toEqual(['nik']);
  });

  it('validates each field it carries', () => {
    expect(issuesOf({ nik: '3404071705900000' }, simApplicationPatchSchema)).toEqual(['nik']);
    expect(issuesOf({ phone: '12' }, simApplicationPatchSchema)).toEqual(['phone']);
  });
});

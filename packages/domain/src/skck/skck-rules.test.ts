import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../records/example-records.js';
import type { SkckApplication } from './skck-application.js';
import { type SkckPurposeTable, skckIssuingLevel, skckPurposes, skckPurposeTable } from './skck-purposes.js';
import { checkSkckApplication } from './skck-rules.js';

const today = '2026-11-28';
const base = exampleRecords.skck_applications as SkckApplication;
const codes = (record: Partial<SkckApplication>, context: Parameters<typeof checkSkckApplication>[1] = { today }) =>
  checkSkckApplication(record, context).map((i) => `${i.severity}:${i.code}:${i.field}`);

describe('skckIssuingLevel', () => {
  it.each([
    ['pekerjaan_swasta', 'polsek'],
    ['pindah_domisili', 'polsek'],
    ['pendaftaran_pns_tni_polri', 'polres'],
    ['izin_senjata_api', 'polres'],
    ['paspor_visa', 'polda'],
    ['bekerja_luar_negeri', 'polda'],
    ['naturalisasi', 'mabes'],
    ['studi_luar_negeri', 'mabes'],
  ] as const)('%s is issued by %s', (purpose, level) => {
    expect(skckIssuingLevel(purpose)).toBe(level);
  });

  it('covers every purpose, all marked unconfirmed (Perpol 6/2023 not read)', () => {
    expect(Object.keys(skckPurposeTable).sort()).toEqual([...skckPurposes].sort());
    expect(Object.values(skckPurposeTable).every((r) => r.confirmed === false)).toBe(true);
  });

  it('reads a table a deployment provides instead', () => {
    const table: SkckPurposeTable = {
      ...skckPurposeTable,
      paspor_visa: { level: 'polres', abroad: true, confirmed: true },
    };
    expect(skckIssuingLevel('paspor_visa', table)).toBe('polres');
  });
});

describe('checkSkckApplication', () => {
  it('passes the example (a verified WNI application with all documents)', () => {
    expect(codes(base)).toEqual([]);
  });

  it('charges Rp30,000 to WNI and Rp60,000 to WNA', () => {
    expect(codes({ ...base, nationality: 'WNA' })).toEqual(['error:fee_mismatch:feeRupiah']);
    expect(codes({ ...base, nationality: 'WNA', feeRupiah: 60_000 })).toEqual([]);
  });

  it('needs the documents ticked once verified, and only warns before', () => {
    const { documents, ...bare } = base;
    expect(codes(bare)).toEqual(['error:documents_missing:documents']);
    expect(codes({ ...bare, status: 'submitted' })).toEqual(['warning:documents_missing:documents']);
  });

  it('asks a passport for purposes abroad, and warns that a higher level issues them', () => {
    expect(codes({ ...base, purpose: 'bekerja_luar_negeri' })).toEqual([
      'warning:skck_higher_level:purpose',
      'error:documents_missing:documents',
    ]);
  });

  it('renews only an SKCK that has not expired', () => {
    const renewal = {
      ...base,
      applicationType: 'renewal' as const,
      previousSkckNumber: 'SKCK/YANMAS/1234/VI/2026/POLRESTA SLEMAN',
      previousSkckExpiry: '2026-11-27',
      documents: { ktp: true, previousSkck: true, photos4x6: true },
    };
    expect(codes({ ...renewal, previousSkckExpiry: '2026-11-28' })).toEqual([]);
    expect(codes(renewal)).toEqual(['error:skck_expired_apply_new:previousSkckExpiry']);
  });

  it('refuses SKCK at a visit that does not offer it', () => {
    expect(codes({ ...base, visitId: 'v1' }, { today, visit: { servicesOffered: ['sim_renewal'] } })).toEqual([
      'error:service_not_offered:applicationType',
    ]);
  });
});

import type { IssuingLevel } from '../records/issuing-levels.js';

/**
 * SKCK purposes (keperluan) and the lowest level that issues an SKCK for each, per Perkap 18/2014 as reported
 * (domain-facts.md §3). Whether Perpol 6/2023 keeps this table is UNCONFIRMED: it is data, passed to
 * `skckIssuingLevel`, so a deployment can give its own table.
 */
export const skckPurposes = [
  'pekerjaan_swasta',
  'calon_kepala_desa',
  'pindah_domisili',
  'melanjutkan_sekolah',
  'pekerjaan_pemerintah',
  'pendaftaran_pns_tni_polri',
  'calon_pejabat_publik',
  'izin_senjata_api',
  'paspor_visa',
  'bekerja_luar_negeri',
  'notaris',
  'pejabat_negara_pusat',
  'studi_luar_negeri',
  'izin_tinggal_tetap',
  'naturalisasi',
  'other',
] as const;
export type SkckPurpose = (typeof skckPurposes)[number];

export type SkckPurposeRow = {
  level: IssuingLevel;
  /** The purpose takes the applicant abroad (a passport copy is needed). */
  abroad: boolean;
  confirmed: boolean;
};

export type SkckPurposeTable = Readonly<Record<SkckPurpose, SkckPurposeRow>>;

const row = (level: IssuingLevel, abroad = false): SkckPurposeRow => ({ level, abroad, confirmed: false });

export const skckPurposeTable: SkckPurposeTable = {
  pekerjaan_swasta: row('polsek'),
  calon_kepala_desa: row('polsek'),
  pindah_domisili: row('polsek'),
  melanjutkan_sekolah: row('polsek'),
  pekerjaan_pemerintah: row('polres'),
  pendaftaran_pns_tni_polri: row('polres'),
  calon_pejabat_publik: row('polres'),
  izin_senjata_api: row('polres'),
  paspor_visa: row('polda', true),
  bekerja_luar_negeri: row('polda', true),
  notaris: row('polda'),
  pejabat_negara_pusat: row('mabes'),
  studi_luar_negeri: row('mabes', true),
  izin_tinggal_tetap: row('mabes'),
  naturalisasi: row('mabes'),
  // "Other national or international needs" go to Mabes; a local "other" is judged by the officer.
  other: row('polres'),
};

/** The level that issues an SKCK for `purpose` under `table`. */
export function skckIssuingLevel(purpose: SkckPurpose, table: SkckPurposeTable = skckPurposeTable): IssuingLevel {
  return table[purpose].level;
}

import type { RuleCode } from '../rules/rule-codes.js';
import type { Label } from './lang.js';

/** What a person reads for each rule finding, without details. */
export const ruleLabels: Readonly<Record<RuleCode, Label>> = {
  under_minimum_age: {
    id: 'Pemohon belum cukup umur untuk golongan SIM ini.',
    en: 'The applicant is below the minimum age for this SIM category.',
  },
  birth_date_in_future: {
    id: 'Tanggal lahir tidak boleh di masa depan.',
    en: 'The birth date cannot be in the future.',
  },
  licence_expired_apply_new: {
    id: 'SIM lama sudah habis masa berlakunya dan tidak dapat diperpanjang. Ajukan permohonan SIM baru.',
    en: 'The old SIM has expired and cannot be renewed. Apply for a new SIM.',
  },
  lower_licence_required: {
    id: 'Golongan SIM ini mensyaratkan SIM golongan di bawahnya yang telah dimiliki minimal 12 bulan.',
    en: 'This SIM category requires the category below it, held for at least 12 months.',
  },
  service_not_offered: {
    id: 'Layanan ini tidak tersedia pada kunjungan ini.',
    en: 'This service is not offered at this visit.',
  },
  category_not_offered: {
    id: 'Golongan SIM ini tidak dilayani pada kunjungan ini.',
    en: 'This SIM category is not served at this visit.',
  },
  nik_birth_date_mismatch: {
    id: 'Tanggal lahir tidak sesuai dengan NIK. Periksa kembali.',
    en: 'The birth date does not match the NIK. Please check.',
  },
  nik_sex_mismatch: {
    id: 'Jenis kelamin tidak sesuai dengan NIK. Periksa kembali.',
    en: 'The sex does not match the NIK. Please check.',
  },
  nik_region_unknown: {
    id: 'Kode wilayah pada NIK tidak ada dalam daftar wilayah terbaru (mungkin wilayah sudah dimekarkan).',
    en: "The NIK's region code is not in the current region list (the region may have been split).",
  },
  fee_mismatch: {
    id: 'Biaya PNBP tidak sesuai dengan tarif yang berlaku.',
    en: 'The PNBP fee does not match the tariff in force.',
  },
  no_fee_table: {
    id: 'Tidak ada tabel tarif yang berlaku untuk tanggal ini.',
    en: 'No fee table is in force on this date.',
  },
  documents_missing: { id: 'Dokumen persyaratan belum lengkap.', en: 'Required documents are missing.' },
  skck_expired_apply_new: {
    id: 'SKCK lama sudah habis masa berlakunya. Ajukan permohonan SKCK baru.',
    en: 'The old SKCK has expired. Apply for a new SKCK.',
  },
  skck_higher_level: {
    id: 'SKCK untuk keperluan ini diterbitkan oleh tingkat yang lebih tinggi; berkas diteruskan.',
    en: 'An SKCK for this purpose is issued at a higher level; the file is forwarded.',
  },
  permit_lead_time_short: {
    id: 'Permohonan izin diajukan kurang dari batas waktu minimal sebelum acara.',
    en: 'The permit request is filed later than the minimum time before the event.',
  },
  lost_on_in_future: {
    id: 'Tanggal kehilangan tidak boleh setelah tanggal laporan.',
    en: 'The date of loss cannot be after the report.',
  },
};

/** Detailed texts with `{param}` placeholders, filled from a finding's `params` by `ruleMessage`. */
export const ruleDetailLabels: Readonly<Partial<Record<RuleCode, Label>>> = {
  under_minimum_age: {
    id: 'Usia minimal untuk SIM {category} adalah {minimumAge} tahun; usia pemohon {age} tahun pada tanggal permohonan.',
    en: 'The minimum age for SIM {category} is {minimumAge}; the applicant is {age} on the application date.',
  },
  licence_expired_apply_new: {
    id: 'SIM lama berlaku sampai {expiry} dan tidak dapat diperpanjang. Ajukan permohonan SIM baru.',
    en: 'The old SIM was valid until {expiry} and cannot be renewed. Apply for a new SIM.',
  },
  lower_licence_required: {
    id: 'SIM {category} mensyaratkan SIM {requires} yang telah dimiliki minimal {months} bulan.',
    en: 'SIM {category} requires SIM {requires} held for at least {months} months.',
  },
  fee_mismatch: {
    id: 'Biaya seharusnya Rp{expected} menurut {regulation}.',
    en: 'The fee should be Rp{expected} under {regulation}.',
  },
  documents_missing: { id: 'Dokumen belum lengkap: {missing}.', en: 'Missing documents: {missing}.' },
  skck_expired_apply_new: {
    id: 'SKCK lama berlaku sampai {expiry}. Ajukan permohonan SKCK baru.',
    en: 'The old SKCK was valid until {expiry}. Apply for a new SKCK.',
  },
  permit_lead_time_short: {
    id: 'Permohonan harus diajukan minimal {workingDays} hari kerja sebelum acara (tersisa {available}).',
    en: 'The request must be filed at least {workingDays} working days before the event ({available} left).',
  },
};

import type { ErrorCode, protocolErrorCodes, valueErrorCodes } from '../errors.js';
import type { Label } from './lang.js';
import { ruleLabels } from './rule-labels.js';

const protocolErrorLabels: Readonly<Record<(typeof protocolErrorCodes)[number], Label>> = {
  invalid_nik: {
    id: 'NIK tidak valid. Periksa 16 digit NIK pada KTP.',
    en: 'The NIK is not valid. Check the 16 digits on the ID card.',
  },
  invalid_field: { id: 'Isian tidak valid.', en: 'A field is not valid.' },
  forbidden_transition: {
    id: 'Perubahan status ini tidak diizinkan.',
    en: 'This status change is not allowed.',
  },
  out_of_scope: {
    id: 'Anda tidak berwenang mengubah data ini.',
    en: 'You may not change this data.',
  },
  unknown_entity: { id: 'Jenis data tidak dikenal.', en: 'Unknown kind of record.' },
  id_reused: {
    id: 'ID ini sudah dipakai untuk data lain.',
    en: 'This id is already used by another record.',
  },
  clock_skew: {
    id: 'Jam perangkat tidak sesuai. Atur tanggal dan jam perangkat.',
    en: "The device clock is wrong. Set the device's date and time.",
  },
  unauthorized: { id: 'Silakan masuk kembali.', en: 'Please sign in again.' },
  device_revoked: {
    id: 'Perangkat ini sudah dicabut. Hubungi admin.',
    en: 'This device has been revoked. Contact the administrator.',
  },
  forbidden: { id: 'Akses ditolak.', en: 'Access denied.' },
  not_found: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  resync_required: {
    id: 'Perlu sinkronisasi ulang penuh.',
    en: 'A full resynchronisation is needed.',
  },
  enrollment_code_invalid: {
    id: 'Kode pendaftaran perangkat tidak valid atau kedaluwarsa.',
    en: 'The enrollment code is invalid or has expired.',
  },
  batch_too_large: {
    id: 'Kiriman data terlalu besar. Akan dikirim bertahap.',
    en: 'Too much data in one batch. It will be sent in parts.',
  },
  rate_limited: {
    id: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.',
    en: 'Too many requests. Try again shortly.',
  },
  invalid_json: { id: 'Data yang dikirim rusak.', en: 'The data sent was malformed.' },
  invalid_request: { id: 'Permintaan tidak valid.', en: 'The request is not valid.' },
};

const valueErrorLabels: Readonly<Record<(typeof valueErrorCodes)[number], Label>> = {
  invalid_receipt_number: {
    id: 'Nomor tanda terima tidak valid. Periksa kembali setiap karakternya.',
    en: 'The receipt number is not valid. Check each character.',
  },
  invalid_letter_number: { id: 'Nomor surat tidak valid.', en: 'The letter number is not valid.' },
  invalid_village_data: { id: 'Data desa/kelurahan rusak.', en: 'The village list is damaged.' },
};

/** What a person reads for each error code: the contract's, the parsers' and the rules'. */
export const errorLabels: Readonly<Record<ErrorCode, Label>> = {
  ...protocolErrorLabels,
  ...valueErrorLabels,
  ...ruleLabels,
};

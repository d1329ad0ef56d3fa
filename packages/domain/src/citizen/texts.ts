import type { Label, Lang } from '../labels/lang.js';

/**
 * The words around a resident's case, shared by the server's plain pages, the portal and /status: headings of the
 * status card, what a failed lookup or call says, and the portal's refusals (by the contract's error codes).
 */
export const citizenTexts = {
  statusHeading: { id: 'Status layanan', en: 'Service status' },
  receiptNumber: { id: 'Nomor tanda terima', en: 'Receipt number' },
  service: { id: 'Layanan', en: 'Service' },
  status: { id: 'Status', en: 'Status' },
  updated: { id: 'Diperbarui', en: 'Updated' },
  meaning: { id: 'Artinya', en: 'What it means' },
  nextSteps: { id: 'Langkah berikutnya', en: 'What to do next' },
  reason: { id: 'Alasan dari petugas', en: 'Reason given by the officer' },
  notFound: {
    id: 'Data tidak ditemukan. Periksa nomor tanda terima dan 4 digit terakhir NIK atau kode akses.',
    en: 'Nothing was found. Check the receipt number and the last 4 digits of the NIK, or the access code.',
  },
  tryAgain: { id: 'Coba lagi', en: 'Try again' },
  backToPortal: { id: 'Kembali ke Layanan Polri', en: 'Back to Polri services' },
  offline: {
    id: 'Tidak ada sambungan internet. Periksa jaringan lalu coba lagi.',
    en: 'No internet connection. Check the network and try again.',
  },
  failed: { id: 'Terjadi kesalahan. Coba lagi.', en: 'Something went wrong. Try again.' },
  fixFields: {
    id: 'Ada isian yang perlu diperbaiki. Lihat pesan di samping isian tersebut.',
    en: 'Some fields need correcting. See the message beside each of them.',
  },
} as const satisfies Record<string, Label>;

export type CitizenTextKey = keyof typeof citizenTexts;

export function citizenText(key: CitizenTextKey, lang: Lang): string {
  return citizenTexts[key][lang];
}

/** What the portal's refusals say to the resident, by the contract's error codes. */
export const portalErrorTexts = {
  invalid_request: { id: 'Isian tidak lengkap atau tidak sah.', en: 'The request is incomplete or not valid.' },
  invalid_phone: {
    id: 'Nomor HP harus nomor seluler Indonesia (08… atau +628…).',
    en: 'The phone must be an Indonesian mobile number (08… or +628…).',
  },
  pow_invalid: {
    id: 'Verifikasi perangkat gagal atau sudah kedaluwarsa. Muat ulang halaman lalu coba lagi.',
    en: 'The device check failed or expired. Reload the page and try again.',
  },
  otp_invalid: { id: 'Kode verifikasi salah.', en: 'The one-time code is wrong.' },
  otp_expired: {
    id: 'Kode verifikasi sudah kedaluwarsa atau terlalu sering salah. Minta kode baru.',
    en: 'The one-time code expired or had too many wrong attempts. Ask for a new one.',
  },
  otp_used: { id: 'Kode verifikasi sudah dipakai. Minta kode baru.', en: 'The one-time code was already used.' },
  rate_limited: {
    id: 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.',
    en: 'Too many requests. Wait a moment and try again.',
  },
  invalid_field: {
    id: 'Ada isian yang perlu diperbaiki. Lihat pesan di samping isian tersebut.',
    en: 'Some fields need correcting. See the message beside each of them.',
  },
  unknown_entity: { id: 'Layanan tidak dikenal.', en: 'Unknown service.' },
  upload_unknown: {
    id: 'Dokumen yang dilampirkan tidak ditemukan. Unggah ulang dokumennya.',
    en: 'An attached document was not uploaded for this submission.',
  },
  upload_metadata_invalid: {
    id: 'Unggahan harus menyebutkan sha256, mime, name dan pending.',
    en: 'An upload must carry sha256, mime, name and pending in Upload-Metadata.',
  },
  upload_type_not_allowed: {
    id: 'Jenis berkas ini tidak diterima. Gunakan JPG, PNG, WEBP atau PDF.',
    en: 'This file type is not accepted (JPG, PNG, WEBP or PDF).',
  },
  upload_too_large: { id: 'Berkas terlalu besar (paling besar 5 MB).', en: 'The file is too large (5 MB at most).' },
  upload_too_many: { id: 'Terlalu banyak berkas untuk satu pengajuan.', en: 'Too many files for one submission.' },
  upload_hash_mismatch: {
    id: 'Isi berkas tidak cocok dengan sidik digitalnya; unggah ulang berkasnya.',
    en: 'The file does not match its announced sha256; upload it again.',
  },
  not_found: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  not_delivered: {
    id: 'Survei dapat diisi setelah layanan selesai.',
    en: 'The survey opens once the service has been delivered.',
  },
  survey_exists: {
    id: 'Survei untuk tanda terima ini sudah diisi. Terima kasih.',
    en: 'A survey was already given for this receipt.',
  },
  forbidden: { id: 'Anda tidak berwenang.', en: 'Not allowed.' },
} as const satisfies Record<string, Label>;

export type PortalErrorCode = keyof typeof portalErrorTexts;

export function isPortalErrorCode(code: unknown): code is PortalErrorCode {
  return typeof code === 'string' && Object.hasOwn(portalErrorTexts, code);
}

export function portalErrorText(code: PortalErrorCode, lang: Lang): string {
  return portalErrorTexts[code][lang];
}

import {
  fieldLabel as domainFieldLabel,
  type ErrorCode,
  errorMessage,
  isEntityName,
  isErrorCode,
} from '@keliling/domain';
import type { Lang } from './lang.js';

/** People-facing texts the server adds to the domain's error catalogue. Officers read Indonesian; `en` for tools. */
const catalogue = {
  invalid_cursor: { id: 'Kursor tidak sah.', en: 'The cursor is not valid.' },
  invalid_credentials: { id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' },
  payload_too_large: { id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  unsupported_encoding: { id: 'Pengodean isi permintaan tidak didukung.', en: 'Unsupported content encoding.' },
  internal_error: { id: 'Terjadi kesalahan pada server.', en: 'Internal server error.' },
  unit_required: {
    id: 'Data baru harus menyebutkan unitnya (unitId), dan unit tidak dapat diubah.',
    en: 'A new record must name its unit (unitId), and the unit never changes.',
  },
  unknown_unit: { id: 'Unit tidak dikenal.', en: 'Unknown unit.' },
  username_taken: { id: 'Nama pengguna sudah dipakai.', en: 'The username is already taken.' },
  unit_exists: { id: 'Unit dengan kode ini sudah ada.', en: 'A unit with this id already exists.' },
  officer_exists: { id: 'Petugas dengan kode ini sudah ada.', en: 'An officer with this id already exists.' },
  not_retired: {
    id: 'Perangkat ini tidak sedang dipensiunkan.',
    en: 'This device is not being retired.',
  },
  upload_metadata_invalid: {
    id: 'Unggahan harus menyebutkan sha256 (64 heksadesimal huruf kecil), mime, dan name.',
    en: 'An upload must carry sha256 (64 lowercase hex digits), mime and name in Upload-Metadata.',
  },
  upload_type_not_allowed: {
    id: 'Jenis berkas ini tidak diterima.',
    en: 'This file type is not accepted.',
  },
  upload_too_large: { id: 'Berkas terlalu besar.', en: 'The file is too large.' },
  upload_hash_mismatch: {
    id: 'Isi berkas tidak cocok dengan sha256 yang disebutkan; unggahan dibuang. Unggah ulang berkasnya.',
    en: 'The file does not match the sha256 it was announced with; the upload was discarded. Upload it again.',
  },
  locked_record: {
    id: 'Data ini sudah diproses dan tidak dapat diubah oleh petugas.',
    en: 'This record has been processed and officers may no longer change it.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** A contract error code (texts from @keliling/domain, the one catalogue the app shares) or a server-only key. */
export type MessageKey = ErrorCode | keyof typeof catalogue;

export function message(key: MessageKey, lang: Lang): string {
  return isErrorCode(key) ? errorMessage(key, lang) : catalogue[key][lang];
}

/** A field's label for people (the domain's catalogue where it has one), else the field name. */
export function fieldLabel(entity: string, field: string, lang: Lang): string {
  return isEntityName(entity) ? domainFieldLabel(entity, field, lang) : field;
}

const zodIssueTexts: Record<string, string> = {
  invalid_type: 'Jenis nilai tidak sesuai.',
  too_big: 'Nilai terlalu besar atau terlalu panjang.',
  too_small: 'Nilai terlalu kecil, terlalu pendek, atau kosong.',
  invalid_format: 'Format nilai tidak sah.',
  invalid_value: 'Nilai tidak dikenal.',
  unrecognized_keys: 'Ada isian yang tidak dikenal.',
  custom: 'Nilai tidak sah.',
};

/** A validation detail's message: zod's own (English) text, or an Indonesian text by issue code. */
export function issueMessage(code: string, zodMessage: string, lang: Lang): string {
  return lang === 'en' ? zodMessage : (zodIssueTexts[code] ?? 'Nilai tidak sah.');
}

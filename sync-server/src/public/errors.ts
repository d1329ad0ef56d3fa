import type { ApiErrorDetail } from '@keliling/sync';
import type { ErrorRequestHandler } from 'express';
import { errorBody, HttpError, langOf } from '../http/errors.js';
import type { Lang } from '../http/lang.js';

/** What the portal's own refusals say, in the contract's error shape (Indonesian first; `en` for tools). */
const texts = {
  invalid_request: { id: 'Isian tidak lengkap atau tidak sah.', en: 'The request is incomplete or not valid.' },
  invalid_phone: {
    id: 'Nomor HP harus nomor seluler Indonesia (08… atau +628…).',
    en: 'The phone must be an Indonesian mobile number (08… or +628…).',
  },
  pow_invalid: {
    id: 'Verifikasi perangkat gagal atau sudah kedaluwarsa. Muat ulang halaman lalu coba lagi.',
    en: 'The proof of work is wrong, used or expired. Fetch a new challenge.',
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
  invalid_field: { id: 'Ada isian yang tidak sah.', en: 'A field is not valid.' },
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
} as const satisfies Record<string, Record<Lang, string>>;

export type PortalErrorCode = keyof typeof texts;

export function portalText(code: PortalErrorCode, lang: Lang): string {
  return texts[code][lang];
}

/** A refusal from the portal's endpoints; the router's handler writes it as the contract's JSON error. */
export class PortalError extends Error {
  readonly status: number;
  readonly code: PortalErrorCode;
  readonly details: ApiErrorDetail[] | undefined;
  readonly headers: Record<string, string>;
  constructor(
    status: number,
    code: PortalErrorCode,
    options: { details?: ApiErrorDetail[]; headers?: Record<string, string> } = {},
  ) {
    super(code);
    this.status = status;
    this.code = code;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

/** Turns PortalErrors (and the shared HttpError's rate limit) into JSON; anything else goes on to the app's handler. */
export const portalErrorHandler: ErrorRequestHandler = (error, req, res, next) => {
  if (error instanceof PortalError) {
    for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
    res.status(error.status).json(errorBody(error.code, portalText(error.code, langOf(req)), error.details));
    return;
  }
  if (error instanceof HttpError && error.code === 'rate_limited') {
    for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
    res.status(429).json(errorBody('rate_limited', portalText('rate_limited', langOf(req))));
    return;
  }
  next(error);
};

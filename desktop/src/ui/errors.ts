import { errorMessage, isErrorCode } from '@keliling/domain';
import { isSyncHttpError } from '@keliling/sync';

/**
 * Messages for officers, by error code (matched by code, never by message text): the domain's catalogue for the
 * contract's codes, and these for what only this app meets (the network, a device rather than a person signing in).
 */
const appMessages: Record<string, string> = {
  network_error: 'Server tidak dapat dihubungi. Periksa alamat server dan jaringan, lalu coba lagi.',
  enrollment_code_invalid: 'Kode pendaftaran tidak dikenal, sudah dipakai, atau kedaluwarsa. Minta kode baru kepada koordinator.',
  invalid_server_url: 'Alamat server harus diawali http:// atau https://, misalnya https://keliling.polres.go.id.',
  unauthorized: 'Perangkat ini tidak dikenali server. Hubungi admin untuk mendaftarkan ulang.',
  device_revoked: 'Perangkat ini telah dicabut oleh Polres. Hubungi admin sebelum menggunakan perangkat ini lagi.',
  invalid_response: 'Jawaban server tidak dapat dibaca. Mungkin versi server berbeda.',
  local_error: 'Penyimpanan lokal bermasalah. Muat ulang aplikasi.',
};

export function messageForCode(code: string, fallback?: string): string {
  return appMessages[code] ?? (isErrorCode(code) ? errorMessage(code, 'id') : undefined) ?? fallback ?? `Terjadi kesalahan (${code}).`;
}

export function errorCode(error: unknown): string {
  if (isSyncHttpError(error)) return error.code;
  if (error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return 'unknown_error';
}

export function messageForError(error: unknown): string {
  const code = errorCode(error);
  return messageForCode(code, isSyncHttpError(error) && error.status >= 400 ? error.message : undefined);
}

import { errorMessage, isErrorCode } from '@keliling/domain';
import { isSyncHttpError } from '@keliling/sync';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { msg } from '../i18n/i18n';

/**
 * Messages for officers, by error code (matched by code, never by message text): the domain's catalogue for the
 * contract's codes, and these for what only this app meets (the network, a device rather than a person signing in).
 */
const appMessages: Record<string, string> = {
  network_error: msg('Server tidak dapat dihubungi. Periksa alamat server dan jaringan, lalu coba lagi.'),
  enrollment_code_invalid: msg(
    'Kode pendaftaran tidak dikenal, sudah dipakai, atau kedaluwarsa. Minta kode baru kepada koordinator.',
  ),
  invalid_server_url: msg('Alamat server harus diawali http:// atau https://, misalnya https://keliling.polres.go.id.'),
  unauthorized: msg('Perangkat ini tidak dikenali server. Hubungi admin untuk mendaftarkan ulang.'),
  device_revoked: msg('Perangkat ini telah dicabut oleh Polres. Hubungi admin sebelum menggunakan perangkat ini lagi.'),
  invalid_response: msg('Jawaban server tidak dapat dibaca. Mungkin versi server berbeda.'),
  local_error: msg('Penyimpanan lokal bermasalah. Muat ulang aplikasi.'),
};

export function messageForCode(code: string, fallback?: string): string {
  return (
    appMessages[code] ??
    (isErrorCode(code) ? errorMessage(code, 'id') : undefined) ??
    fallback ??
    `Terjadi kesalahan (${code}).`
  );
}

export function errorCode(error: unknown): string {
  if (isSyncHttpError(error)) return error.code;
  if (error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string')
    return error.code;
  return 'unknown_error';
}

/** The server's own words for a refusal this app has no message for (kept as a last resort). */
function serverMessage(error: unknown): string | undefined {
  return isSyncHttpError(error) && error.status >= 400 ? error.message : undefined;
}

export function messageForError(error: unknown): string {
  return messageForCode(errorCode(error), serverMessage(error));
}

/** The same messages in the language the user chose (the app's through `t`, the domain's from its catalogue). */
export function useErrorMessages() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return useMemo(() => {
    const forCode = (code: string, fallback?: string): string => {
      const own = appMessages[code];
      if (own) return t(own);
      if (isErrorCode(code)) return errorMessage(code, lang);
      return fallback ?? t('Terjadi kesalahan ({{code}}).', { code });
    };
    return { forCode, forError: (error: unknown) => forCode(errorCode(error), serverMessage(error)) };
  }, [t, lang]);
}

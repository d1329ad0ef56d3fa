import type { TFunction } from 'i18next';
import { msg } from '../i18n/i18n';
import type { SignInErrorCode } from './signIn';

/** What the sign-in screen says for each refusal (Indonesian keys; shown through `t`). */
export const signInMessages: Record<SignInErrorCode, string> = {
  wrong_pin: msg('PIN salah.'),
  rate_limited: msg('Terlalu banyak percobaan PIN yang salah.'),
  unknown_officer: msg('Petugas ini tidak terdaftar di unit ini atau sudah tidak aktif.'),
  key_unavailable: msg(
    'Petugas ini belum pernah masuk di perangkat ini (atau PIN-nya baru diganti). Sambungkan perangkat ke jaringan sekali agar kunci data dapat diambil dari server.',
  ),
  re_enroll_required: msg('Kunci data perangkat ini tidak dapat dipulihkan. Daftarkan ulang perangkat ini.'),
  device_revoked: msg('Perangkat ini telah dicabut oleh Polres.'),
};

export function waitText(retryAt: number, now: number, t: TFunction): string {
  const seconds = Math.max(1, Math.ceil((retryAt - now) / 1000));
  return seconds >= 90
    ? t('Coba lagi dalam {{count}} menit.', { count: Math.ceil(seconds / 60) })
    : t('Coba lagi dalam {{count}} detik.', { count: seconds });
}

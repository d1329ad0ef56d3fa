import type { SignInErrorCode } from './signIn';

/** What the sign-in screen says for each refusal, in Bahasa Indonesia. */
export const signInMessages: Record<SignInErrorCode, string> = {
  wrong_pin: 'PIN salah.',
  rate_limited: 'Terlalu banyak percobaan PIN yang salah.',
  unknown_officer: 'Petugas ini tidak terdaftar di unit ini atau sudah tidak aktif.',
  key_unavailable:
    'Petugas ini belum pernah masuk di perangkat ini (atau PIN-nya baru diganti). Sambungkan perangkat ke jaringan sekali agar kunci data dapat diambil dari server.',
  re_enroll_required: 'Kunci data perangkat ini tidak dapat dipulihkan. Daftarkan ulang perangkat ini.',
  device_revoked: 'Perangkat ini telah dicabut oleh Polres.',
};

export function waitText(retryAt: number, now: number): string {
  const seconds = Math.max(1, Math.ceil((retryAt - now) / 1000));
  return seconds >= 90 ? `Coba lagi dalam ${Math.ceil(seconds / 60)} menit.` : `Coba lagi dalam ${seconds} detik.`;
}

/** English for the actor names on HQ's audit, conflict and rejection screens (spread into i18n/en.ts). */
export const enActors: Record<string, string> = {
  'Server (otomatis)': 'Server (automatic)',
  'Baris perintah server': 'Server command line',
  'Tanpa akun': 'No account',
  'Portal warga': 'Citizen portal',
  melalui: 'via',
};

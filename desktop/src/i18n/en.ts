/**
 * English for every Indonesian text of the app (keys are the Indonesian text; see i18n.ts). Plural forms use
 * i18next's suffixes (`_one`, `_other`); Indonesian has one form, so it needs none.
 */
export const en: Record<string, string> = {
  // Language switch
  Bahasa: 'Language',
  'Bahasa Indonesia': 'Bahasa Indonesia',
  English: 'English',

  // Start screen
  'Pelayanan keliling Polri — tetap bekerja tanpa jaringan': 'Polri mobile services — keep working without a network',
  'Perangkat unit keliling': 'Mobile unit device',
  'Laptop atau tablet yang dibawa unit ke desa. Didaftarkan sekali dengan kode dari koordinator.':
    'The laptop or tablet the unit takes to the villages. Enrolled once with a code from the coordinator.',
  'Daftarkan perangkat': 'Enroll this device',
  'Koordinator dan staf Polres': 'Coordinators and Polres staff',
  'Merencanakan rute kunjungan dan memantau progres unit. Masuk dengan akun staf.':
    "Plan the units' village visits and follow their progress. Sign in with a staff account.",
  'Masuk staf': 'Staff sign-in',
  'Cek status permohonan': 'Check an application',
  '— untuk warga: cek SIM, SKCK atau izin dengan nomor tanda terima.':
    '— for residents: check a SIM, SKCK or permit with its receipt number.',

  // Field app shell
  'Menu utama': 'Main menu',
  'Perpanjangan SIM': 'SIM renewal',
  'Data tercatat': 'Records',
  'Kunjungan hari ini': "Today's visits",
  'Memuat…': 'Loading…',
};

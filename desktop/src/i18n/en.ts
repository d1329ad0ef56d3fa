/**
 * English for every Indonesian text of the app (keys are the Indonesian text; see i18n.ts). Plural forms use
 * i18next's suffixes (`_one`, `_other`); Indonesian has one form, so it needs none.
 */
import { enActors } from '../hq/en-actors';
import { enForms } from './en-forms';
import { enStaff } from './en-staff';
import { enSync } from './en-sync';

export const en: Record<string, string> = {
  ...enActors,
  ...enForms,
  ...enStaff,
  ...enSync,
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

  // Enrollment, officer sign-in, staff sign-in, wiped device, update banner, citizen status page, coordinator screens
  'Server tidak dapat dihubungi. Periksa alamat server dan jaringan, lalu coba lagi.':
    'The server cannot be reached. Check the server address and the network, then try again.',
  'Kode pendaftaran tidak dikenal, sudah dipakai, atau kedaluwarsa. Minta kode baru kepada koordinator.':
    'The enrollment code is unknown, already used or expired. Ask the coordinator for a new code.',
  'Alamat server harus diawali http:// atau https://, misalnya https://keliling.polres.go.id.':
    'The server address must start with http:// or https://, for example https://keliling.polres.go.id.',
  'Perangkat ini tidak dikenali server. Hubungi admin untuk mendaftarkan ulang.':
    'The server does not recognise this device. Contact the admin to enroll it again.',
  'Perangkat ini telah dicabut oleh Polres. Hubungi admin sebelum menggunakan perangkat ini lagi.':
    'This device has been revoked by the Polres. Contact the admin before using this device again.',
  'Jawaban server tidak dapat dibaca. Mungkin versi server berbeda.':
    "The server's answer cannot be read. The server may be a different version.",
  'Penyimpanan lokal bermasalah. Muat ulang aplikasi.': 'Local storage has a problem. Reload the app.',
  'Terjadi kesalahan ({{code}}).': 'Something went wrong ({{code}}).',
  'Isi alamat server.': 'Enter the server address.',
  'Alamat server harus diawali http:// atau https://.': 'The server address must start with http:// or https://.',
  'Isi kode pendaftaran dari koordinator.': 'Enter the enrollment code from the coordinator.',
  'Beri nama perangkat ini, misalnya "Laptop Unit 1".': 'Give this device a name, for example "Unit 1 laptop".',
  'Daftarkan perangkat ini': 'Enroll this device',
  'Perangkat perlu didaftarkan sekali ke server Polres. Mintalah kode pendaftaran kepada koordinator atau admin.':
    'The device is enrolled once with the Polres server. Ask the coordinator or the admin for an enrollment code.',
  'Alamat server': 'Server address',
  'Kode pendaftaran': 'Enrollment code',
  'Nama perangkat': 'Device name',
  'Laptop Unit 1': 'Unit 1 laptop',
  'Mendaftarkan…': 'Enrolling…',
  'PIN salah.': 'Wrong PIN.',
  'Terlalu banyak percobaan PIN yang salah.': 'Too many wrong PIN attempts.',
  'Petugas ini tidak terdaftar di unit ini atau sudah tidak aktif.':
    'This officer is not registered in this unit or is no longer active.',
  'Petugas ini belum pernah masuk di perangkat ini (atau PIN-nya baru diganti). Sambungkan perangkat ke jaringan sekali agar kunci data dapat diambil dari server.':
    'This officer has not signed in on this device before (or their PIN was just changed). Connect the device to the network once so the data key can be fetched from the server.',
  'Kunci data perangkat ini tidak dapat dipulihkan. Daftarkan ulang perangkat ini.':
    "This device's data key cannot be recovered. Enroll this device again.",
  'Perangkat ini telah dicabut oleh Polres.': 'This device has been revoked by the Polres.',
  'Coba lagi dalam {{count}} menit._one': 'Try again in {{count}} minute.',
  'Coba lagi dalam {{count}} menit._other': 'Try again in {{count}} minutes.',
  'Coba lagi dalam {{count}} detik._one': 'Try again in {{count}} second.',
  'Coba lagi dalam {{count}} detik._other': 'Try again in {{count}} seconds.',
  'Pilih nama petugas.': 'Choose the officer.',
  'PIN terdiri dari sekurang-kurangnya 8 angka (atau frasa sandi 12 karakter).':
    'A PIN has at least 8 digits (or a passphrase of 12 characters).',
  'Aplikasi terkunci': 'App locked',
  Masuk: 'Sign in',
  'Masuk sebagai petugas': 'Sign in as an officer',
  'Data warga di perangkat ini terenkripsi. Masukkan PIN Anda untuk membukanya; PIN juga berlaku tanpa jaringan.':
    "Residents' data on this device is encrypted. Enter your PIN to open it; the PIN also works without a network.",
  'Data petugas unit ini belum ada di perangkat. Perangkat perlu tersambung ke server sekali.':
    "This unit's officers are not on the device yet. The device needs to connect to the server once.",
  'Mengambil data petugas…': 'Fetching the officers…',
  'Ambil data petugas': 'Fetch the officers',
  Petugas: 'Officer',
  PIN: 'PIN',
  'Memeriksa PIN…': 'Checking the PIN…',
  'Perangkat ini dicabut oleh admin Polres (misalnya karena hilang atau dicuri). Semua data di perangkat ini sudah dihapus.':
    'This device was revoked by the Polres admin (for example because it was lost or stolen). All data on this device has been deleted.',
  'Perangkat ini sudah dipensiunkan. Semua data telah dikirim ke server, lalu data di perangkat ini dihapus.':
    'This device has been retired. All data was sent to the server, then the data on this device was deleted.',
  'Data perangkat telah dihapus': "The device's data has been deleted",
  'Dihapus pada {{time}}.': 'Deleted on {{time}}.',
  'Daftarkan perangkat lagi': 'Enroll the device again',
  'Isi nama pengguna.': 'Enter the username.',
  'Isi kata sandi.': 'Enter the password.',
  'Nama pengguna atau kata sandi salah.': 'Wrong username or password.',
  'Pelayanan keliling Polri — koordinator dan Polres': 'Polri mobile services — coordinators and Polres',
  'Untuk koordinator dan staf Polres. Sesi berakhir saat tab ini ditutup.':
    'For coordinators and Polres staff. The session ends when this tab is closed.',
  'Nama pengguna': 'Username',
  'Kata sandi': 'Password',
  'Masuk…': 'Signing in…',
  Kembali: 'Back',
  'Sesi Anda telah berakhir. Silakan masuk kembali.': 'Your session has ended. Please sign in again.',
  Navigasi: 'Navigation',
  'Versi baru aplikasi tersedia. Simpan pekerjaan Anda, lalu muat ulang.':
    'A new version of the app is available. Save your work, then reload.',
  'Muat ulang': 'Reload',
  'Penyimpanan lokal tidak dapat dibuka': 'Local storage cannot be opened',
  'Aplikasi ini menyimpan data di peramban. Pastikan peramban tidak dalam mode privat, lalu muat ulang.':
    'This app keeps its data in the browser. Make sure the browser is not in private mode, then reload.',
  'Rencana rute': 'Route plan',
  'Progres kunjungan': 'Visit progress',
  'Menu koordinasi': 'Coordination menu',
  'Tinjauan permohonan': 'Application review',
  'Konflik & penolakan': 'Conflicts & rejections',
  Dasbor: 'Dashboard',
  'IKM & pelatihan': 'Satisfaction & training',
  Notifikasi: 'Notifications',
  'Log audit': 'Audit log',
  'Layanan keliling Polri: SIM, SKCK, izin keramaian, laporan dan pengaduan.':
    'Polri mobile services: SIM, SKCK, crowd permits, reports and complaints.',
  'Nomor tanda terima tercetak pada bukti yang diberikan petugas, misalnya SIM-…':
    'The receipt number is printed on the receipt the officer gave you, for example SIM-…',
  'Nomor tanda terima': 'Receipt number',
  '4 digit terakhir NIK, atau kode akses': 'Last 4 digits of the NIK, or the access code',
  'Isi nomor tanda terima dan 4 digit terakhir NIK (atau kode akses).':
    'Enter the receipt number and the last 4 digits of the NIK (or the access code).',
  'Mencari…': 'Searching…',
  'Cek status': 'Check status',
  'Layanan cek status sedang tidak dapat dihubungi. Coba lagi beberapa saat lagi.':
    'The status service cannot be reached right now. Try again in a moment.',
  'Langkah berikutnya': 'Next steps',
  'Diperbarui {{time}}': 'Updated {{time}}',
  'Permohonan masih dicatat oleh petugas dan belum diajukan.':
    'The application is still being taken by the officer and has not been submitted.',
  'Lengkapi data dan dokumen bersama petugas unit keliling.':
    'Complete the details and documents with the mobile unit officer.',
  'Permohonan sudah diterima dan menunggu pemeriksaan berkas.':
    'The application was received and is waiting for its documents to be checked.',
  'Tidak perlu tindakan. Simpan tanda terima Anda.': 'Nothing to do. Keep your receipt.',
  'Cek kembali halaman ini dalam 1–2 hari kerja.': 'Check this page again in 1–2 working days.',
  'Berkas sudah diperiksa dan dinyatakan lengkap. Permohonan menunggu persetujuan Polres.':
    'The documents were checked and are complete. The application is waiting for the Polres to approve it.',
  'Tidak perlu tindakan. Cek kembali halaman ini dalam 1–2 hari kerja.':
    'Nothing to do. Check this page again in 1–2 working days.',
  'Permohonan disetujui. Dokumen sedang disiapkan untuk diterbitkan.':
    'The application was approved. The document is being prepared for issue.',
  'Tunggu pemberitahuan penerbitan, atau cek kembali halaman ini.':
    'Wait for the notice that it was issued, or check this page again.',
  'Dokumen sudah diterbitkan.': 'The document has been issued.',
  'Ambil dokumen di unit keliling atau kantor Polres sesuai petunjuk petugas.':
    'Collect the document from the mobile unit or the Polres office, as the officer told you.',
  'Bawa tanda terima dan KTP asli.': 'Bring the receipt and your original KTP.',
  'Permohonan tidak dapat disetujui.': 'The application could not be approved.',
  'Hubungi kantor Polres atau petugas unit keliling untuk mengetahui alasannya.':
    'Contact the Polres office or the mobile unit officer to learn why.',
  'Anda dapat mengajukan permohonan baru setelah kekurangan dipenuhi.':
    'You can apply again once what was missing is complete.',
  'Permohonan dibatalkan.': 'The application was cancelled.',
  'Ajukan permohonan baru bila masih diperlukan.': 'Apply again if you still need it.',
  'Permohonan sudah diteruskan ke pejabat yang berwenang memutuskan.':
    'The application was forwarded to the official who decides on it.',
  'Tunggu keputusan; cek kembali halaman ini secara berkala.':
    'Wait for the decision; check this page from time to time.',
  'Laporan Anda sudah diterima.': 'Your report was received.',
  'Petugas akan menindaklanjuti. Cek kembali halaman ini secara berkala.':
    'An officer will follow it up. Check this page from time to time.',
  'Laporan Anda sedang ditangani petugas.': 'An officer is handling your report.',
  'Tidak perlu tindakan. Petugas dapat menghubungi Anda bila perlu keterangan.':
    'Nothing to do. An officer may contact you if more information is needed.',
  'Laporan Anda sudah selesai ditangani.': 'Your report has been dealt with.',
  'Laporan Anda dilimpahkan ke satuan atau instansi yang berwenang.':
    'Your report was passed to the unit or agency responsible for it.',
  'Cek kembali halaman ini, atau hubungi kantor Polres.': 'Check this page again, or contact the Polres office.',
  'Laporan Anda sudah ditutup.': 'Your report has been closed.',
  'Status permohonan Anda tercatat di sistem.': "Your application's status is recorded in the system.",
  'Data tidak ditemukan. Periksa nomor tanda terima dan 4 digit terakhir NIK.':
    'Nothing found. Check the receipt number and the last 4 digits of the NIK.',
  'Terlalu banyak percobaan, coba lagi dalam {{count}} detik_one': 'Too many attempts, try again in {{count}} second',
  'Terlalu banyak percobaan, coba lagi dalam {{count}} detik_other':
    'Too many attempts, try again in {{count}} seconds',
  '≤ 30 hari': '≤ 30 days',
  '31–90 hari': '31–90 days',
  '91–180 hari': '91–180 days',
  '> 180 hari': '> 180 days',
  'Belum pernah': 'Never',
  'Cakupan desa — {{regency}}': 'Village coverage — {{regency}}',
  'Peta cakupan kunjungan {{regency}}': 'Visit coverage map of {{regency}}',
  '{{count}} desa digambar menurut koordinat titik tengahnya, diwarnai menurut lama sejak kunjungan terakhir: {{buckets}}. Tabel di bawah peta memuat data yang sama._one':
    '{{count}} village drawn at its centre point, coloured by the time since the last visit: {{buckets}}. The table below the map holds the same data.',
  '{{count}} desa digambar menurut koordinat titik tengahnya, diwarnai menurut lama sejak kunjungan terakhir: {{buckets}}. Tabel di bawah peta memuat data yang sama._other':
    '{{count}} villages drawn at their centre points, coloured by the time since the last visit: {{buckets}}. The table below the map holds the same data.',
  '{{count}} desa_one': '{{count}} village',
  '{{count}} desa_other': '{{count}} villages',
  'belum pernah dikunjungi': 'never visited',
  'terakhir {{count}} hari lalu_one': 'last {{count}} day ago',
  'terakhir {{count}} hari lalu_other': 'last {{count}} days ago',
  'Markas unit': 'Unit base',
  'Keterangan warna': 'Colour key',
  'Dijadwalkan pada tanggal terpilih': 'Scheduled on the chosen date',
  'Rute hari itu': "That day's route",
  'Tabel cakupan ({{count}} desa)_one': 'Coverage table ({{count}} village)',
  'Tabel cakupan ({{count}} desa)_other': 'Coverage table ({{count}} villages)',
  'Kunjungan terakhir per desa, yang paling lama tidak dikunjungi lebih dulu':
    'Last visit per village, longest unvisited first',
  Desa: 'Village',
  Kecamatan: 'District',
  'Kunjungan terakhir': 'Last visit',
  'Hari sejak': 'Days since',
  Tanggal: 'Date',
  Unit: 'Unit',
  'Semua unit': 'All units',
  'Kunjungan {{date}} menurut status': 'Visits on {{date}} by status',
  'Tidak ada kunjungan pada tanggal ini.': 'No visits on this date.',
  'Daftar kunjungan pada tanggal terpilih': 'Visits on the chosen date',
  'No.': 'No.',
  Mulai: 'Start',
  Layanan: 'Services',
  Status: 'Status',
  'Tambahkan paling sedikit satu desa.': 'Add at least one village.',
  'Setiap desa perlu paling sedikit satu layanan.': 'Each village needs at least one service.',
  'Paling banyak 100 desa sehari.': 'At most 100 villages a day.',
  '{{count}} perubahan ditolak server: {{reason}}_one': '{{count}} change refused by the server: {{reason}}',
  '{{count}} perubahan ditolak server: {{reason}}_other': '{{count}} changes refused by the server: {{reason}}',
  'Server tidak dapat dihubungi. Rencana disimpan di tab ini dan dikirim saat tersambung kembali.':
    'The server cannot be reached. The plan is kept in this tab and sent when the connection is back.',
  'Pilih unit, tanggal dan desa; optimalkan urutannya; lalu terbitkan ke perangkat unit.':
    "Choose the unit, the date and the villages; optimise the order; then publish to the unit's devices.",
  'Berangkat dari markas': 'Leave the base at',
  'Lama di tiap desa (menit)': 'Time in each village (minutes)',
  'Markas unit ini belum memiliki koordinat, jadi rute tidak dapat dihitung. Hubungi admin.':
    "This unit's base has no coordinates yet, so the route cannot be measured. Contact the admin.",
  '{{count}} kunjungan hari itu sudah selesai atau dibatalkan dan tidak diubah di sini._one':
    '{{count}} visit that day is already done or cancelled and is not changed here.',
  '{{count}} kunjungan hari itu sudah selesai atau dibatalkan dan tidak diubah di sini._other':
    '{{count}} visits that day are already done or cancelled and are not changed here.',
  'Urutan kunjungan': 'Visit order',
  'Optimalkan rute': 'Optimise route',
  'Isi jam mulai': 'Fill in start times',
  Terbitkan: 'Publish',
  'Kunjungan dikirim ke server dan sampai ke perangkat unit pada sinkronisasi berikutnya.':
    "Visits are sent to the server and reach the unit's devices at their next sync.",
  'Menerbitkan…': 'Publishing…',
  'Tidak ada perubahan untuk diterbitkan.': 'Nothing changed to publish.',
  'Terbit: {{count}} perubahan kunjungan diterima server._one':
    'Published: {{count}} visit change accepted by the server.',
  'Terbit: {{count}} perubahan kunjungan diterima server._other':
    'Published: {{count}} visit changes accepted by the server.',
  'Jarak dan waktu tempuh': 'Distance and travel time',
  'Urutan sekarang': 'Current order',
  'Urutan yang diketik': 'Order as typed',
  'Usulan (dioptimalkan)': 'Proposed (optimised)',
  'hemat {{percent}}%': '{{percent}}% shorter',
  'urutan yang diketik sudah terpendek': 'the typed order is already the shortest',
  'Kembali ke markas': 'Back at base',
  'lewat pukul {{time}}': 'after {{time}}',
  'Jarak garis lurus dari markas unit dan kembali. Waktu tempuh diperkirakan dengan kecepatan rata-rata {{speed}} km/jam dan faktor kelokan jalan {{winding}}.':
    "Straight-line distance from the unit's base and back. Travel time is estimated at an average {{speed}} km/h with a road winding factor of {{winding}}.",
  'Belum ada desa. Centang desa di daftar untuk menambahkannya ke rute.':
    'No villages yet. Tick villages in the list to add them to the route.',
  'sudah terbit': 'published',
  'Naikkan {{name}}': 'Move {{name}} up',
  'Turunkan {{name}}': 'Move {{name}} down',
  'Hapus {{name}} dari rute': 'Remove {{name}} from the route',
  Hapus: 'Remove',
  'Layanan di {{name}}': 'Services in {{name}}',
  'Pilih paling sedikit satu layanan.': 'Choose at least one service.',
  'Pilih desa': 'Choose villages',
  '{{regency}}: {{count}} desa, {{overdue}} belum dikunjungi lebih dari 90 hari atau belum pernah._one':
    '{{regency}}: {{count}} village, {{overdue}} not visited for over 90 days or never.',
  '{{regency}}: {{count}} desa, {{overdue}} belum dikunjungi lebih dari 90 hari atau belum pernah._other':
    '{{regency}}: {{count}} villages, {{overdue}} not visited for over 90 days or never.',
  'Cari desa atau kecamatan': 'Search village or district',
  'Hanya yang lama tidak dikunjungi': 'Only those not visited for long',
  'Belum pernah dikunjungi': 'Never visited',
  'Terakhir dikunjungi {{count}} hari lalu_one': 'Last visited {{count}} day ago',
  'Terakhir dikunjungi {{count}} hari lalu_other': 'Last visited {{count}} days ago',
  '{{count}} hari_one': '{{count}} day',
  '{{count}} hari_other': '{{count}} days',
  'Tidak ada desa yang cocok.': 'No matching villages.',
};

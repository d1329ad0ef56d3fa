/** English for the sync panel's problems (sync/syncProblems.ts), fee regulations and the record page (records/). */
export const enSync: Record<string, string> = {
  // Sync problems: failed rounds
  'Server tidak dapat dihubungi.': 'The server cannot be reached.',
  'Periksa sinyal atau Wi-Fi dan alamat server, lalu tekan "Sinkronkan sekarang". Data tetap aman di perangkat ini.':
    'Check the signal or Wi-Fi and the server address, then press "Sync now". The data stays safe on this device.',
  'Jaringan terlalu lambat; sinkronisasi terhenti di tengah jalan.':
    'The network is too slow; the sync stopped halfway.',
  'Tidak ada yang hilang. Cari sinyal yang lebih baik lalu tekan "Sinkronkan sekarang"; pengiriman dilanjutkan.':
    'Nothing is lost. Find a better signal, then press "Sync now"; sending carries on where it stopped.',
  'Server sedang sibuk melayani banyak perangkat.': 'The server is busy serving many devices.',
  'Tidak perlu berbuat apa-apa: perangkat mencoba lagi sendiri sebentar lagi.':
    'Nothing to do: the device tries again by itself shortly.',
  'Server baru dipulihkan dari cadangan.': 'The server was just restored from a backup.',
  'Perangkat mengirim ulang semua datanya dan mengambil data baru secara otomatis. Biarkan aplikasi tetap terbuka dan tersambung.':
    'The device sends all its data again and fetches the new data by itself. Keep the app open and connected.',
  'Server tidak mengenali perangkat ini.': 'The server does not recognise this device.',
  'Jangan hapus data. Hubungi admin Polres untuk mendaftarkan ulang perangkat; data yang belum terkirim akan dikirim setelahnya.':
    'Do not delete any data. Ask the Polres admin to enroll the device again; the unsent data is sent afterwards.',
  'Perangkat ini telah dicabut oleh Polres.': 'This device has been revoked by the Polres.',
  'Hubungi admin Polres sebelum memakai perangkat ini lagi.':
    'Contact the Polres admin before using this device again.',
  'Kiriman terlalu besar untuk server.': 'The upload is too large for the server.',
  'Perangkat membaginya menjadi kiriman kecil secara otomatis. Bila pesan ini tetap muncul, hubungi admin.':
    'The device splits it into smaller uploads by itself. If this message stays, contact the admin.',
  'Jawaban server tidak dapat dibaca; mungkin versi server berbeda.':
    'The server’s answer cannot be read; the server may run a different version.',
  'Muat ulang aplikasi untuk mendapatkan versi terbaru. Bila tetap gagal, hubungi admin.':
    'Reload the app to get the latest version. If it still fails, contact the admin.',
  'Penyimpanan di perangkat ini bermasalah.': 'The storage on this device has a problem.',
  'Muat ulang aplikasi. Bila tetap gagal, jangan hapus data peramban; hubungi admin.':
    'Reload the app. If it still fails, do not clear the browser data; contact the admin.',
  'Sinkronisasi gagal (kode {{code}}).': 'The sync failed (code {{code}}).',
  'Tekan "Sinkronkan sekarang" untuk mencoba lagi. Bila tetap gagal, hubungi admin dan sebutkan kode {{code}}.':
    'Press "Sync now" to try again. If it still fails, contact the admin and quote the code {{code}}.',

  // Sync problems: the device's state
  'Perangkat sedang luring. {{changes}} perubahan dan {{photos}} foto tersimpan aman di perangkat ini.':
    'The device is offline. Changes waiting: {{changes}}, photos: {{photos}}, all kept safe on this device.',
  'Perangkat sedang luring. Pekerjaan tetap bisa dilanjutkan.': 'The device is offline. Work can carry on.',
  'Sambungkan ke jaringan (Wi-Fi atau tethering ponsel); pengiriman berjalan sendiri begitu tersambung.':
    'Connect to a network (Wi-Fi or phone tethering); sending starts by itself once connected.',
  '{{count}} data ditolak server. Isian petugas tetap tersimpan dan terlihat._one':
    '{{count}} record was refused by the server. What the officer entered is kept and shown.',
  '{{count}} data ditolak server. Isian petugas tetap tersimpan dan terlihat._other':
    '{{count}} records were refused by the server. What the officer entered is kept and shown.',
  'Buka "Data tercatat", pilih status sinkron "Ditolak", baca alasannya di halaman data, lalu perbaiki atau batalkan.':
    'Open "Records", choose the sync state "Refused", read the reason on the record page, then correct or cancel it.',
  '{{count}} data diubah bersamaan di dua tempat; kedua isian disimpan._one':
    '{{count}} record was changed in two places at once; both entries are kept.',
  '{{count}} data diubah bersamaan di dua tempat; kedua isian disimpan._other':
    '{{count}} records were changed in two places at once; both entries are kept.',
  'Buka data tersebut dan periksa bagian "Konflik"; simpan isian yang benar sebagai perubahan baru.':
    'Open the record and check its "Conflicts" section; save the right entry as a new change.',
  '{{count}} foto ditolak server karena isinya rusak._one': '{{count}} photo was refused by the server: it is damaged.',
  '{{count}} foto ditolak server karena isinya rusak._other':
    '{{count}} photos were refused by the server: they are damaged.',
  'Buka data yang fotonya bertanda "Ditolak" dan ambil ulang fotonya.':
    'Open the records whose photo is marked "Refused" and take the photo again.',
  '{{count}} foto belum terunggah (kode {{code}})._one': '{{count}} photo is not uploaded yet (code {{code}}).',
  '{{count}} foto belum terunggah (kode {{code}})._other': '{{count}} photos are not uploaded yet (code {{code}}).',
  'Unggahan dilanjutkan dari titik terakhir pada sinkronisasi berikutnya. Tekan "Sinkronkan sekarang" bila sinyal sudah baik.':
    'The upload resumes where it stopped at the next sync. Press "Sync now" once the signal is good.',
  'Perangkat ini belum pernah berhasil sinkron, dan ada pekerjaan yang menunggu.':
    'This device has never synced successfully, and work is waiting.',
  'Pekerjaan di perangkat ini belum terkirim lebih dari sehari.':
    'Work on this device has waited more than a day to be sent.',
  'Sambungkan perangkat ke jaringan hari ini. Jangan keluar dari peramban dengan "hapus data" sebelum semuanya terkirim.':
    'Connect the device to a network today. Do not clear the browser data before everything is sent.',
  'perubahan,': 'changes,',

  // Regulations named beside a fee (packages/domain builtInFeeTables; a table an administrator publishes keeps its
  // own words)
  'PP 76/2020 (Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Polri)':
    'PP 76/2020 (types and rates of non-tax state revenue, PNBP, that apply at Polri)',

  // Record page
  foto: 'photo',
  'Foto pemohon': 'Applicant’s photo',
  'Perangkat {{device}}': 'Device {{device}}',
  'tidak diketahui': 'unknown',
};

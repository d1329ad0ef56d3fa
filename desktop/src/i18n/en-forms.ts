/**
 * English for the field app's service forms, receipts' on-screen chrome, the hand-over survey and today's visit
 * (spread into en.ts; keys are the Indonesian text). Printed receipts and SKTLK letters have no entries here on
 * purpose: residents get them in Bahasa Indonesia whatever the screen's language.
 */
export const enForms: Record<string, string> = {
  // Service screens (nav)
  'SIM baru': 'New SIM',
  SKCK: 'SKCK',
  Kehilangan: 'Lost items',
  Pengaduan: 'Complaints',
  'Izin keramaian': 'Crowd permit',
  Penyuluhan: 'Outreach',

  // Generic service form
  'Enter pindah ke isian berikutnya, Ctrl+S menyimpan, Ctrl+N (Alt+N) formulir baru.':
    'Enter moves to the next field, Ctrl+S saves, Ctrl+N (Alt+N) starts a new form.',
  'Tanggal lahir dan jenis kelamin terisi otomatis.': 'Date of birth and sex are filled in automatically.',
  'Terdaftar di {{place}}.': 'Registered in {{place}}.',
  '16 angka.': '16 digits.',
  'Biaya PNBP': 'PNBP fee',
  'Biaya PNBP:': 'PNBP fee:',
  'menurut {{regulation}}': 'under {{regulation}}',
  'dihitung otomatis dari isian': 'worked out from the form',
  'Tidak dapat menyimpan: {{reason}}': 'Cannot save: {{reason}}',
  'Penyimpanan lokal gagal. Data belum tersimpan; coba simpan lagi.':
    'Saving on this device failed. Nothing was saved; try saving again.',
  'Menyimpan…': 'Saving…',
  'Simpan (Ctrl+S)': 'Save (Ctrl+S)',
  'Tidak ada kunjungan yang sedang berlangsung: data dicatat tanpa kunjungan.':
    'No visit in progress: records are taken without a visit.',
  'Dicatat pada kunjungan di': 'Recorded on the visit to',
  '{{label}} (tidak wajib)': '{{label}} (optional)',
  '— pilih —': '— choose —',
  Ya: 'Yes',
  'Ketik nama desa/kelurahan atau kodenya': 'Type the village name or its code',
  'Memuat daftar desa…': 'Loading the village list…',
  'Desa/kelurahan yang cocok': 'Matching villages',
  'Kec.': 'District',
  'Belum dipilih': 'Not chosen yet',
  'Periksa isian {{field}}.': 'Check the {{field}} field.',
  'Desa/kelurahan': 'Village',
  'Data tidak ditemukan di perangkat ini.': 'Record not found on this device.',
  'Status tidak dapat diubah dari "{{from}}" ke "{{to}}".': 'The status cannot change from "{{from}}" to "{{to}}".',

  // Person fields' messages
  'NIK harus 16 angka yang sah (kode wilayah dan tanggal lahir benar).':
    'The NIK must be 16 valid digits (correct region code and date of birth).',
  'Isi nama lengkap sesuai KTP.': 'Enter the full name as on the KTP (ID card).',
  'Isi tempat lahir.': 'Enter the place of birth.',
  'Isi tanggal lahir yang benar.': 'Enter a valid date of birth.',
  'Pilih jenis kelamin.': 'Choose the sex.',
  'Isi alamat sesuai KTP.': 'Enter the address as on the KTP (ID card).',
  'Pilih desa/kelurahan dari daftar (ketik namanya).': 'Choose the village from the list (type its name).',
  'Nomor HP harus nomor seluler Indonesia, misalnya 0812 3456 7890.':
    'The phone must be an Indonesian mobile number, e.g. 0812 3456 7890.',
  'Identitas pemohon': 'Applicant’s identity',
  'Alamat dan kontak': 'Address and contact',
  'Dokumen yang dibawa': 'Documents brought',

  // After saving
  '{{service}}: tersimpan': '{{service}}: saved',
  'Berikan nomor tanda terima ini kepada warga:': 'Give this receipt number to the resident:',
  'Data tersimpan.': 'Saved.',
  'Data tersimpan di perangkat ini dan dikirim ke server saat ada jaringan.':
    'Saved on this device; sent to the server when there is a network.',
  'Catat berikutnya (Ctrl+N)': 'Record the next one (Ctrl+N)',
  'Cetak tanda terima': 'Print the receipt',

  // SIM renewal
  'Perpanjangan SIM': 'SIM renewal',
  'SIM Keliling melayani perpanjangan SIM A dan SIM C yang masih berlaku. Enter pindah ke isian berikutnya, Ctrl+S menyimpan.':
    'The mobile SIM unit renews SIM A and SIM C licences that are still valid. Enter moves to the next field, Ctrl+S saves.',
  '{{label}} (sesuai KTP)': '{{label}} (as on the KTP)',
  'Kode {{label}}': '{{label}} code',
  'SIM yang diperpanjang': 'Licence to renew',
  'Hasil pemeriksaan': 'Test results',
  'Foto pemohon (boleh menyusul)': 'Applicant’s photo (may follow later)',
  'dihitung otomatis setelah golongan dipilih': 'worked out once the class is chosen',
  'Contoh: {{example}}': 'Example: {{example}}',
  'Kecamatan {{district}}, {{regency}}': '{{district}} district, {{regency}}',
  'Kecamatan tidak dikenal': 'Unknown district',
  'Lahir {{date}}, laki-laki.': 'Born {{date}}, male.',
  'Lahir {{date}}, perempuan.': 'Born {{date}}, female.',
  'Permohonan tersimpan': 'Application saved',
  'Berikan nomor tanda terima ini kepada pemohon:': 'Give this receipt number to the applicant:',
  'Data tersimpan di perangkat ini dan akan dikirim ke server saat ada jaringan. Tidak ada yang hilang walau perangkat luring.':
    'Saved on this device; it will be sent to the server when there is a network. Nothing is lost while offline.',
  'Catat permohonan berikutnya': 'Record the next application',
  'Lihat data tercatat': 'See the records',
  'Tarif untuk golongan ini tidak ditemukan.': 'No fee found for this class.',
  'Kode desa/kelurahan harus berbentuk PP.KK.CC.DDDD, misalnya 34.04.07.2001.':
    'The village code must look like PP.KK.CC.DDDD, e.g. 34.04.07.2001.',
  'Pilih golongan SIM A atau C.': 'Choose SIM class A or C.',
  'Isi nomor SIM lama.': 'Enter the old licence number.',
  'Isi tanggal berlaku SIM lama.': 'Enter the old licence’s expiry date.',
  'Isi nomor surat keterangan sehat.': 'Enter the health certificate number.',
  'Isi nomor hasil tes psikologi.': 'Enter the psychological test number.',
  'Tanggal lahir tidak boleh di masa depan.': 'The date of birth cannot be in the future.',
  'SIM lama sudah tidak berlaku: perpanjangan di SIM Keliling hanya untuk SIM yang masih berlaku. Arahkan pemohon ke Satpas untuk SIM baru.':
    'The old licence has expired: the mobile SIM unit only renews licences still valid. Send the applicant to the Satpas for a new SIM.',
  'jenis kelamin': 'sex',
  'tanggal lahir': 'date of birth',
  'Periksa kembali: {{fields}} tidak sesuai dengan NIK.': 'Check again: {{fields}} does not match the NIK.',
  dan: 'and',

  // New SIM
  'Permohonan SIM baru, hanya pada kunjungan yang menawarkan SIM baru.':
    'New SIM application, only on visits that offer new SIMs.',
  'SIM yang dimohon': 'Licence applied for',
  'Pilih golongan SIM.': 'Choose the SIM class.',
  'Pilih SIM yang sudah dimiliki.': 'Choose the licence already held.',
  'Isi tanggal terbit SIM yang sudah dimiliki.': 'Enter the issue date of the licence already held.',
  'Periksa nomor surat keterangan sehat.': 'Check the health certificate number.',
  'Periksa nomor hasil tes psikologi.': 'Check the psychological test number.',

  // SKCK
  'Permohonan SKCK': 'SKCK application',
  'Surat Keterangan Catatan Kepolisian, baru atau perpanjangan.': 'Police clearance certificate, new or renewal.',
  Permohonan: 'Application',
  'Data diri': 'Personal details',
  'Pilih baru atau perpanjangan.': 'Choose new or renewal.',
  'Pilih keperluan SKCK.': 'Choose what the SKCK is for.',
  'Tuliskan keperluannya.': 'Write what it is for.',
  'Isi nomor SKCK lama untuk perpanjangan.': 'Enter the old SKCK number for a renewal.',
  'Isi tanggal berlaku SKCK lama.': 'Enter the old SKCK’s expiry date.',
  'Pilih kewarganegaraan.': 'Choose the nationality.',
  'Pilih agama.': 'Choose the religion.',
  'Pilih status perkawinan.': 'Choose the marital status.',
  'Isi pekerjaan.': 'Enter the occupation.',
  'Tarif SKCK tidak ditemukan.': 'No SKCK fee found.',

  // Lost items
  'Laporan kehilangan': 'Lost-item report',
  'Laporan kehilangan barang atau dokumen; dijawab dengan Surat Keterangan Tanda Lapor Kehilangan (SKTLK). Gratis.':
    'Report of lost items or documents, answered with a loss report letter (SKTLK). Free of charge.',
  'Identitas pelapor': 'Reporter’s identity',
  Kejadian: 'What happened',
  'Nomor pada dokumen, misalnya nomor SIM atau rekening.': 'The number on the document, e.g. a SIM or account number.',
  'Isi tanggal kehilangan (tidak boleh setelah hari ini).': 'Enter the date of the loss (not after today).',
  'Isi tempat kehilangan.': 'Enter where it was lost.',
  'Ceritakan singkat kronologinya.': 'Briefly tell what happened.',
  'Pilih jenis barang/dokumen.': 'Choose the kind of item or document.',
  'Jelaskan barangnya (wajib untuk jenis "Lainnya").': 'Describe the item (required for "Other").',
  'Periksa nomor dokumen.': 'Check the document number.',
  'Barang/dokumen yang hilang': 'Lost items and documents',
  'Barang {{number}}': 'Item {{number}}',
  'Hapus barang {{number}}': 'Remove item {{number}}',
  '+ Tambah barang': '+ Add an item',
  'Terbitkan SKTLK': 'Issue the SKTLK letter',
  'SKTLK terbit:': 'SKTLK issued:',
  'Cetak SKTLK': 'Print the SKTLK letter',

  // Complaints
  'Pengaduan baru': 'New complaint',
  'Tindak lanjut': 'Follow-up',
  'Tindak lanjut pengaduan': 'Complaint follow-up',
  'Belum ada pengaduan di perangkat ini.': 'No complaints on this device yet.',
  Anonim: 'Anonymous',
  '{{count}} tindak lanjut_one': '{{count}} follow-up',
  '{{count}} tindak lanjut_other': '{{count}} follow-ups',
  'Tambah tindak lanjut': 'Add a follow-up',
  Tindakan: 'Action taken',
  'Hasil (tidak wajib)': 'Outcome (optional)',
  'Status pengaduan': 'Complaint status',
  'Tetap: {{status}}': 'Unchanged: {{status}}',
  'Simpan tindak lanjut (Ctrl+S)': 'Save the follow-up (Ctrl+S)',
  'Tuliskan tindakan yang dilakukan.': 'Write what was done.',
  'Pengaduan tidak ditemukan.': 'Complaint not found.',
  'Pengaduan masyarakat': 'Public complaint',
  'Catat pengaduan warga. Pelapor boleh anonim; tanpa NIK, warga mendapat kode akses untuk cek status.':
    'Record a resident’s complaint. The reporter may stay anonymous; without a NIK, they get an access code to check its status.',
  Pelapor: 'Reporter',
  'Pelapor tidak ingin disebut namanya (anonim)': 'The reporter does not want to be named (anonymous)',
  'Isi nomor HP atau NIK.': 'Enter a phone number or NIK.',
  'Desa/kelurahan kejadian': 'Village where it happened',
  'Isi nama pelapor, atau tandai anonim.': 'Enter the reporter’s name, or mark it anonymous.',
  'Isi nomor HP yang benar (atau NIK), atau tandai anonim.':
    'Enter a valid phone number (or NIK), or mark it anonymous.',
  'Pilih kategori pengaduan.': 'Choose the complaint category.',
  'Pilih tingkat urgensi.': 'Choose the urgency.',
  'Tuliskan isi pengaduan.': 'Write the complaint.',

  // Crowd permits
  'Permohonan izin keramaian': 'Crowd permit application',
  'Permohonan diterima di sini dan diteruskan ke Polsek, Polres, Polda atau Mabes sesuai skala kegiatan.':
    'The application is taken here and passed on to the Polsek, Polres, Polda or Mabes according to the event’s scale.',
  'Penanggung jawab': 'Person in charge',
  Kegiatan: 'Event',
  'Melibatkan warga negara asing': 'Involves foreign nationals',
  'Diajukan oleh kuasa': 'Filed by a proxy',
  'Diputuskan oleh {{level}}.': 'Decided by {{level}}.',
  'Skala menentukan siapa yang memberi izin.': 'The scale decides who grants the permit.',
  'Isi nomor HP penanggung jawab, misalnya 0812 3456 7890.':
    'Enter the phone number of the person in charge, e.g. 0812 3456 7890.',
  'Isi nama kegiatan.': 'Enter the event’s name.',
  'Pilih jenis kegiatan.': 'Choose the kind of event.',
  'Sebutkan jenis kegiatannya.': 'Name the kind of event.',
  'Isi tempat kegiatan.': 'Enter the venue.',
  'Isi waktu mulai kegiatan.': 'Enter when the event starts.',
  'Waktu selesai harus setelah waktu mulai.': 'The end must be after the start.',
  'Isi perkiraan jumlah peserta (angka).': 'Enter the expected attendance (a number).',
  'Pilih skala kegiatan: menentukan siapa yang memberi izin.':
    'Choose the event’s scale: it decides who grants the permit.',

  // Outreach
  'Penyuluhan hukum': 'Legal outreach',
  'Catat penyuluhan yang diadakan di desa: waktu, materi dan jumlah peserta.':
    'Record an outreach session held in the village: time, topics and attendance.',
  'Tempat dan waktu': 'Place and time',
  Materi: 'Topics',
  Peserta: 'Attendees',
  'Isi waktu mulai.': 'Enter the start time.',
  'Pilih paling sedikit satu materi, atau tulis materi lainnya.': 'Choose at least one topic, or write another one.',
  'Isi jumlah peserta laki-laki (angka, boleh 0).': 'Enter the number of male attendees (a number, 0 allowed).',
  'Isi jumlah peserta perempuan (angka, boleh 0).': 'Enter the number of female attendees (a number, 0 allowed).',

  // Hand-over survey (the resident may switch its language on the survey screen)
  'Tidak baik': 'Poor',
  'Kurang baik': 'Fair',
  Baik: 'Good',
  'Sangat baik': 'Very good',
  'Serahkan ke warga untuk survei kepuasan': 'Hand over to the resident for the satisfaction survey',
  'Terima kasih atas penilaian Anda': 'Thank you for your rating',
  'Silakan kembalikan laptop kepada petugas.': 'Please hand the laptop back to the officer.',
  'Kembalikan ke petugas (perlu PIN)': 'Back to the officer (PIN needed)',
  'Survei kepuasan layanan': 'Service satisfaction survey',
  'Jawaban Anda tidak dilihat petugas di layar ini. Pilih nilai 1 (tidak baik) sampai 4 (sangat baik) untuk setiap unsur.':
    'The officer does not see your answers on this screen. Choose 1 (poor) to 4 (very good) for each element.',
  'Saran atau komentar (tidak wajib)': 'Suggestions or comments (optional)',
  'Masih ada {{count}} unsur yang belum dinilai._one': '{{count}} element is not rated yet.',
  'Masih ada {{count}} unsur yang belum dinilai._other': '{{count}} elements are not rated yet.',
  'Kirim penilaian': 'Send the rating',
  'Tidak ingin mengisi': 'I’d rather not answer',
  'Beri nilai untuk semua unsur.': 'Rate every element.',
  Bahasa: 'Language',

  // Today's visits
  'Kunjungan hari ini': 'Today’s visits',
  'urutan dari koordinator. Mulai kunjungan saat tiba: semua data yang dicatat sesudahnya terhubung ke kunjungan itu.':
    'order set by the coordinator. Start a visit on arrival: everything recorded afterwards is linked to it.',
  'Memuat…': 'Loading…',
  'Belum ada kunjungan terjadwal untuk hari ini.': 'No visits scheduled for today.',
  'Layanan:': 'Services:',
  'Yang sudah dicatat': 'Recorded so far',
  'Belum ada data tercatat': 'Nothing recorded yet',
  'Selesaikan dulu kunjungan yang sedang berlangsung': 'Finish the visit in progress first',
  'Mulai kunjungan': 'Start the visit',
  'Selesaikan kunjungan': 'Finish the visit',
  'Tiba {{time}}': 'Arrived {{time}}',
  'selesai {{time}}': 'finished {{time}}',
};

/** The three services' forms: fields in records.md names, labels in Bahasa Indonesia. */
export type FieldSpec = {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'date' | 'datetime' | 'number' | 'select' | 'checkbox' | 'nik' | 'village';
  required?: boolean;
  options?: readonly [string, string][];
  hint?: string;
};

export type ServiceSpec = {
  slug: string;
  entity: 'lost_item_reports' | 'crowd_permit_requests' | 'complaints';
  title: string;
  intro: string;
  fields: readonly FieldSpec[];
  /** Lost-item reports list their items. */
  items?: boolean;
  documentsHint: string;
};

const sexes: [string, string][] = [
  ['L', 'Laki-laki'],
  ['P', 'Perempuan'],
];

export const lostItemTypes: [string, string][] = [
  ['KTP', 'KTP'],
  ['SIM', 'SIM'],
  ['STNK', 'STNK'],
  ['BPKB', 'BPKB'],
  ['ATM', 'Kartu ATM'],
  ['BUKU_TABUNGAN', 'Buku tabungan'],
  ['IJAZAH', 'Ijazah'],
  ['SERTIFIKAT', 'Sertifikat'],
  ['HP', 'Telepon genggam'],
  ['DOMPET', 'Dompet'],
  ['LAINNYA', 'Lainnya'],
];

export const authorities: Record<string, string> = {
  polsek: 'Kapolsek',
  polres: 'Kapolres',
  polda: 'Kapolda',
  mabes: 'Mabes Polri (Kabaintelkam)',
};

export const services: readonly ServiceSpec[] = [
  {
    slug: 'kehilangan',
    entity: 'lost_item_reports',
    title: 'Laporan Kehilangan',
    intro:
      'Laporkan dokumen atau barang yang hilang. Surat Keterangan Tanda Lapor Kehilangan (SKTLK) dapat diunduh dari halaman status setelah terbit.',
    items: true,
    documentsHint:
      'Foto KTP pelapor dan bukti kepemilikan (mis. fotokopi dokumen yang hilang). JPG, PNG, WEBP atau PDF, paling besar 5 MB; foto diperkecil otomatis.',
    fields: [
      { name: 'fullName', label: 'Nama lengkap', kind: 'text', required: true },
      { name: 'nik', label: 'NIK', kind: 'nik', required: true },
      { name: 'birthPlace', label: 'Tempat lahir', kind: 'text', required: true },
      { name: 'birthDate', label: 'Tanggal lahir', kind: 'date', required: true },
      { name: 'sex', label: 'Jenis kelamin', kind: 'select', required: true, options: sexes },
      { name: 'address', label: 'Alamat', kind: 'textarea', required: true },
      { name: 'lostOn', label: 'Tanggal hilang', kind: 'date', required: true },
      { name: 'lostPlace', label: 'Tempat hilang', kind: 'text', required: true },
      { name: 'chronology', label: 'Kronologi singkat', kind: 'textarea', required: true },
    ],
  },
  {
    slug: 'izin-keramaian',
    entity: 'crowd_permit_requests',
    title: 'Izin Keramaian',
    intro: 'Permohonan izin keramaian untuk acara. Pejabat yang memutuskan bergantung pada skala acara.',
    documentsHint:
      'KTP-el, susunan panitia, izin pemilik tempat, rekomendasi instansi terkait, surat pernyataan, AD/ART organisasi. JPG, PNG, WEBP atau PDF, paling besar 5 MB.',
    fields: [
      { name: 'fullName', label: 'Nama penanggung jawab', kind: 'text', required: true },
      { name: 'nik', label: 'NIK', kind: 'nik', required: true },
      { name: 'organization', label: 'Organisasi', kind: 'text' },
      { name: 'eventName', label: 'Nama acara', kind: 'text', required: true },
      {
        name: 'eventType',
        label: 'Jenis acara',
        kind: 'select',
        required: true,
        options: [
          ['hajatan', 'Hajatan'],
          ['keagamaan', 'Keagamaan'],
          ['pertunjukan', 'Pertunjukan/hiburan'],
          ['olahraga', 'Olahraga'],
          ['pameran', 'Pameran'],
          ['pawai', 'Pawai'],
          ['lainnya', 'Lainnya'],
        ],
      },
      { name: 'venue', label: 'Tempat acara', kind: 'text', required: true },
      { name: 'villageCode', label: 'Desa/kelurahan tempat acara', kind: 'village', required: true },
      { name: 'startsAt', label: 'Mulai (WIB)', kind: 'datetime', required: true },
      { name: 'endsAt', label: 'Selesai (WIB)', kind: 'datetime', required: true },
      { name: 'expectedAttendance', label: 'Perkiraan jumlah peserta', kind: 'number', required: true },
      {
        name: 'scale',
        label: 'Skala acara',
        kind: 'select',
        required: true,
        options: [
          ['kecamatan', 'Tingkat kecamatan'],
          ['kabupaten_kota', 'Tingkat kabupaten/kota'],
          ['provinsi', 'Tingkat provinsi'],
          ['nasional', 'Nasional'],
          ['internasional', 'Internasional'],
        ],
      },
    ],
  },
  {
    slug: 'pengaduan',
    entity: 'complaints',
    title: 'Pengaduan',
    intro:
      'Sampaikan pengaduan. Anda boleh tidak menyebutkan nama; nomor HP tetap diperlukan untuk kode verifikasi dan kabar tindak lanjut.',
    documentsHint: 'Foto atau dokumen pendukung (tidak wajib). JPG, PNG, WEBP atau PDF, paling besar 5 MB.',
    fields: [
      { name: 'anonymous', label: 'Kirim tanpa nama (anonim)', kind: 'checkbox' },
      { name: 'fullName', label: 'Nama lengkap', kind: 'text' },
      {
        name: 'category',
        label: 'Kategori',
        kind: 'select',
        required: true,
        options: [
          ['keamanan_lingkungan', 'Keamanan lingkungan'],
          ['lalu_lintas', 'Lalu lintas'],
          ['pelayanan', 'Pelayanan'],
          ['perilaku_petugas', 'Perilaku petugas'],
          ['lainnya', 'Lainnya'],
        ],
      },
      { name: 'description', label: 'Uraian pengaduan', kind: 'textarea', required: true },
      { name: 'location', label: 'Lokasi kejadian', kind: 'text' },
      {
        name: 'urgency',
        label: 'Tingkat urgensi',
        kind: 'select',
        required: true,
        options: [
          ['rendah', 'Rendah'],
          ['sedang', 'Sedang'],
          ['tinggi', 'Tinggi'],
        ],
      },
    ],
  },
];

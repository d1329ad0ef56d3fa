import type { ComplaintCategory, ComplaintUrgency } from '../complaints/complaint.js';
import type { EventScale } from '../crowd-permits/crowd-permit-level.js';
import type { EventType } from '../crowd-permits/crowd-permit-request.js';
import type {
  crowdPermitDocumentKeys,
  lostReportDocumentKeys,
  simDocumentKeys,
  skckDocumentKeys,
} from '../documents/checklists.js';
import type { LostItemType } from '../lost-items/lost-item.js';
import type { OutreachTopic } from '../outreach/outreach-session.js';
import type { EntityName } from '../records/entity-names.js';
import type { IssuingLevel } from '../records/issuing-levels.js';
import type { MaritalStatus, Nationality, Religion } from '../records/person-enums.js';
import type { UnitKind } from '../reference/unit.js';
import type { Role } from '../roles.js';
import type { SkckPurpose } from '../skck/skck-purposes.js';
import type { SurveyElement, surveyChannels } from '../survey/satisfaction-survey.js';
import type { VisitService } from '../visits/visit-services.js';
import type { Label } from './lang.js';

type Labels<K extends string> = Readonly<Record<K, Label>>;

export const entityLabels: Labels<EntityName> = {
  sim_applications: { id: 'Permohonan SIM', en: 'SIM applications' },
  skck_applications: { id: 'Permohonan SKCK', en: 'SKCK applications' },
  outreach_sessions: { id: 'Penyuluhan hukum', en: 'Legal counselling sessions' },
  lost_item_reports: { id: 'Laporan kehilangan', en: 'Lost-item reports' },
  lost_items: { id: 'Barang/dokumen hilang', en: 'Lost items' },
  complaints: { id: 'Pengaduan', en: 'Complaints' },
  complaint_follow_ups: { id: 'Tindak lanjut pengaduan', en: 'Complaint follow-ups' },
  crowd_permit_requests: { id: 'Permohonan izin keramaian', en: 'Crowd permit requests' },
  visits: { id: 'Kunjungan', en: 'Visits' },
  units: { id: 'Unit', en: 'Units' },
  officers: { id: 'Petugas', en: 'Officers' },
  fee_tables: { id: 'Tabel tarif PNBP', en: 'Fee tables' },
  satisfaction_surveys: { id: 'Survei kepuasan masyarakat', en: 'Satisfaction surveys' },
  trainings: { id: 'Pelatihan', en: 'Trainings' },
  training_attendance: { id: 'Kehadiran pelatihan', en: 'Training attendance' },
};

export const nationalityLabels: Labels<Nationality> = {
  WNI: { id: 'WNI', en: 'Indonesian citizen' },
  WNA: { id: 'WNA', en: 'Foreign national' },
};

export const religionLabels: Labels<Religion> = {
  islam: { id: 'Islam', en: 'Islam' },
  kristen: { id: 'Kristen', en: 'Protestant Christianity' },
  katolik: { id: 'Katolik', en: 'Catholicism' },
  hindu: { id: 'Hindu', en: 'Hinduism' },
  buddha: { id: 'Buddha', en: 'Buddhism' },
  khonghucu: { id: 'Khonghucu', en: 'Confucianism' },
  kepercayaan: { id: 'Kepercayaan terhadap Tuhan YME', en: 'Indigenous belief' },
};

export const maritalStatusLabels: Labels<MaritalStatus> = {
  belum_kawin: { id: 'Belum kawin', en: 'Single' },
  kawin: { id: 'Kawin', en: 'Married' },
  cerai_hidup: { id: 'Cerai hidup', en: 'Divorced' },
  cerai_mati: { id: 'Cerai mati', en: 'Widowed' },
};

export const skckPurposeLabels: Labels<SkckPurpose> = {
  pekerjaan_swasta: { id: 'Melamar pekerjaan swasta', en: 'Private-sector job' },
  calon_kepala_desa: { id: 'Pencalonan kepala desa/sekretaris desa', en: 'Village head or secretary candidacy' },
  pindah_domisili: { id: 'Pindah domisili', en: 'Moving house' },
  melanjutkan_sekolah: { id: 'Melanjutkan sekolah', en: 'Continuing school' },
  pekerjaan_pemerintah: { id: 'Melamar pekerjaan instansi pemerintah/BUMN', en: 'Government or state-enterprise job' },
  pendaftaran_pns_tni_polri: { id: 'Pendaftaran CPNS/TNI/Polri', en: 'Civil service, military or police entry' },
  calon_pejabat_publik: { id: 'Pencalonan pejabat publik', en: 'Public-office candidacy' },
  izin_senjata_api: { id: 'Izin kepemilikan senjata api', en: 'Firearm permit' },
  paspor_visa: { id: 'Pembuatan paspor/visa', en: 'Passport or visa' },
  bekerja_luar_negeri: { id: 'Bekerja di luar negeri', en: 'Working abroad' },
  notaris: { id: 'Pengangkatan notaris', en: 'Notary appointment' },
  pejabat_negara_pusat: { id: 'Pejabat negara tingkat pusat', en: 'Central state official' },
  studi_luar_negeri: { id: 'Studi/kunjungan ke luar negeri', en: 'Study or visit abroad' },
  izin_tinggal_tetap: { id: 'Izin tinggal tetap', en: 'Permanent residence' },
  naturalisasi: { id: 'Naturalisasi kewarganegaraan', en: 'Naturalisation' },
  other: { id: 'Lainnya', en: 'Other' },
};

export const outreachTopicLabels: Labels<OutreachTopic> = {
  kamtibmas: { id: 'Kamtibmas', en: 'Public order and safety' },
  narkoba: { id: 'Bahaya narkoba', en: 'Drugs' },
  lalu_lintas: { id: 'Keselamatan lalu lintas', en: 'Road safety' },
  kdrt: { id: 'Kekerasan dalam rumah tangga', en: 'Domestic violence' },
  hoaks: { id: 'Hoaks dan literasi digital', en: 'Hoaxes and digital literacy' },
  perundungan: { id: 'Perundungan', en: 'Bullying' },
};

export const lostItemTypeLabels: Labels<LostItemType> = {
  KTP: { id: 'KTP', en: 'ID card (KTP)' },
  SIM: { id: 'SIM', en: 'Driving licence (SIM)' },
  STNK: { id: 'STNK', en: 'Vehicle registration (STNK)' },
  BPKB: { id: 'BPKB', en: 'Vehicle ownership book (BPKB)' },
  ATM: { id: 'Kartu ATM', en: 'ATM card' },
  BUKU_TABUNGAN: { id: 'Buku tabungan', en: 'Bank book' },
  IJAZAH: { id: 'Ijazah', en: 'School certificate' },
  SERTIFIKAT: { id: 'Sertifikat tanah', en: 'Land certificate' },
  HP: { id: 'Telepon genggam', en: 'Mobile phone' },
  DOMPET: { id: 'Dompet', en: 'Wallet' },
  LAINNYA: { id: 'Lainnya', en: 'Other' },
};

export const complaintCategoryLabels: Labels<ComplaintCategory> = {
  keamanan_lingkungan: { id: 'Keamanan lingkungan', en: 'Neighbourhood security' },
  lalu_lintas: { id: 'Lalu lintas', en: 'Traffic' },
  pelayanan: { id: 'Pelayanan', en: 'Service' },
  perilaku_petugas: { id: 'Perilaku petugas', en: 'Officer conduct' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

export const complaintUrgencyLabels: Labels<ComplaintUrgency> = {
  rendah: { id: 'Rendah', en: 'Low' },
  sedang: { id: 'Sedang', en: 'Medium' },
  tinggi: { id: 'Tinggi', en: 'High' },
};

export const eventTypeLabels: Labels<EventType> = {
  hajatan: { id: 'Hajatan/pernikahan', en: 'Family celebration or wedding' },
  keagamaan: { id: 'Kegiatan keagamaan', en: 'Religious event' },
  pertunjukan: { id: 'Pertunjukan/konser', en: 'Performance or concert' },
  olahraga: { id: 'Olahraga', en: 'Sports event' },
  pameran: { id: 'Pameran/bazar', en: 'Exhibition or bazaar' },
  pawai: { id: 'Pawai/karnaval', en: 'Parade or carnival' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

export const eventScaleLabels: Labels<EventScale> = {
  kecamatan: { id: 'Tingkat kecamatan', en: 'District (kecamatan)' },
  kabupaten_kota: { id: 'Tingkat kabupaten/kota', en: 'Regency or city' },
  provinsi: { id: 'Tingkat provinsi', en: 'Province' },
  nasional: { id: 'Tingkat nasional', en: 'National' },
  internasional: { id: 'Internasional', en: 'International' },
};

export const issuingLevelLabels: Labels<IssuingLevel> = {
  polsek: { id: 'Polsek', en: 'Polsek (sector)' },
  polres: { id: 'Polres', en: 'Polres (regency)' },
  polda: { id: 'Polda', en: 'Polda (province)' },
  mabes: { id: 'Mabes Polri', en: 'Police headquarters (Mabes)' },
};

export const visitServiceLabels: Labels<VisitService> = {
  sim_renewal: { id: 'Perpanjangan SIM', en: 'SIM renewal' },
  sim_new: { id: 'SIM baru', en: 'New SIM' },
  skck: { id: 'SKCK', en: 'SKCK' },
  outreach: { id: 'Penyuluhan hukum', en: 'Legal counselling' },
  lost_report: { id: 'Laporan kehilangan', en: 'Lost-item report' },
  complaint: { id: 'Pengaduan', en: 'Complaint' },
  crowd_permit: { id: 'Izin keramaian', en: 'Crowd permit' },
};

export const unitKindLabels: Labels<UnitKind> = {
  mobile: { id: 'Unit keliling', en: 'Mobile unit' },
  service_desk: { id: 'Loket pelayanan', en: 'Service desk' },
};

export const roleLabels: Labels<Role> = {
  officer: { id: 'Petugas', en: 'Officer' },
  coordinator: { id: 'Koordinator', en: 'Coordinator' },
  hq: { id: 'Mapolres', en: 'Headquarters' },
  admin: { id: 'Admin', en: 'Administrator' },
};

export const surveyElementLabels: Labels<SurveyElement> = {
  persyaratan: { id: 'Persyaratan', en: 'Requirements' },
  prosedur: { id: 'Sistem, mekanisme, dan prosedur', en: 'System, mechanism and procedure' },
  waktu: { id: 'Waktu penyelesaian', en: 'Completion time' },
  biaya: { id: 'Biaya/tarif', en: 'Cost' },
  produk: { id: 'Produk spesifikasi jenis pelayanan', en: 'Service product' },
  kompetensi: { id: 'Kompetensi pelaksana', en: 'Officer competence' },
  perilaku: { id: 'Perilaku pelaksana', en: 'Officer behaviour' },
  pengaduan: { id: 'Penanganan pengaduan, saran, dan masukan', en: 'Handling of complaints and suggestions' },
  sarana: { id: 'Sarana dan prasarana', en: 'Facilities' },
};

export const surveyChannelLabels: Labels<(typeof surveyChannels)[number]> = {
  handover: { id: 'Saat penyerahan', en: 'At handover' },
  status_link: { id: 'Melalui tautan status', en: 'Through the status link' },
};

type DocumentKey =
  | (typeof simDocumentKeys)[number]
  | (typeof skckDocumentKeys)[number]
  | (typeof crowdPermitDocumentKeys)[number]
  | (typeof lostReportDocumentKeys)[number];

export const documentLabels: Labels<DocumentKey> = {
  ktp: { id: 'KTP-el', en: 'Electronic ID card (KTP-el)' },
  kk: { id: 'Kartu Keluarga', en: 'Family card (KK)' },
  birthCertificate: { id: 'Akta kelahiran/ijazah', en: 'Birth certificate or school certificate' },
  photos4x6: { id: 'Pas foto 4×6', en: 'Passport photos 4×6' },
  fingerprintCard: { id: 'Kartu sidik jari', en: 'Fingerprint card' },
  previousSkck: { id: 'SKCK lama', en: 'Previous SKCK' },
  passport: { id: 'Paspor', en: 'Passport' },
  jkn: { id: 'Bukti kepesertaan aktif JKN/BPJS Kesehatan', en: 'Proof of active JKN (BPJS Kesehatan)' },
  previousSim: { id: 'SIM lama', en: 'Previous SIM' },
  healthCertificate: { id: 'Surat keterangan sehat', en: 'Health certificate' },
  psychTest: { id: 'Hasil tes psikologi', en: 'Psychology test result' },
  drivingSchoolCertificate: {
    id: 'Sertifikat sekolah mengemudi/surat kompetensi',
    en: 'Driving-school certificate or competence letter',
  },
  committeeList: { id: 'Susunan panitia', en: 'Committee list' },
  venueConsent: { id: 'Izin pemilik tempat', en: "Venue owner's consent" },
  agencyRecommendation: { id: 'Rekomendasi instansi terkait', en: 'Recommendation from the relevant agency' },
  statementLetter: { id: 'Surat pernyataan', en: 'Written statement' },
  articlesOfAssociation: { id: 'AD/ART organisasi', en: 'Articles of association' },
  foreignerPassports: { id: 'Paspor/visa peserta asing', en: "Foreign participants' passports or visas" },
  powerOfAttorney: { id: 'Surat kuasa bermeterai', en: 'Stamped power of attorney' },
  reporterId: { id: 'Identitas pelapor (KTP/SIM/KK)', en: "Reporter's ID (KTP, SIM or KK)" },
  villageLetter: { id: 'Surat keterangan desa/kelurahan', en: 'Letter from the village office' },
  bankLetter: { id: 'Surat keterangan bank', en: 'Letter from the bank' },
  certificateCopy: { id: 'Fotokopi sertifikat/keterangan BPN', en: 'Certificate copy or land office letter' },
  schoolLetter: { id: 'Surat keterangan sekolah/dinas pendidikan', en: 'Letter from the school or education office' },
  ownerKtpAndStnk: { id: 'KTP pemilik BPKB dan STNK', en: "BPKB owner's KTP and the STNK" },
  simCopyOrNumber: { id: 'Fotokopi atau nomor SIM', en: 'Copy or number of the SIM' },
};

import type { Complaint } from '../complaints/complaint.js';
import type { ComplaintFollowUp } from '../complaints/complaint-follow-up.js';
import type { CrowdPermitRequest } from '../crowd-permits/crowd-permit-request.js';
import type { FeeTableRecord } from '../fees/fee-table-record.js';
import type { LostItem } from '../lost-items/lost-item.js';
import type { LostItemReport } from '../lost-items/lost-item-report.js';
import type { OutreachSession } from '../outreach/outreach-session.js';
import type { EntityName } from '../records/entity-names.js';
import type { Officer } from '../reference/officer.js';
import type { Training } from '../reference/training.js';
import type { TrainingAttendance } from '../reference/training-attendance.js';
import type { Unit } from '../reference/unit.js';
import type { SimApplication } from '../sim/sim-application.js';
import type { SkckApplication } from '../skck/skck-application.js';
import type { SatisfactionSurvey } from '../survey/satisfaction-survey.js';
import type { Visit } from '../visits/visit.js';
import type { Label } from './lang.js';

type FieldLabels<T> = Readonly<Record<keyof T & string, Label>>;

const common = {
  unitId: { id: 'Unit', en: 'Unit' },
  createdAt: { id: 'Dibuat pada', en: 'Created at' },
  createdBy: { id: 'Dibuat oleh', en: 'Created by' },
} as const;

const person = {
  nik: { id: 'NIK', en: 'NIK (national ID number)' },
  fullName: { id: 'Nama lengkap', en: 'Full name' },
  birthPlace: { id: 'Tempat lahir', en: 'Place of birth' },
  birthDate: { id: 'Tanggal lahir', en: 'Date of birth' },
  sex: { id: 'Jenis kelamin', en: 'Sex' },
  address: { id: 'Alamat', en: 'Address' },
  villageCode: { id: 'Desa/kelurahan', en: 'Village' },
  phone: { id: 'Nomor HP', en: 'Mobile number' },
} as const;

const service = {
  applicationType: { id: 'Jenis permohonan', en: 'Application type' },
  visitId: { id: 'Kunjungan', en: 'Visit' },
  feeRupiah: { id: 'Biaya PNBP (Rp)', en: 'Fee (PNBP, Rp)' },
  feeWaiverRef: { id: 'Dasar pembebasan biaya', en: 'Fee waiver reference' },
  receiptNumber: { id: 'Nomor tanda terima', en: 'Receipt number' },
  accessCode: { id: 'Kode akses', en: 'Access code' },
  status: { id: 'Status', en: 'Status' },
  statusReason: { id: 'Alasan', en: 'Reason' },
  documents: { id: 'Kelengkapan dokumen', en: 'Documents' },
  photo: { id: 'Foto', en: 'Photo' },
} as const;

export const simFieldLabels: FieldLabels<SimApplication> = {
  ...common,
  ...person,
  applicationType: service.applicationType,
  category: { id: 'Golongan SIM', en: 'SIM category' },
  previousLicenseNumber: { id: 'Nomor SIM lama', en: 'Previous SIM number' },
  previousLicenseExpiry: { id: 'Masa berlaku SIM lama', en: 'Previous SIM expiry date' },
  heldLicenceCategory: { id: 'Golongan SIM yang dimiliki', en: 'SIM category held' },
  heldLicenceIssuedOn: { id: 'Tanggal terbit SIM yang dimiliki', en: 'Issue date of the SIM held' },
  healthCertificateNumber: { id: 'Nomor surat keterangan sehat', en: 'Health certificate number' },
  psychTestNumber: { id: 'Nomor hasil tes psikologi', en: 'Psychology test number' },
  documents: service.documents,
  photo: service.photo,
  visitId: service.visitId,
  feeRupiah: service.feeRupiah,
  feeWaiverRef: service.feeWaiverRef,
  receiptNumber: service.receiptNumber,
  status: service.status,
  statusReason: service.statusReason,
};

export const skckFieldLabels: FieldLabels<SkckApplication> = {
  ...common,
  ...person,
  ...service,
  purpose: { id: 'Keperluan', en: 'Purpose' },
  purposeOther: { id: 'Keperluan lainnya', en: 'Other purpose' },
  nationality: { id: 'Kewarganegaraan', en: 'Nationality' },
  religion: { id: 'Agama', en: 'Religion' },
  occupation: { id: 'Pekerjaan', en: 'Occupation' },
  maritalStatus: { id: 'Status perkawinan', en: 'Marital status' },
  previousSkckNumber: { id: 'Nomor SKCK lama', en: 'Previous SKCK number' },
  previousSkckExpiry: { id: 'Masa berlaku SKCK lama', en: 'Previous SKCK expiry date' },
};

export const outreachFieldLabels: FieldLabels<OutreachSession> = {
  ...common,
  visitId: service.visitId,
  villageCode: person.villageCode,
  startedAt: { id: 'Mulai', en: 'Started at' },
  endedAt: { id: 'Selesai', en: 'Ended at' },
  topics: { id: 'Materi penyuluhan', en: 'Topics' },
  topicsOther: { id: 'Materi lainnya', en: 'Other topics' },
  speakers: { id: 'Penyuluh', en: 'Speakers' },
  attendeesMale: { id: 'Peserta laki-laki', en: 'Male attendees' },
  attendeesFemale: { id: 'Peserta perempuan', en: 'Female attendees' },
  notes: { id: 'Catatan', en: 'Notes' },
  photos: { id: 'Foto kegiatan', en: 'Photos' },
};

export const lostItemReportFieldLabels: FieldLabels<LostItemReport> = {
  ...common,
  ...person,
  lostOn: { id: 'Tanggal kehilangan', en: 'Date of loss' },
  lostPlace: { id: 'Tempat kehilangan', en: 'Place of loss' },
  chronology: { id: 'Kronologi', en: 'What happened' },
  receiptNumber: service.receiptNumber,
  accessCode: service.accessCode,
  letterNumber: { id: 'Nomor SKTLK', en: 'SKTLK letter number' },
  status: service.status,
  statusReason: service.statusReason,
  visitId: service.visitId,
};

export const lostItemFieldLabels: FieldLabels<LostItem> = {
  ...common,
  reportId: { id: 'Laporan kehilangan', en: 'Lost-item report' },
  itemType: { id: 'Jenis barang/dokumen', en: 'Item type' },
  description: { id: 'Keterangan', en: 'Description' },
  identifier: { id: 'Nomor pada dokumen', en: 'Number on the document' },
};

export const complaintFieldLabels: FieldLabels<Complaint> = {
  ...common,
  anonymous: { id: 'Tanpa nama (anonim)', en: 'Anonymous' },
  fullName: person.fullName,
  phone: person.phone,
  nik: person.nik,
  category: { id: 'Kategori pengaduan', en: 'Complaint category' },
  description: { id: 'Isi pengaduan', en: 'Complaint' },
  villageCode: person.villageCode,
  location: { id: 'Lokasi kejadian', en: 'Location' },
  urgency: { id: 'Tingkat urgensi', en: 'Urgency' },
  receiptNumber: service.receiptNumber,
  accessCode: service.accessCode,
  status: service.status,
  statusReason: service.statusReason,
  visitId: service.visitId,
};

export const complaintFollowUpFieldLabels: FieldLabels<ComplaintFollowUp> = {
  ...common,
  complaintId: { id: 'Pengaduan', en: 'Complaint' },
  at: { id: 'Waktu', en: 'Time' },
  officerId: { id: 'Petugas', en: 'Officer' },
  action: { id: 'Tindakan', en: 'Action taken' },
  outcome: { id: 'Hasil', en: 'Outcome' },
};

export const crowdPermitFieldLabels: FieldLabels<CrowdPermitRequest> = {
  ...common,
  fullName: { id: 'Nama penanggung jawab', en: 'Organizer name' },
  nik: person.nik,
  phone: person.phone,
  organization: { id: 'Organisasi/panitia', en: 'Organization' },
  eventName: { id: 'Nama kegiatan', en: 'Event name' },
  eventType: { id: 'Jenis kegiatan', en: 'Event type' },
  eventTypeOther: { id: 'Jenis kegiatan lainnya', en: 'Other event type' },
  venue: { id: 'Tempat kegiatan', en: 'Venue' },
  villageCode: person.villageCode,
  startsAt: { id: 'Mulai', en: 'Starts at' },
  endsAt: { id: 'Selesai', en: 'Ends at' },
  expectedAttendance: { id: 'Perkiraan jumlah peserta', en: 'Expected attendance' },
  scale: { id: 'Skala kegiatan', en: 'Event scale' },
  issuingLevel: { id: 'Tingkat pemberi izin', en: 'Issuing level' },
  involvesForeigners: { id: 'Melibatkan WNA', en: 'Involves foreigners' },
  filedByProxy: { id: 'Diajukan oleh kuasa', en: 'Filed by a proxy' },
  documents: service.documents,
  forwardedTo: { id: 'Diteruskan kepada', en: 'Forwarded to' },
  decisionRef: { id: 'Nomor keputusan', en: 'Decision reference' },
  receiptNumber: service.receiptNumber,
  accessCode: service.accessCode,
  status: service.status,
  statusReason: service.statusReason,
  visitId: service.visitId,
};

export const visitFieldLabels: FieldLabels<Visit> = {
  ...common,
  villageCode: person.villageCode,
  date: { id: 'Tanggal', en: 'Date' },
  order: { id: 'Urutan', en: 'Order' },
  plannedStart: { id: 'Rencana mulai', en: 'Planned start' },
  servicesOffered: { id: 'Layanan', en: 'Services offered' },
  simCategoriesOffered: { id: 'Golongan SIM yang dilayani', en: 'SIM categories served' },
  status: service.status,
  arrivedAt: { id: 'Tiba', en: 'Arrived at' },
  leftAt: { id: 'Berangkat', en: 'Left at' },
  notes: { id: 'Catatan', en: 'Notes' },
};

export const unitFieldLabels: FieldLabels<Unit> = {
  name: { id: 'Nama unit', en: 'Unit name' },
  polres: { id: 'Polres', en: 'Polres' },
  kind: { id: 'Jenis unit', en: 'Unit kind' },
  baseLat: { id: 'Lintang markas', en: 'Base latitude' },
  baseLng: { id: 'Bujur markas', en: 'Base longitude' },
  officeCode: { id: 'Kode kantor pada nomor surat', en: 'Office code in letter numbers' },
  createdAt: common.createdAt,
  createdBy: common.createdBy,
};

export const officerFieldLabels: FieldLabels<Officer> = {
  unitId: common.unitId,
  name: { id: 'Nama', en: 'Name' },
  nrp: { id: 'NRP/NIP', en: 'NRP/NIP' },
  role: { id: 'Peran', en: 'Role' },
  rank: { id: 'Pangkat', en: 'Rank' },
  username: { id: 'Nama pengguna', en: 'Username' },
  pinVerifier: { id: 'Verifikasi PIN', en: 'PIN verifier' },
  active: { id: 'Aktif', en: 'Active' },
  createdAt: common.createdAt,
  createdBy: common.createdBy,
};

export const feeTableFieldLabels: FieldLabels<FeeTableRecord> = {
  regulation: { id: 'Dasar hukum', en: 'Regulation' },
  validFrom: { id: 'Berlaku mulai', en: 'Valid from' },
  validFromConfirmed: { id: 'Tanggal berlaku terkonfirmasi', en: 'Start date confirmed' },
  confirmed: { id: 'Tarif terkonfirmasi', en: 'Tariffs confirmed' },
  rows: { id: 'Tarif', en: 'Tariffs' },
  notes: { id: 'Catatan', en: 'Notes' },
  createdAt: common.createdAt,
  createdBy: common.createdBy,
};

export const surveyFieldLabels: FieldLabels<SatisfactionSurvey> = {
  ...common,
  service: { id: 'Layanan', en: 'Service' },
  recordId: { id: 'Data layanan', en: 'Service record' },
  officerId: { id: 'Petugas', en: 'Officer' },
  answers: { id: 'Jawaban', en: 'Answers' },
  comment: { id: 'Saran', en: 'Comment' },
  channel: { id: 'Saluran', en: 'Channel' },
};

export const trainingFieldLabels: FieldLabels<Training> = {
  title: { id: 'Judul', en: 'Title' },
  topic: { id: 'Topik', en: 'Topic' },
  date: { id: 'Tanggal', en: 'Date' },
  trainer: { id: 'Pelatih', en: 'Trainer' },
  notes: { id: 'Catatan', en: 'Notes' },
  createdAt: common.createdAt,
  createdBy: common.createdBy,
};

export const trainingAttendanceFieldLabels: FieldLabels<TrainingAttendance> = {
  trainingId: { id: 'Pelatihan', en: 'Training' },
  officerId: { id: 'Petugas', en: 'Officer' },
  attended: { id: 'Hadir', en: 'Attended' },
  createdAt: common.createdAt,
  createdBy: common.createdBy,
};

/** Field labels of every entity. */
export const entityFieldLabels: Readonly<Record<EntityName, Readonly<Record<string, Label>>>> = {
  sim_applications: simFieldLabels,
  skck_applications: skckFieldLabels,
  outreach_sessions: outreachFieldLabels,
  lost_item_reports: lostItemReportFieldLabels,
  lost_items: lostItemFieldLabels,
  complaints: complaintFieldLabels,
  complaint_follow_ups: complaintFollowUpFieldLabels,
  crowd_permit_requests: crowdPermitFieldLabels,
  visits: visitFieldLabels,
  units: unitFieldLabels,
  officers: officerFieldLabels,
  fee_tables: feeTableFieldLabels,
  satisfaction_surveys: surveyFieldLabels,
  trainings: trainingFieldLabels,
  training_attendance: trainingAttendanceFieldLabels,
};

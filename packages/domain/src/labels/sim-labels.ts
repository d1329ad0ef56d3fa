import type { SimApplicationField } from '../sim/sim-application.js';
import type { SimApplicationType, SimCategory } from '../sim/sim-enums.js';
import type { Label } from './lang.js';

export const simFieldLabels: Readonly<Record<SimApplicationField, Label>> = {
  applicationType: { id: 'Jenis permohonan', en: 'Application type' },
  category: { id: 'Golongan SIM', en: 'SIM category' },
  nik: { id: 'NIK', en: 'NIK (national ID number)' },
  fullName: { id: 'Nama lengkap', en: 'Full name' },
  birthPlace: { id: 'Tempat lahir', en: 'Place of birth' },
  birthDate: { id: 'Tanggal lahir', en: 'Date of birth' },
  sex: { id: 'Jenis kelamin', en: 'Sex' },
  address: { id: 'Alamat', en: 'Address' },
  villageCode: { id: 'Desa/kelurahan', en: 'Village' },
  phone: { id: 'Nomor HP', en: 'Mobile number' },
  previousLicenseNumber: { id: 'Nomor SIM lama', en: 'Previous SIM number' },
  previousLicenseExpiry: { id: 'Masa berlaku SIM lama', en: 'Previous SIM expiry date' },
  healthCertificateNumber: { id: 'Nomor surat keterangan sehat', en: 'Health certificate number' },
  psychTestNumber: { id: 'Nomor hasil tes psikologi', en: 'Psychology test number' },
  photo: { id: 'Foto', en: 'Photo' },
  visitId: { id: 'Kunjungan', en: 'Visit' },
  feeRupiah: { id: 'Biaya PNBP (Rp)', en: 'Fee (PNBP, Rp)' },
  receiptNumber: { id: 'Nomor tanda terima', en: 'Receipt number' },
  status: { id: 'Status', en: 'Status' },
  statusReason: { id: 'Alasan', en: 'Reason' },
  unitId: { id: 'Unit', en: 'Unit' },
  createdAt: { id: 'Dibuat pada', en: 'Created at' },
  createdBy: { id: 'Dibuat oleh', en: 'Created by' },
};

export const simCategoryLabels: Readonly<Record<SimCategory, Label>> = {
  A: { id: 'SIM A', en: 'SIM A (car, private)' },
  A_UMUM: { id: 'SIM A Umum', en: 'SIM A Umum (car, public)' },
  BI: { id: 'SIM B I', en: 'SIM B I (bus/truck, private)' },
  BI_UMUM: { id: 'SIM B I Umum', en: 'SIM B I Umum (bus/truck, public)' },
  BII: { id: 'SIM B II', en: 'SIM B II (heavy equipment, trailer)' },
  BII_UMUM: { id: 'SIM B II Umum', en: 'SIM B II Umum (heavy equipment, public)' },
  C: { id: 'SIM C', en: 'SIM C (motorcycle up to 250 cc)' },
  CI: { id: 'SIM C I', en: 'SIM C I (motorcycle 250–500 cc)' },
  CII: { id: 'SIM C II', en: 'SIM C II (motorcycle over 500 cc)' },
  D: { id: 'SIM D', en: 'SIM D (disability, like C)' },
  DI: { id: 'SIM D I', en: 'SIM D I (disability, like A)' },
};

export const simApplicationTypeLabels: Readonly<Record<SimApplicationType, Label>> = {
  new: { id: 'Baru', en: 'New' },
  renewal: { id: 'Perpanjangan', en: 'Renewal' },
};

export const sexLabels: Readonly<Record<'L' | 'P', Label>> = {
  L: { id: 'Laki-laki', en: 'Male' },
  P: { id: 'Perempuan', en: 'Female' },
};

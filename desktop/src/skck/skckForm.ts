import {
  feeFor,
  maritalStatuses,
  nationalities,
  religions,
  simApplicationTypes,
  skckDocumentKeys,
  skckPurposes,
} from '@keliling/domain';
import {
  contactFields,
  contactRecord,
  emptyContact,
  emptyIdentity,
  enumOptions,
  field,
  identityFields,
  identityRecord,
  personMessages,
  visitLink,
  withFee,
} from '../forms/fieldSpecs';
import type { ServiceFormSpec } from '../forms/formSpec';
import { checklist, defined, text } from '../forms/formValues';
import { msg } from '../i18n/i18n';

const entity = 'skck_applications';

/** SKCK (police clearance), new or renewal (records.md `skck_applications`). */
export const skckFormSpec: ServiceFormSpec = {
  key: 'skck',
  entity,
  title: msg('Permohonan SKCK'),
  intro: msg('Surat Keterangan Catatan Kepolisian, baru atau perpanjangan.'),
  receiptService: 'SKCK',
  sections: [
    {
      legend: msg('Permohonan'),
      fields: [
        field(entity, 'applicationType', 'select', { options: enumOptions('applicationType', simApplicationTypes) }),
        field(entity, 'purpose', 'select', { options: enumOptions('skckPurpose', skckPurposes), wide: true }),
        field(entity, 'purposeOther', 'text', { when: (v) => v.purpose === 'other', wide: true }),
        field(entity, 'previousSkckNumber', 'text', { when: (v) => v.applicationType === 'renewal' }),
        field(entity, 'previousSkckExpiry', 'date', { when: (v) => v.applicationType === 'renewal' }),
      ],
    },
    { legend: msg('Identitas pemohon'), fields: identityFields(entity) },
    {
      legend: msg('Data diri'),
      fields: [
        field(entity, 'nationality', 'select', { options: enumOptions('nationality', nationalities) }),
        field(entity, 'religion', 'select', { options: enumOptions('religion', religions) }),
        field(entity, 'maritalStatus', 'select', { options: enumOptions('maritalStatus', maritalStatuses) }),
        field(entity, 'occupation', 'text'),
      ],
    },
    { legend: msg('Alamat dan kontak'), fields: contactFields(entity) },
    {
      legend: msg('Dokumen yang dibawa'),
      fields: [field(entity, 'documents', 'checklist', { options: enumOptions('document', skckDocumentKeys) })],
    },
  ],
  empty: {
    applicationType: 'new',
    purpose: '',
    purposeOther: '',
    previousSkckNumber: '',
    previousSkckExpiry: '',
    ...emptyIdentity,
    nationality: 'WNI',
    religion: '',
    maritalStatus: '',
    occupation: '',
    ...emptyContact,
    documents: [],
  },
  toDraft(values, context) {
    const renewal = values.applicationType === 'renewal';
    const fields = defined({
      applicationType: text(values.applicationType),
      purpose: text(values.purpose),
      purposeOther: values.purpose === 'other' ? text(values.purposeOther) : undefined,
      previousSkckNumber: renewal ? text(values.previousSkckNumber) : undefined,
      previousSkckExpiry: renewal ? text(values.previousSkckExpiry) : undefined,
      ...identityRecord(values),
      nationality: text(values.nationality),
      religion: text(values.religion),
      maritalStatus: text(values.maritalStatus),
      occupation: text(values.occupation),
      ...contactRecord(values),
      documents: checklist(skckDocumentKeys, values.documents),
      status: 'submitted',
      ...visitLink(context.visitId),
    });
    return { fields: withFee(entity, fields, context.nowIso) };
  },
  fee: (fields, context) => feeFor(entity, { ...fields, createdAt: context.nowIso }),
  messages: {
    ...personMessages,
    applicationType: msg('Pilih baru atau perpanjangan.'),
    purpose: msg('Pilih keperluan SKCK.'),
    purposeOther: msg('Tuliskan keperluannya.'),
    previousSkckNumber: msg('Isi nomor SKCK lama untuk perpanjangan.'),
    previousSkckExpiry: msg('Isi tanggal berlaku SKCK lama.'),
    nationality: msg('Pilih kewarganegaraan.'),
    religion: msg('Pilih agama.'),
    maritalStatus: msg('Pilih status perkawinan.'),
    occupation: msg('Isi pekerjaan.'),
    feeRupiah: msg('Tarif SKCK tidak ditemukan.'),
  },
};

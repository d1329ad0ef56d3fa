import { feeFor, simCategories, simDocumentKeys } from '@keliling/domain';
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

const entity = 'sim_applications';
const needsHeldLicence = (values: Record<string, unknown>) => values.category === 'CI' || values.category === 'CII';

/**
 * A new SIM (`applicationType: new`). SIM Keliling normally renews only; a new SIM is taken only at a visit whose
 * `servicesOffered` includes `sim_new` (the domain's rule `service_not_offered` refuses it otherwise).
 */
export const simNewFormSpec: ServiceFormSpec = {
  key: 'new-sim',
  entity,
  title: msg('SIM baru'),
  intro: msg('Permohonan SIM baru, hanya pada kunjungan yang menawarkan SIM baru.'),
  receiptService: 'SIM',
  sections: [
    { legend: msg('Identitas pemohon'), fields: identityFields(entity) },
    { legend: msg('Alamat dan kontak'), fields: contactFields(entity) },
    {
      legend: msg('SIM yang dimohon'),
      fields: [
        field(entity, 'category', 'select', { options: enumOptions('simCategory', simCategories) }),
        field(entity, 'heldLicenceCategory', 'select', {
          options: enumOptions('simCategory', ['C', 'CI']),
          when: needsHeldLicence,
        }),
        field(entity, 'heldLicenceIssuedOn', 'date', { when: needsHeldLicence }),
        field(entity, 'healthCertificateNumber', 'text'),
        field(entity, 'psychTestNumber', 'text'),
        field(entity, 'documents', 'checklist', { options: enumOptions('document', simDocumentKeys) }),
      ],
    },
  ],
  empty: {
    ...emptyIdentity,
    ...emptyContact,
    category: '',
    heldLicenceCategory: '',
    heldLicenceIssuedOn: '',
    healthCertificateNumber: '',
    psychTestNumber: '',
    documents: [],
  },
  toDraft(values, context) {
    const held = needsHeldLicence(values);
    const fields = defined({
      applicationType: 'new',
      ...identityRecord(values),
      ...contactRecord(values),
      category: text(values.category),
      heldLicenceCategory: held ? text(values.heldLicenceCategory) : undefined,
      heldLicenceIssuedOn: held ? text(values.heldLicenceIssuedOn) : undefined,
      healthCertificateNumber: text(values.healthCertificateNumber),
      psychTestNumber: text(values.psychTestNumber),
      documents: checklist(simDocumentKeys, values.documents),
      status: 'submitted',
      ...visitLink(context.visitId),
    });
    return { fields: withFee(entity, fields, context.nowIso) };
  },
  fee: (fields, context) => feeFor(entity, { ...fields, createdAt: context.nowIso }),
  messages: {
    ...personMessages,
    category: msg('Pilih golongan SIM.'),
    heldLicenceCategory: msg('Pilih SIM yang sudah dimiliki.'),
    heldLicenceIssuedOn: msg('Isi tanggal terbit SIM yang sudah dimiliki.'),
    healthCertificateNumber: msg('Periksa nomor surat keterangan sehat.'),
    psychTestNumber: msg('Periksa nomor hasil tes psikologi.'),
    feeRupiah: msg('Tarif untuk golongan ini tidak ditemukan.'),
  },
};

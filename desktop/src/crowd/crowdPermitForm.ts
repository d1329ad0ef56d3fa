import { crowdPermitDocumentKeys, crowdPermitIssuingLevel, eventScales, eventTypes, label } from '@keliling/domain';
import { enumOptions, field, personMessages, visitLink } from '../forms/fieldSpecs';
import type { ServiceFormSpec } from '../forms/formSpec';
import { checklist, count, defined, instant, phone, text } from '../forms/formValues';
import { msg } from '../i18n/i18n';

const entity = 'crowd_permit_requests';

function issuingLevelOf(scale: unknown) {
  return (eventScales as readonly unknown[]).includes(scale)
    ? crowdPermitIssuingLevel({ scale: scale as (typeof eventScales)[number] })
    : undefined;
}

/** Crowd/event permit intake (records.md `crowd_permit_requests`): taken in here, decided by the level its scale names. */
export const crowdPermitFormSpec: ServiceFormSpec = {
  key: 'crowd',
  entity,
  title: msg('Permohonan izin keramaian'),
  intro: msg('Permohonan diterima di sini dan diteruskan ke Polsek, Polres, Polda atau Mabes sesuai skala kegiatan.'),
  receiptService: 'IZN',
  sections: [
    {
      legend: msg('Penanggung jawab'),
      fields: [
        field(entity, 'nik', 'nik'),
        field(entity, 'fullName', 'text', { wide: true }),
        field(entity, 'phone', 'phone'),
        field(entity, 'organization', 'text', { optional: true, wide: true }),
      ],
    },
    {
      legend: msg('Kegiatan'),
      fields: [
        field(entity, 'eventName', 'text', { wide: true }),
        field(entity, 'eventType', 'select', { options: enumOptions('eventType', eventTypes) }),
        field(entity, 'eventTypeOther', 'text', { when: (v) => v.eventType === 'lainnya' }),
        field(entity, 'venue', 'text', { wide: true }),
        field(entity, 'villageCode', 'village', { label: msg('Desa/kelurahan') }),
        field(entity, 'startsAt', 'datetime'),
        field(entity, 'endsAt', 'datetime'),
        field(entity, 'expectedAttendance', 'number'),
        field(entity, 'scale', 'select', { options: enumOptions('eventScale', eventScales) }),
        field(entity, 'involvesForeigners', 'checkbox', { label: msg('Melibatkan warga negara asing') }),
        field(entity, 'filedByProxy', 'checkbox', { label: msg('Diajukan oleh kuasa') }),
      ],
    },
    {
      legend: msg('Dokumen yang dibawa'),
      fields: [field(entity, 'documents', 'checklist', { options: enumOptions('document', crowdPermitDocumentKeys) })],
    },
  ],
  empty: {
    nik: '',
    fullName: '',
    phone: '',
    organization: '',
    eventName: '',
    eventType: '',
    eventTypeOther: '',
    venue: '',
    villageCode: '',
    startsAt: '',
    endsAt: '',
    expectedAttendance: '',
    scale: '',
    involvesForeigners: false,
    filedByProxy: false,
    documents: [],
  },
  toDraft(values, context) {
    return {
      fields: defined({
        nik: text(values.nik),
        fullName: text(values.fullName),
        phone: phone(values.phone),
        organization: text(values.organization),
        eventName: text(values.eventName),
        eventType: text(values.eventType),
        eventTypeOther: values.eventType === 'lainnya' ? text(values.eventTypeOther) : undefined,
        venue: text(values.venue),
        villageCode: text(values.villageCode),
        startsAt: instant(values.startsAt),
        endsAt: instant(values.endsAt),
        expectedAttendance: count(values.expectedAttendance),
        scale: text(values.scale),
        issuingLevel: issuingLevelOf(values.scale),
        involvesForeigners: values.involvesForeigners === true,
        filedByProxy: values.filedByProxy === true,
        documents: checklist(crowdPermitDocumentKeys, values.documents),
        status: 'submitted',
        ...visitLink(context.visitId),
      }),
    };
  },
  hints(values, { language, t }) {
    const level = issuingLevelOf(values.scale);
    return {
      scale: level
        ? t('Diputuskan oleh {{level}}.', { level: label(`issuingLevel.${level}`, language) })
        : t('Skala menentukan siapa yang memberi izin.'),
    };
  },
  messages: {
    ...personMessages,
    phone: msg('Isi nomor HP penanggung jawab, misalnya 0812 3456 7890.'),
    eventName: msg('Isi nama kegiatan.'),
    eventType: msg('Pilih jenis kegiatan.'),
    eventTypeOther: msg('Sebutkan jenis kegiatannya.'),
    venue: msg('Isi tempat kegiatan.'),
    startsAt: msg('Isi waktu mulai kegiatan.'),
    endsAt: msg('Waktu selesai harus setelah waktu mulai.'),
    expectedAttendance: msg('Isi perkiraan jumlah peserta (angka).'),
    scale: msg('Pilih skala kegiatan: menentukan siapa yang memberi izin.'),
  },
};

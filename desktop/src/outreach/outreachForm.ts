import { outreachTopics } from '@keliling/domain';
import { enumOptions, field, visitLink } from '../forms/fieldSpecs';
import type { ServiceFormSpec } from '../forms/formSpec';
import { count, defined, instant, text } from '../forms/formValues';
import { msg } from '../i18n/i18n';

const entity = 'outreach_sessions';

/** A legal counselling session held in a village (records.md `outreach_sessions`); no receipt, no fee. */
export const outreachFormSpec: ServiceFormSpec = {
  key: 'outreach',
  entity,
  title: msg('Penyuluhan hukum'),
  intro: msg('Catat penyuluhan yang diadakan di desa: waktu, materi dan jumlah peserta.'),
  sections: [
    {
      legend: msg('Tempat dan waktu'),
      fields: [
        field(entity, 'villageCode', 'village', { label: msg('Desa/kelurahan'), wide: true }),
        field(entity, 'startedAt', 'datetime'),
        field(entity, 'endedAt', 'datetime', { optional: true }),
      ],
    },
    {
      legend: msg('Materi'),
      fields: [
        field(entity, 'topics', 'checklist', { options: enumOptions('outreachTopic', outreachTopics) }),
        field(entity, 'topicsOther', 'text', { optional: true, wide: true }),
      ],
    },
    {
      legend: msg('Peserta'),
      fields: [
        field(entity, 'attendeesMale', 'number'),
        field(entity, 'attendeesFemale', 'number'),
        field(entity, 'notes', 'textarea', { optional: true }),
      ],
    },
  ],
  empty: {
    villageCode: '',
    startedAt: '',
    endedAt: '',
    topics: [],
    topicsOther: '',
    attendeesMale: '',
    attendeesFemale: '',
    notes: '',
  },
  toDraft(values, context) {
    const topics = Array.isArray(values.topics)
      ? outreachTopics.filter((topic) => (values.topics as unknown[]).includes(topic))
      : [];
    return {
      fields: defined({
        villageCode: text(values.villageCode),
        startedAt: instant(values.startedAt),
        endedAt: instant(values.endedAt),
        topics,
        topicsOther: text(values.topicsOther),
        attendeesMale: count(values.attendeesMale),
        attendeesFemale: count(values.attendeesFemale),
        notes: text(values.notes),
        speakers: context.officerId ? [context.officerId] : undefined,
        ...visitLink(context.visitId),
      }),
    };
  },
  messages: {
    villageCode: msg('Pilih desa/kelurahan dari daftar (ketik namanya).'),
    startedAt: msg('Isi waktu mulai.'),
    endedAt: msg('Waktu selesai harus setelah waktu mulai.'),
    topics: msg('Pilih paling sedikit satu materi, atau tulis materi lainnya.'),
    attendeesMale: msg('Isi jumlah peserta laki-laki (angka, boleh 0).'),
    attendeesFemale: msg('Isi jumlah peserta perempuan (angka, boleh 0).'),
  },
};

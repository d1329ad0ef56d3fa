import { complaintCategories, complaintUrgencies, formatAccessCode } from '@keliling/domain';
import { enumOptions, field, personMessages, visitLink } from '../forms/fieldSpecs';
import type { ServiceFormSpec } from '../forms/formSpec';
import { defined, phone, text } from '../forms/formValues';
import { msg } from '../i18n/i18n';

const entity = 'complaints';

/** A fresh access code: how a complaint without a NIK is looked up on the status page. */
export function newAccessCode(): string {
  return formatAccessCode(crypto.getRandomValues(new Uint8Array(5)));
}

/** A resident's complaint (records.md `complaints`); the reporter may stay anonymous. */
export function complaintFormSpec(makeAccessCode: () => string = newAccessCode): ServiceFormSpec {
  return {
    key: 'complaint',
    entity,
    title: msg('Pengaduan masyarakat'),
    intro: msg('Catat pengaduan warga. Pelapor boleh anonim; tanpa NIK, warga mendapat kode akses untuk cek status.'),
    receiptService: 'ADU',
    sections: [
      {
        legend: msg('Pelapor'),
        fields: [
          field(entity, 'anonymous', 'checkbox', { label: msg('Pelapor tidak ingin disebut namanya (anonim)') }),
          field(entity, 'fullName', 'text', { when: (v) => !v.anonymous, wide: true }),
          field(entity, 'phone', 'phone', { when: (v) => !v.anonymous, hint: msg('Isi nomor HP atau NIK.') }),
          field(entity, 'nik', 'nik', { when: (v) => !v.anonymous, optional: true }),
        ],
      },
      {
        legend: msg('Pengaduan'),
        fields: [
          field(entity, 'category', 'select', { options: enumOptions('complaintCategory', complaintCategories) }),
          field(entity, 'urgency', 'select', { options: enumOptions('urgency', complaintUrgencies) }),
          field(entity, 'description', 'textarea'),
          field(entity, 'villageCode', 'village', { label: msg('Desa/kelurahan kejadian'), optional: true }),
          field(entity, 'location', 'text', { optional: true }),
        ],
      },
    ],
    empty: {
      anonymous: false,
      fullName: '',
      phone: '',
      nik: '',
      category: '',
      urgency: 'sedang',
      description: '',
      villageCode: '',
      location: '',
    },
    toDraft(values, context) {
      const anonymous = values.anonymous === true;
      const nik = anonymous ? undefined : text(values.nik);
      return {
        fields: defined({
          anonymous,
          fullName: anonymous ? undefined : text(values.fullName),
          phone: anonymous ? undefined : phone(values.phone),
          nik,
          category: text(values.category),
          urgency: text(values.urgency),
          description: text(values.description),
          villageCode: text(values.villageCode),
          location: text(values.location),
          status: 'received',
          accessCode: nik ? undefined : makeAccessCode(),
          ...visitLink(context.visitId),
        }),
      };
    },
    messages: {
      ...personMessages,
      fullName: msg('Isi nama pelapor, atau tandai anonim.'),
      phone: msg('Isi nomor HP yang benar (atau NIK), atau tandai anonim.'),
      category: msg('Pilih kategori pengaduan.'),
      urgency: msg('Pilih tingkat urgensi.'),
      description: msg('Tuliskan isi pengaduan.'),
    },
  };
}

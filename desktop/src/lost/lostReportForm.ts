import { lostItemTypes } from '@keliling/domain';
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
} from '../forms/fieldSpecs';
import type { FieldSpec, FormValues, ServiceFormSpec } from '../forms/formSpec';
import { defined, text } from '../forms/formValues';
import { msg } from '../i18n/i18n';

const entity = 'lost_item_reports';

/** The inputs of one lost item (a `lost_items` child record). */
export const lostItemFields: readonly FieldSpec[] = [
  field('lost_items', 'itemType', 'select', { options: enumOptions('lostItemType', lostItemTypes) }),
  field('lost_items', 'identifier', 'text', {
    optional: true,
    hint: msg('Nomor pada dokumen, misalnya nomor SIM atau rekening.'),
  }),
  field('lost_items', 'description', 'text', { optional: true, wide: true }),
];

export const emptyLostItem = { itemType: '', identifier: '', description: '' };

function itemRows(values: FormValues): FormValues[] {
  return Array.isArray(values.items) ? (values.items as FormValues[]) : [];
}

/** A lost-item report with one or more lost items (records.md `lost_item_reports` + `lost_items`). Free of charge. */
export const lostReportFormSpec: ServiceFormSpec = {
  key: 'lost',
  entity,
  title: msg('Laporan kehilangan'),
  intro: msg(
    'Laporan kehilangan barang atau dokumen; dijawab dengan Surat Keterangan Tanda Lapor Kehilangan (SKTLK). Gratis.',
  ),
  receiptService: 'LAP',
  sections: [
    { legend: msg('Identitas pelapor'), fields: identityFields(entity) },
    { legend: msg('Alamat dan kontak'), fields: contactFields(entity) },
    {
      legend: msg('Kejadian'),
      fields: [
        field(entity, 'lostOn', 'date'),
        field(entity, 'lostPlace', 'text', { wide: true }),
        field(entity, 'chronology', 'textarea'),
      ],
    },
  ],
  childRows: { name: 'items', fields: lostItemFields },
  empty: { ...emptyIdentity, ...emptyContact, lostOn: '', lostPlace: '', chronology: '', items: [emptyLostItem] },
  toDraft(values, context) {
    return {
      fields: defined({
        ...identityRecord(values),
        ...contactRecord(values),
        lostOn: text(values.lostOn),
        lostPlace: text(values.lostPlace),
        chronology: text(values.chronology),
        status: 'submitted',
        ...visitLink(context.visitId),
      }),
      children: itemRows(values).map((item) => ({
        entity: 'lost_items' as const,
        parentField: 'reportId',
        fields: defined({
          itemType: text(item.itemType),
          identifier: text(item.identifier),
          description: text(item.description),
        }),
      })),
    };
  },
  messages: {
    ...personMessages,
    lostOn: msg('Isi tanggal kehilangan (tidak boleh setelah hari ini).'),
    lostPlace: msg('Isi tempat kehilangan.'),
    chronology: msg('Ceritakan singkat kronologinya.'),
    itemType: msg('Pilih jenis barang/dokumen.'),
    description: msg('Jelaskan barangnya (wajib untuk jenis "Lainnya").'),
    identifier: msg('Periksa nomor dokumen.'),
  },
};

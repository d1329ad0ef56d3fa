import type { z } from 'zod';
import { complaintCategories, complaintEntity, complaintUrgencies } from '../complaints/complaint.js';
import { eventScales } from '../crowd-permits/crowd-permit-level.js';
import { crowdPermitRequestEntity, eventTypes } from '../crowd-permits/crowd-permit-request.js';
import { isLabelKey, label } from '../labels/catalogue.js';
import { fieldLabel } from '../labels/catalogue.js';
import type { Label, Lang } from '../labels/lang.js';
import { lostItemReportEntity } from '../lost-items/lost-item-report.js';
import { sexes } from '../sim/sim-enums.js';

/** How a portal field is entered. `datetime` is typed in WIB and sent as an instant. */
export type PortalFieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'datetime'
  | 'number'
  | 'select'
  | 'checkbox'
  | 'nik'
  | 'village';

export type PortalField = {
  name: string;
  kind: PortalFieldKind;
  /** Required by the record's schema (or by `shownWhen` once shown); `hiddenWhen` lifts it. */
  required: boolean;
  label: Label;
  options?: readonly { value: string; label: Label }[];
  /** Shown (and then required) only when another field has this value, e.g. "other event type". */
  shownWhen?: { field: string; equals: string };
  /** Hidden (and not sent) when another field is ticked, e.g. the name of an anonymous complaint. */
  hiddenWhen?: { field: string };
  /** The field's rule in the record's schema: the portal checks with it, and so does the server. */
  schema: z.ZodType;
};

export type PortalEntity = 'lost_item_reports' | 'crowd_permit_requests' | 'complaints';

export type PortalService = {
  slug: string;
  entity: PortalEntity;
  title: Label;
  intro: Label;
  documentsHint: Label;
  fields: readonly PortalField[];
  /** Lost-item reports list their items (child `lost_items` records). */
  items: boolean;
};

type Definition = { required: Readonly<Record<string, z.ZodType>>; optional: Readonly<Record<string, z.ZodType>> };

function optionsOf(prefix: string, values: readonly string[]): { value: string; label: Label }[] {
  return values.map((value) => {
    const key = `${prefix}.${value}`;
    return {
      value,
      label: isLabelKey(key) ? { id: label(key, 'id'), en: label(key, 'en') } : { id: value, en: value },
    };
  });
}

type FieldSpec = Omit<PortalField, 'required' | 'label' | 'schema'> & { label?: Label; required?: boolean };

/** A portal field from the record's own definition: its label from the catalogue, its rule and required-ness from the schema. */
function fieldsOf(entity: PortalEntity, definition: Definition, specs: readonly FieldSpec[]): PortalField[] {
  return specs.map((spec) => {
    const required = Object.hasOwn(definition.required, spec.name);
    const schema = required ? definition.required[spec.name] : definition.optional[spec.name];
    if (!schema) throw new Error(`${entity} has no field ${spec.name}`);
    return {
      ...spec,
      required: spec.required ?? required,
      label: spec.label ?? { id: fieldLabel(entity, spec.name, 'id'), en: fieldLabel(entity, spec.name, 'en') },
      schema,
    };
  });
}

const sexOptions = optionsOf('sex', sexes);

/** The three services residents file on the portal, their fields in the form's order. */
export const portalServices: readonly PortalService[] = [
  {
    slug: 'kehilangan',
    entity: 'lost_item_reports',
    title: { id: 'Laporan Kehilangan', en: 'Lost-item report' },
    intro: {
      id: 'Laporkan dokumen atau barang yang hilang. Surat Keterangan Tanda Lapor Kehilangan (SKTLK) dapat diunduh dari halaman status setelah terbit.',
      en: 'Report a lost document or item. The lost-item report letter (SKTLK) can be downloaded from the status page once issued.',
    },
    documentsHint: {
      id: 'Foto KTP pelapor dan bukti kepemilikan (mis. fotokopi dokumen yang hilang). JPG, PNG, WEBP atau PDF, paling besar 5 MB; foto diperkecil otomatis.',
      en: "A photo of the reporter's ID card and proof of ownership (e.g. a copy of the lost document). JPG, PNG, WEBP or PDF, 5 MB at most; photos are shrunk automatically.",
    },
    items: true,
    fields: fieldsOf('lost_item_reports', lostItemReportEntity.definition, [
      { name: 'fullName', kind: 'text' },
      { name: 'nik', kind: 'nik' },
      { name: 'birthPlace', kind: 'text' },
      { name: 'birthDate', kind: 'date' },
      { name: 'sex', kind: 'select', options: sexOptions },
      { name: 'address', kind: 'textarea' },
      { name: 'villageCode', kind: 'village', label: { id: 'Desa/kelurahan tempat tinggal', en: 'Home village' } },
      { name: 'lostOn', kind: 'date' },
      { name: 'lostPlace', kind: 'text' },
      { name: 'chronology', kind: 'textarea', label: { id: 'Kronologi singkat', en: 'What happened, briefly' } },
    ]),
  },
  {
    slug: 'izin-keramaian',
    entity: 'crowd_permit_requests',
    title: { id: 'Izin Keramaian', en: 'Crowd permit' },
    intro: {
      id: 'Permohonan izin keramaian untuk acara. Pejabat yang memutuskan bergantung pada skala acara.',
      en: 'Request a permit for an event. Who decides depends on the scale of the event.',
    },
    documentsHint: {
      id: 'KTP-el, susunan panitia, izin pemilik tempat, rekomendasi instansi terkait, surat pernyataan, AD/ART organisasi. JPG, PNG, WEBP atau PDF, paling besar 5 MB.',
      en: "ID card, committee list, the venue owner's consent, recommendations of the agencies concerned, a statement letter, the organisation's articles. JPG, PNG, WEBP or PDF, 5 MB at most.",
    },
    items: false,
    fields: fieldsOf('crowd_permit_requests', crowdPermitRequestEntity.definition, [
      { name: 'fullName', kind: 'text' },
      { name: 'nik', kind: 'nik' },
      { name: 'organization', kind: 'text' },
      { name: 'eventName', kind: 'text' },
      { name: 'eventType', kind: 'select', options: optionsOf('eventType', eventTypes) },
      { name: 'eventTypeOther', kind: 'text', required: true, shownWhen: { field: 'eventType', equals: 'lainnya' } },
      { name: 'venue', kind: 'text' },
      {
        name: 'villageCode',
        kind: 'village',
        label: { id: 'Desa/kelurahan tempat acara', en: 'Village of the venue' },
      },
      { name: 'startsAt', kind: 'datetime', label: { id: 'Mulai (WIB)', en: 'Starts (WIB)' } },
      { name: 'endsAt', kind: 'datetime', label: { id: 'Selesai (WIB)', en: 'Ends (WIB)' } },
      { name: 'expectedAttendance', kind: 'number' },
      { name: 'scale', kind: 'select', options: optionsOf('eventScale', eventScales) },
      { name: 'involvesForeigners', kind: 'checkbox' },
      { name: 'filedByProxy', kind: 'checkbox' },
    ]),
  },
  {
    slug: 'pengaduan',
    entity: 'complaints',
    title: { id: 'Pengaduan', en: 'Complaint' },
    intro: {
      id: 'Sampaikan pengaduan. Anda boleh tidak menyebutkan nama; nomor HP tetap diperlukan untuk kode verifikasi dan kabar tindak lanjut.',
      en: 'Make a complaint. You may leave your name out; a mobile number is still needed for the code and for news of the follow-up.',
    },
    documentsHint: {
      id: 'Foto atau dokumen pendukung (tidak wajib). JPG, PNG, WEBP atau PDF, paling besar 5 MB.',
      en: 'Photos or supporting documents (optional). JPG, PNG, WEBP or PDF, 5 MB at most.',
    },
    items: false,
    fields: fieldsOf('complaints', complaintEntity.definition, [
      {
        name: 'anonymous',
        kind: 'checkbox',
        label: { id: 'Kirim tanpa nama (anonim)', en: 'Send without my name (anonymous)' },
      },
      { name: 'fullName', kind: 'text', required: true, hiddenWhen: { field: 'anonymous' } },
      { name: 'nik', kind: 'nik', hiddenWhen: { field: 'anonymous' } },
      { name: 'category', kind: 'select', options: optionsOf('complaintCategory', complaintCategories) },
      { name: 'description', kind: 'textarea', label: { id: 'Uraian pengaduan', en: 'Your complaint' } },
      {
        name: 'villageCode',
        kind: 'village',
        label: { id: 'Desa/kelurahan kejadian', en: 'Village where it happened' },
      },
      { name: 'location', kind: 'text' },
      { name: 'urgency', kind: 'select', options: optionsOf('urgency', complaintUrgencies) },
    ]),
  },
];

export function portalService(entity: PortalEntity): PortalService {
  const service = portalServices.find((s) => s.entity === entity);
  if (!service) throw new Error(`No portal service for ${entity}`);
  return service;
}

/** The fields a resident may send for a service: exactly those the portal's form shows. */
export function portalFieldNames(entity: PortalEntity): readonly string[] {
  return portalService(entity).fields.map((f) => f.name);
}

/** The field's label in `lang`. */
export const portalFieldLabel = (field: PortalField, lang: Lang) => field.label[lang];

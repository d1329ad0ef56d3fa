import type { z } from 'zod';
import { checkCrowdPermitRequest } from '../crowd-permits/crowd-permit-rules.js';
import { ruleMessage } from '../labels/catalogue.js';
import type { Label, Lang } from '../labels/lang.js';
import { lostItemEntity } from '../lost-items/lost-item.js';
import { checkLostItemReport } from '../lost-items/lost-item-rules.js';
import { nikProblem } from '../nik/nik.js';
import type { RuleIssue } from '../rules/rule-codes.js';
import { codeTextMax, longTextMax, shortTextMax } from '../text.js';
import type { PortalField, PortalService } from './portal-services.js';

/** A message for one field, in plain words (the field is named by its label, never its key). */
export type FieldMessage = { field: string; message: string };

const say = (id: string, en: string): Label => ({ id, en });

const texts = {
  required: say('{label} wajib diisi.', '{label} is required.'),
  choose: say('Pilih {label}.', 'Choose the {label}.'),
  village: say('Pilih desa/kelurahan dari daftar.', 'Choose the village from the list.'),
  nikFormat: say('NIK harus 16 angka, sesuai KTP.', 'The NIK must be 16 digits, as on the ID card.'),
  nikDate: say(
    'Angka ke-7 sampai ke-12 NIK tidak membentuk tanggal lahir. Periksa kembali NIK pada KTP.',
    'Digits 7 to 12 of the NIK do not form a birth date. Check the NIK on the ID card again.',
  ),
  nikProvince: say(
    'Dua angka pertama NIK bukan kode provinsi. Periksa kembali NIK pada KTP.',
    'The first two digits of the NIK are not a province code. Check the NIK on the ID card again.',
  ),
  date: say('Isi tanggal yang benar untuk {label}.', 'Enter a real date for the {label}.'),
  birthDateOld: say('Tanggal lahir tidak mungkin sebelum tahun 1900.', 'A birth date cannot be before 1900.'),
  dateTime: say('Isi tanggal dan jam untuk {label}.', 'Enter a date and time for the {label}.'),
  number: say('Isi {label} dengan angka bulat, 0 atau lebih.', 'Enter the {label} as a whole number, 0 or more.'),
  tooLong: say(
    '{label} terlalu panjang: paling banyak {max} huruf.',
    'The {label} is too long: {max} characters at most.',
  ),
  blank: say('{label} tidak boleh hanya berisi spasi.', 'The {label} cannot be only spaces.'),
  printable: say(
    '{label} berisi karakter yang tidak dapat dicetak.',
    'The {label} holds characters that cannot be printed.',
  ),
  invalid: say('{label} belum benar.', 'The {label} is not right yet.'),
  endsBeforeStart: say('Waktu selesai harus setelah waktu mulai.', 'The end must be after the start.'),
  itemsCount: say('Sebutkan 1 sampai {max} barang yang hilang.', 'Name between 1 and {max} lost items.'),
  itemType: say('Barang {n}: pilih jenis barang.', 'Item {n}: choose the kind of item.'),
  itemDescription: say(
    'Barang {n}: jelaskan barangnya, karena jenisnya "Lainnya".',
    'Item {n}: describe the item, as its kind is "Other".',
  ),
  itemText: say('Barang {n}: {what} terlalu panjang atau tidak sah.', 'Item {n}: the {what} is too long or not valid.'),
} as const;

const fill = (text: string, values: Readonly<Record<string, string | number>>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));

/** Whether a field is on the form given the other values (a hidden field is neither checked nor sent). */
export function isFieldShown(field: PortalField, values: Readonly<Record<string, unknown>>): boolean {
  if (field.shownWhen && values[field.shownWhen.field] !== field.shownWhen.equals) return false;
  if (field.hiddenWhen && values[field.hiddenWhen.field] === true) return false;
  return true;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

const maxFor = (field: PortalField) => (field.kind === 'textarea' ? longTextMax : shortTextMax);

/** The plain message for a value the field's schema refused. */
function refusal(field: PortalField, value: unknown, issue: z.core.$ZodIssue, lang: Lang): string {
  const name = field.label[lang];
  const lower = lang === 'en' ? name.toLowerCase() : name;
  switch (field.kind) {
    case 'nik': {
      const reason = typeof value === 'string' ? nikProblem(value) : 'format';
      return (reason === 'date' ? texts.nikDate : reason === 'province' ? texts.nikProvince : texts.nikFormat)[lang];
    }
    case 'date':
      return field.name === 'birthDate' && typeof value === 'string' && value < '1900-01-01' && /^\d{4}-/.test(value)
        ? texts.birthDateOld[lang]
        : fill(texts.date[lang], { label: lower });
    case 'datetime':
      return fill(texts.dateTime[lang], { label: lower });
    case 'number':
      return fill(texts.number[lang], { label: lower });
    case 'select':
      return fill(texts.choose[lang], { label: lower });
    case 'village':
      return texts.village[lang];
    default:
      if (issue.code === 'too_big') return fill(texts.tooLong[lang], { label: name, max: maxFor(field) });
      if (issue.message === 'Must not be blank') return fill(texts.blank[lang], { label: name });
      if (issue.code === 'custom') return fill(texts.printable[lang], { label: name });
      return fill(texts.invalid[lang], { label: name });
  }
}

/** One field's check, as the portal runs it on blur: required, then the field's own rule in the record's schema. */
export function checkPortalField(
  field: PortalField,
  values: Readonly<Record<string, unknown>>,
  lang: Lang,
): string | null {
  if (!isFieldShown(field, values)) return null;
  const value = values[field.name];
  if (field.kind === 'checkbox') return null;
  if (isEmpty(value)) {
    if (!field.required) return null;
    const template = field.kind === 'select' ? texts.choose : field.kind === 'village' ? texts.village : texts.required;
    return fill(template[lang], {
      label: lang === 'en' && field.kind === 'select' ? field.label.en.toLowerCase() : field.label[lang],
    });
  }
  const result = field.schema.safeParse(value);
  if (result.success) return null;
  const [first] = result.error.issues;
  return first ? refusal(field, value, first, lang) : fill(texts.invalid[lang], { label: field.label[lang] });
}

function ruleIssues(service: PortalService, values: Readonly<Record<string, unknown>>, today: string): RuleIssue[] {
  if (service.entity === 'lost_item_reports') return checkLostItemReport(values as never, { today });
  if (service.entity === 'crowd_permit_requests') return checkCrowdPermitRequest(values as never, { today });
  return [];
}

/**
 * Every field of a portal form, as the portal checks it before asking for the one-time code and as the server
 * checks a submission: each field's own rule, the rules across fields, and the service's rules that block
 * (warnings do not). One message per field, in the form's order.
 */
export function checkPortalForm(
  service: PortalService,
  values: Readonly<Record<string, unknown>>,
  lang: Lang,
  today: string,
): FieldMessage[] {
  const messages = new Map<string, string>();
  for (const field of service.fields) {
    const message = checkPortalField(field, values, lang);
    if (message) messages.set(field.name, message);
  }
  if (
    service.entity === 'crowd_permit_requests' &&
    !messages.has('startsAt') &&
    !messages.has('endsAt') &&
    typeof values.startsAt === 'string' &&
    typeof values.endsAt === 'string' &&
    values.endsAt <= values.startsAt
  ) {
    messages.set('endsAt', texts.endsBeforeStart[lang]);
  }
  for (const issue of ruleIssues(service, values, today)) {
    if (issue.severity !== 'error' || messages.has(issue.field)) continue;
    messages.set(issue.field, ruleMessage(issue, lang));
  }
  const order = service.fields.map((f) => f.name);
  return [...messages]
    .map(([field, message]) => ({ field, message }))
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

export const maxLostItems = 10;

const itemFields = lostItemEntity.definition;

/** The lost items of a report: how many, a kind for each, a description for "other", texts that fit. */
export function checkLostItems(items: readonly Readonly<Record<string, unknown>>[], lang: Lang): FieldMessage[] {
  if (items.length === 0 || items.length > maxLostItems) {
    return [{ field: 'items', message: fill(texts.itemsCount[lang], { max: maxLostItems }) }];
  }
  const messages: FieldMessage[] = [];
  items.forEach((item, i) => {
    const n = i + 1;
    const field = `items.${i}`;
    if (!itemFields.required.itemType.safeParse(item.itemType).success) {
      messages.push({ field: `${field}.itemType`, message: fill(texts.itemType[lang], { n }) });
      return;
    }
    if (item.itemType === 'LAINNYA' && isEmpty(item.description)) {
      messages.push({ field: `${field}.description`, message: fill(texts.itemDescription[lang], { n }) });
      return;
    }
    for (const name of ['identifier', 'description'] as const) {
      if (isEmpty(item[name])) continue;
      if (!itemFields.optional[name].safeParse(item[name]).success) {
        const what =
          lang === 'en'
            ? name === 'identifier'
              ? 'number'
              : 'description'
            : name === 'identifier'
              ? 'nomor'
              : 'keterangan';
        messages.push({ field: `${field}.${name}`, message: fill(texts.itemText[lang], { n, what }) });
      }
    }
  });
  return messages;
}

/** The longest texts a portal field takes (for the form's `maxlength`). */
export const portalTextMax = { short: shortTextMax, long: longTextMax, documentNumber: codeTextMax };

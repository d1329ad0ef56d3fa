import {
  type ChargedEntity,
  type EntityName,
  feeFor,
  fieldLabel,
  isLabelKey,
  type Lang,
  label,
} from '@keliling/domain';
import { msg } from '../i18n/i18n';
import type { FieldKind, FieldSpec, FormValues, Option } from './formSpec';
import { defined, phone, text } from './formValues';

/** The catalogue's label of `prefix.value` (`entity.complaints` → "Pengaduan"); the value itself if unknown. */
export function enumLabel(prefix: string, value: string, lang: Lang = 'id'): string {
  const key = `${prefix}.${value}`;
  return isLabelKey(key) ? label(key, lang) : value;
}

/** Options of an enum from the domain's label catalogue (`religion.islam` → "Islam"). */
export function enumOptions(prefix: string, values: readonly string[]): Option[] {
  return values.map((value) => ({ value, label: enumLabel(prefix, value), key: `${prefix}.${value}` }));
}

/** A field of `entity` with the domain's label for it. */
export function field(entity: EntityName, name: string, kind: FieldKind, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { name, kind, label: fieldLabel(entity, name, 'id'), ...(extra.label ? {} : { entity }), ...extra };
}

/** The identity fields most services ask of a person, in the order a KTP lists them. */
export function identityFields(entity: EntityName): FieldSpec[] {
  return [
    field(entity, 'nik', 'nik'),
    field(entity, 'fullName', 'text', { wide: true }),
    field(entity, 'birthPlace', 'text'),
    field(entity, 'birthDate', 'date'),
    field(entity, 'sex', 'select', { options: enumOptions('sex', ['L', 'P']) }),
  ];
}

export const emptyIdentity = { nik: '', fullName: '', birthPlace: '', birthDate: '', sex: '' };

/** The identity fields as the record holds them. */
export function identityRecord(values: FormValues): Record<string, unknown> {
  return defined({
    nik: text(values.nik),
    fullName: text(values.fullName),
    birthPlace: text(values.birthPlace),
    birthDate: text(values.birthDate),
    sex: text(values.sex),
  });
}

/** Address, village (picker) and phone; the phone stored as +62…. */
export function contactFields(entity: EntityName, { phoneOptional = true } = {}): FieldSpec[] {
  return [
    field(entity, 'address', 'text', { wide: true }),
    field(entity, 'villageCode', 'village', { label: msg('Desa/kelurahan') }),
    field(entity, 'phone', 'phone', { optional: phoneOptional }),
  ];
}

export const emptyContact = { address: '', villageCode: '', phone: '' };

export function contactRecord(values: FormValues): Record<string, unknown> {
  return defined({ address: text(values.address), villageCode: text(values.villageCode), phone: phone(values.phone) });
}

/** Officer-facing messages shared by every form that asks for a person. */
export const personMessages: Readonly<Record<string, string>> = {
  nik: msg('NIK harus 16 angka yang sah (kode wilayah dan tanggal lahir benar).'),
  fullName: msg('Isi nama lengkap sesuai KTP.'),
  birthPlace: msg('Isi tempat lahir.'),
  birthDate: msg('Isi tanggal lahir yang benar.'),
  sex: msg('Pilih jenis kelamin.'),
  address: msg('Isi alamat sesuai KTP.'),
  villageCode: msg('Pilih desa/kelurahan dari daftar (ketik namanya).'),
  phone: msg('Nomor HP harus nomor seluler Indonesia, misalnya 0812 3456 7890.'),
};

/** The visit link of a new record, when one is in progress. */
export function visitLink(visitId: string | null): Record<string, unknown> {
  return visitId ? { visitId } : {};
}

/** The record with the fee it must carry (the domain's fee table, on the record's day); unchanged when none applies. */
export function withFee(
  entity: ChargedEntity,
  fields: Record<string, unknown>,
  nowIso: string,
): Record<string, unknown> {
  const fee = feeFor(entity, { ...fields, createdAt: nowIso });
  return fee ? { ...fields, feeRupiah: fee.feeRupiah } : fields;
}

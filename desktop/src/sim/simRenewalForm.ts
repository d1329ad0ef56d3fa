import {
  isIsoDate,
  isRenewable,
  type NikMatch,
  nikMatches,
  nikSchema,
  normalizePhone,
  type SimCategory,
  simApplicationDefinition,
  simKelilingRenewalCategories,
} from '@keliling/domain';
import { z } from 'zod';
import { indonesian, type MessageLanguage } from '../forms/domainResolver';
import { msg } from '../i18n/i18n';

/** SIM Keliling renews only SIM A and SIM C, and only while the old licence is still valid (the domain's rules). */
export const renewalCategories: readonly SimCategory[] = simKelilingRenewalCategories;

/** What the form holds: text as typed (`sex` and `category` are '' until chosen); the schema's input type. */
export type SimRenewalFormValues = {
  nik: string;
  fullName: string;
  birthPlace: string;
  birthDate: string;
  sex: string;
  address: string;
  villageCode: string;
  phone: string;
  category: string;
  previousLicenseNumber: string;
  previousLicenseExpiry: string;
  healthCertificateNumber: string;
  psychTestNumber: string;
};

export type SimRenewalFieldName = keyof SimRenewalFormValues;

/** Tab order of the form, also used by "Enter advances". */
export const simRenewalFieldOrder: readonly SimRenewalFieldName[] = [
  'nik',
  'fullName',
  'birthPlace',
  'birthDate',
  'sex',
  'address',
  'villageCode',
  'phone',
  'category',
  'previousLicenseNumber',
  'previousLicenseExpiry',
  'healthCertificateNumber',
  'psychTestNumber',
];

export const emptySimRenewalForm: SimRenewalFormValues = {
  nik: '',
  fullName: '',
  birthPlace: '',
  birthDate: '',
  sex: '',
  address: '',
  villageCode: '',
  phone: '',
  category: '',
  previousLicenseNumber: '',
  previousLicenseExpiry: '',
  healthCertificateNumber: '',
  psychTestNumber: '',
};

/** Officer-facing messages per field (Bahasa Indonesia, marked: shown with `t()`); the domain's schemas decide validity. */
export const simRenewalFieldMessages: Record<SimRenewalFieldName, string> = {
  nik: msg('NIK harus 16 angka yang sah (kode wilayah dan tanggal lahir benar).'),
  fullName: msg('Isi nama lengkap sesuai KTP.'),
  birthPlace: msg('Isi tempat lahir.'),
  birthDate: msg('Isi tanggal lahir yang benar.'),
  sex: msg('Pilih jenis kelamin.'),
  address: msg('Isi alamat sesuai KTP.'),
  villageCode: msg('Kode desa/kelurahan harus berbentuk PP.KK.CC.DDDD, misalnya 34.04.07.2001.'),
  phone: msg('Nomor HP harus nomor seluler Indonesia, misalnya 0812 3456 7890.'),
  category: msg('Pilih golongan SIM A atau C.'),
  previousLicenseNumber: msg('Isi nomor SIM lama.'),
  previousLicenseExpiry: msg('Isi tanggal berlaku SIM lama.'),
  healthCertificateNumber: msg('Isi nomor surat keterangan sehat.'),
  psychTestNumber: msg('Isi nomor hasil tes psikologi.'),
};

const record = { ...simApplicationDefinition.required, ...simApplicationDefinition.optional };

/** A required field checked by the domain's own schema for it, after trimming. */
function required<S extends z.ZodType>(field: SimRenewalFieldName, schema: S) {
  return z
    .string()
    .trim()
    .min(1, simRenewalFieldMessages[field])
    .pipe(z.string().refine((value) => schema.safeParse(value).success, simRenewalFieldMessages[field]));
}

/**
 * The form's resolver schema, built from the domain's SIM record schema (one source of truth for each field's
 * rules) plus what a renewal at a SIM Keliling adds: category A or C, the old licence still valid on `today`.
 * Messages are the officer-facing ones above.
 */
export function simRenewalFormSchema(today: string) {
  return z.object({
    nik: required('nik', nikSchema),
    fullName: required('fullName', record.fullName),
    birthPlace: required('birthPlace', record.birthPlace),
    birthDate: required('birthDate', record.birthDate).refine(
      (value) => value <= today,
      msg('Tanggal lahir tidak boleh di masa depan.'),
    ),
    sex: z.string().pipe(z.enum(['L', 'P'], simRenewalFieldMessages.sex)),
    address: required('address', record.address),
    villageCode: required('villageCode', record.villageCode),
    phone: z
      .string()
      .trim()
      .refine((value) => value === '' || normalizePhone(value) !== null, simRenewalFieldMessages.phone),
    category: z
      .string()
      .refine((value) => (renewalCategories as readonly string[]).includes(value), simRenewalFieldMessages.category)
      .transform((value) => value as SimCategory),
    previousLicenseNumber: required('previousLicenseNumber', record.previousLicenseNumber),
    previousLicenseExpiry: required('previousLicenseExpiry', record.previousLicenseExpiry).refine(
      (value) => !isIsoDate(value) || isRenewable({ previousLicenseExpiry: value, on: today }),
      msg(
        'SIM lama sudah tidak berlaku: perpanjangan di SIM Keliling hanya untuk SIM yang masih berlaku. Arahkan pemohon ke Satpas untuk SIM baru.',
      ),
    ),
    healthCertificateNumber: required('healthCertificateNumber', record.healthCertificateNumber),
    psychTestNumber: required('psychTestNumber', record.psychTestNumber),
  });
}

export type SimRenewalInput = z.output<ReturnType<typeof simRenewalFormSchema>>;

/** The phone as written to the record: E.164, or absent. */
export function phoneForRecord(phone: string): string | undefined {
  const trimmed = phone.trim();
  return trimmed === '' ? undefined : (normalizePhone(trimmed) ?? undefined);
}

/**
 * A NIK that disagrees with the birth date or sex on the form is flagged for the officer to look at (a typo,
 * or a NIK issued with a wrong date), never refused. Null when there is nothing to flag.
 */
export function nikMismatchWarning(
  values: Pick<SimRenewalFormValues, 'nik' | 'birthDate' | 'sex'>,
  { t }: Pick<MessageLanguage, 't'> = indonesian,
): string | null {
  if (
    (values.sex !== 'L' && values.sex !== 'P') ||
    !isIsoDate(values.birthDate) ||
    !nikSchema.safeParse(values.nik).success
  )
    return null;
  const match: NikMatch = nikMatches({ nik: values.nik, birthDate: values.birthDate, sex: values.sex });
  if (match.matches) return null;
  const parts = match.mismatched.map((field) =>
    field === 'sex' ? t('jenis kelamin') : field === 'birthDate' ? t('tanggal lahir') : 'NIK',
  );
  return t('Periksa kembali: {{fields}} tidak sesuai dengan NIK.', { fields: parts.join(` ${t('dan')} `) });
}

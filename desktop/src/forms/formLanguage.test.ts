import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { lostReportFormSpec } from '../lost/lostReportForm';
import { nikMismatchWarning } from '../sim/simRenewalForm';
import { skckFormSpec } from '../skck/skckForm';
import { draftIssues, type MessageLanguage } from './domainResolver';
import type { FormContext } from './formSpec';
import { saveErrorText } from './saveRecord';
import { officerTransition } from './statusChange';

const context: FormContext = {
  today: '2026-11-28',
  nowIso: '2026-11-28T03:00:00.000Z',
  officerId: 'officer-1',
  visitId: null,
  visit: null,
};

function languageOf(language: 'id' | 'en'): MessageLanguage {
  const i18n = createI18n(language);
  return { language, t: (text, values) => i18n.t(text, values ?? {}) };
}

const english = languageOf('en');
const indonesian = languageOf('id');

const person = {
  nik: '3404075203900002',
  fullName: 'Sri Wahyuni',
  birthPlace: 'Sleman',
  birthDate: '1990-03-12',
  sex: 'P',
  address: 'Jl. Kaliurang km 5',
  villageCode: '34.04.07.2001',
  phone: '',
};

describe('form messages follow the chosen language', () => {
  it('writes a field refusal from the spec in English or Indonesian', () => {
    const draft = skckFormSpec.toDraft({ ...skckFormSpec.empty, ...person, nik: '1234' }, context);
    const nik = (lang: MessageLanguage) =>
      draftIssues(skckFormSpec, draft, context, lang).find((issue) => issue.path === 'nik')?.message;
    expect(nik(english)).toBe('The NIK must be 16 valid digits (correct region code and date of birth).');
    expect(nik(indonesian)).toBe('NIK harus 16 angka yang sah (kode wilayah dan tanggal lahir benar).');
    // Without a language the messages are Indonesian (the default).
    expect(draftIssues(skckFormSpec, draft, context).find((issue) => issue.path === 'nik')?.message).toBe(
      nik(indonesian),
    );
  });

  it('writes a domain rule refusal (a loss after today) in the chosen language', () => {
    const values = {
      ...lostReportFormSpec.empty,
      ...person,
      lostOn: '2026-11-29',
      lostPlace: 'Pasar',
      chronology: 'Hilang.',
      items: [{ itemType: 'KTP', identifier: '', description: '' }],
    };
    const draft = lostReportFormSpec.toDraft(values, context);
    const en = draftIssues(lostReportFormSpec, draft, context, english);
    const id = draftIssues(lostReportFormSpec, draft, context, indonesian);
    expect(en.map((issue) => issue.path)).toEqual(['lostOn']);
    expect(en[0]?.message).not.toBe(id[0]?.message);
    expect(en[0]?.message).toMatch(/[a-z]/);
  });

  it('names a NIK mismatch and a refused status change in English', () => {
    expect(nikMismatchWarning({ nik: '3404075203900002', birthDate: '1990-03-12', sex: 'L' }, english)).toBe(
      'Check again: sex does not match the NIK.',
    );
    expect(nikMismatchWarning({ nik: '3404075203900002', birthDate: '1990-03-12', sex: 'L' })).toBe(
      'Periksa kembali: jenis kelamin tidak sesuai dengan NIK.',
    );
    const refused = officerTransition('lost_item_reports', 'issued')({ status: 'issued' });
    expect(refused).not.toBeNull();
    if (!refused) return;
    expect(saveErrorText(refused, english)).toBe('The status cannot change from "issued" to "issued".');
    expect(saveErrorText(refused, indonesian)).toBe(refused.message);
  });
});

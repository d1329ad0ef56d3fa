import { describe, expect, it } from 'vitest';
import { errorCodes } from '../errors.js';
import { simApplicationFields } from '../sim/sim-application.js';
import { applicationStatuses, simCategories } from '../sim/sim-enums.js';
import { errorMessage, type LabelKey, label, labels } from './catalogue.js';
import { langs } from './lang.js';

describe('labels', () => {
  it('reads in Bahasa Indonesia and English', () => {
    expect(label('sim.fullName', 'id')).toBe('Nama lengkap');
    expect(label('sim.fullName', 'en')).toBe('Full name');
    expect(label('status.verified', 'id')).toBe('Diverifikasi');
    expect(label('simCategory.BII_UMUM', 'id')).toBe('SIM B II Umum');
    expect(errorMessage('invalid_nik', 'id')).toContain('NIK');
  });

  it('cover every SIM field, category, status and error code', () => {
    const keys = [
      ...simApplicationFields.map((f) => `sim.${String(f)}`),
      ...simCategories.map((c) => `simCategory.${c}`),
      ...applicationStatuses.map((s) => `status.${s}`),
      ...errorCodes.map((c) => `error.${c}`),
    ];
    expect(keys.filter((k) => !Object.hasOwn(labels, k))).toEqual([]);
  });

  it('have non-empty text in both languages, different where it matters', () => {
    for (const key of Object.keys(labels) as LabelKey[]) {
      for (const lang of langs) expect(label(key, lang).trim()).not.toBe('');
    }
    for (const code of errorCodes) expect(errorMessage(code, 'id')).not.toBe(errorMessage(code, 'en'));
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtInFeeTables, wita } from '@keliling/domain';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatRupiah } from '../ui/format';
import { en } from './en';
import { createI18n, storedLanguage } from './i18n';

const srcRoot = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every text marked for translation in the renderer: `t('…')`, `t("…")` and `msg('…')` with a literal. */
function markedTexts(): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /\b(?:t|msg)\(\s*(['"])((?:\\.|(?!\1).)*)\1/g;
  for (const file of sourceFiles(srcRoot)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(pattern)) {
      const key = (match[2] ?? '').replace(/\\(['"\\])/g, '$1');
      if (!found.has(key)) found.set(key, file.slice(srcRoot.length + 1));
    }
  }
  return found;
}

describe('languages', () => {
  it('has an English text for every Indonesian text marked in the app', () => {
    const missing = [...markedTexts()].filter(([key]) => !(key in en) && !(`${key}_other` in en));
    expect(missing.map(([key, file]) => `${file}: ${key}`)).toEqual([]);
  });

  it('names the built-in fee tables’ regulations in English too (they are shown beside every fee)', () => {
    const english = createI18n('en');
    for (const table of builtInFeeTables) {
      expect(table.regulation in en, table.regulation).toBe(true);
      expect(english.t(table.regulation)).not.toBe(table.regulation);
    }
    // A table an administrator publishes later keeps its own words rather than going blank.
    expect(english.t('Perkap 9/2099 (contoh)')).toBe('Perkap 9/2099 (contoh)');
  });

  it('shows Indonesian by default and English when chosen, with plurals and values', () => {
    const id = createI18n('id');
    const english = createI18n('en');
    expect(id.t('Bahasa')).toBe('Bahasa');
    expect(english.t('Bahasa')).toBe('Language');
    expect(storedLanguage({ getItem: () => null })).toBe('id');
    expect(storedLanguage({ getItem: () => 'en' })).toBe('en');
    expect(storedLanguage({ getItem: () => 'fr' })).toBe('id');
  });

  it('writes dates, times and rupiah the Indonesian way, in the unit’s zone', () => {
    const instant = '2026-11-28T03:05:00Z';
    expect(formatDateTime(instant)).toMatch(/^28 Nov 2026,? 10[.:]05 WIB$/);
    expect(formatDateTime(instant, { zone: wita })).toMatch(/11[.:]05 WITA$/);
    expect(formatDateTime(instant, { language: 'en' })).toMatch(/^28 Nov 2026,? 10:05 WIB$/);
    expect(formatDate('2026-08-17')).toBe('17 Agu 2026');
    expect(formatDate('2026-08-17', { language: 'en' })).toBe('17 Aug 2026');
    expect(formatRupiah(120000).replace(/\s/g, ' ')).toBe('Rp 120.000');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The domain package is pure: its code imports zod and itself only (style.md "Dependencies point inward").
const sources = readdirSync(new URL('.', import.meta.url), { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
);

describe('@keliling/domain', () => {
  it.each(sources)('%s imports only zod and relative modules', (file) => {
    const text = readFileSync(new URL(file, import.meta.url), 'utf8');
    const specifiers = [...text.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(specifiers.filter((s) => s !== 'zod' && !s?.startsWith('./') && !s?.startsWith('../'))).toEqual([]);
  });

  it.each(sources)('%s has no clock or randomness hidden in rules', (file) => {
    const text = readFileSync(new URL(file, import.meta.url), 'utf8');
    const uses = text.match(/Date\.now\(|Math\.random\(|new Date\(\)/g) ?? [];
    // dates.ts holds the single default at the API edge (`currentIsoDate`).
    expect(uses.length).toBe(file === 'dates.ts' ? 1 : 0);
  });
});

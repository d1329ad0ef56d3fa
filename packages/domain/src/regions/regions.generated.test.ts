import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { outputUrl, renderRegionsModule } from '../../scripts/generate-regions.mjs';

describe('regions.generated.ts', () => {
  it('is up to date with the installed idn-area-data (run npm run generate:regions)', async () => {
    const committed = await readFile(outputUrl, 'utf8');
    expect(committed === (await renderRegionsModule())).toBe(true);
  });
});

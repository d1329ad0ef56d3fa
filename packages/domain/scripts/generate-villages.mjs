// Writes dist/data/villages.json: all 83,762 villages of idn-area-data in the compact form that
// `parseVillageData` reads (see src/regions/village-data.ts). Run by `npm run build` after tsc, so the
// multi-megabyte list is built, never committed. The desktop build copies it (see docs/data-model.md).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { getVillages } from 'idn-area-data';
import { encodeVillageData } from '../dist/regions/village-data.js';

export const outputUrl = new URL('../dist/data/villages.json', import.meta.url);

async function packageVersion() {
  const pkgPath = createRequire(import.meta.url).resolve('idn-area-data/package.json');
  return JSON.parse(await readFile(pkgPath, 'utf8')).version;
}

/** The villages document for the installed idn-area-data. */
export async function renderVillageData() {
  const [version, rows] = await Promise.all([packageVersion(), getVillages()]);
  const villages = rows.map((r) => ({ code: r.code, name: r.name, districtCode: r.district_code }));
  return encodeVillageData(villages, {
    package: 'idn-area-data',
    version,
    licence: 'ODbL-1.0',
    notice:
      'Derived from idn-area-data (https://github.com/fityannugroho/idn-area-data), Kepmendagri 300.2.2-2138 Tahun 2025; ' +
      'Open Database License 1.0, https://opendatacommons.org/licenses/odbl/1-0/',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const data = await renderVillageData();
  await mkdir(new URL('.', outputUrl), { recursive: true });
  const text = JSON.stringify(data);
  await writeFile(outputUrl, text);
  console.log(`wrote ${fileURLToPath(outputUrl)} (${data.count} villages, ${(text.length / 1e6).toFixed(2)} MB)`);
}

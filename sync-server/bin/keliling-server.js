#!/usr/bin/env node
// Launcher for the Keliling sync server. The program itself is TypeScript compiled to ../dist.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'keliling-server: the server is not built; run `npm run build` first (in sync-server or the repository root).',
  );
  process.exit(1);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// `npm run desktop`: runs the Electron shell. The electron npm package downloads its binary on install; where that
// download host is unreachable the package is present (types) but the binary is not, and we say so plainly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const desktopRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(desktopRoot, 'package.json'));

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (binary === null) {
  console.error(
    [
      'The Electron binary is not installed on this machine (only the electron package and its types are).',
      'Install it where its download host is reachable:',
      '  npx install-electron        (or: node node_modules/electron/install.js)',
      'then run `npm run desktop` again.',
      'The same app runs in a browser meanwhile: `npm start`, then open http://127.0.0.1:8080/.',
    ].join('\n'),
  );
  process.exit(1);
}

function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    const stats = statSync(path);
    newest = Math.max(newest, stats.isDirectory() ? newestMtime(path) : stats.mtimeMs);
  }
  return newest;
}

const built = Math.min(newestMtime(join(desktopRoot, 'dist')), newestMtime(join(desktopRoot, 'dist-electron')));
const sources = Math.max(newestMtime(join(desktopRoot, 'src')), newestMtime(join(desktopRoot, 'electron')));
if (built === 0 || sources > built) {
  console.log('Building the app…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: desktopRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const child = spawn(binary, [desktopRoot], { cwd: desktopRoot, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

#!/usr/bin/env node
// Keeps dependencies pointing inward (docs/architecture in README): domain imports nothing of ours, sync only
// domain, and no workspace reaches into another through a relative path instead of its package exports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const allowed = {
  'packages/domain': [],
  'packages/sync': ['@keliling/domain'],
  fixtures: ['@keliling/domain'],
  'sync-server': ['@keliling/domain', '@keliling/sync', '@keliling/fixtures'],
  desktop: ['@keliling/domain', '@keliling/sync', '@keliling/fixtures', '@keliling/sync-server'],
};

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'dist-electron' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|mjs|js)$/.test(name)) yield path;
  }
}

const importPattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const problems = [];
for (const [workspace, deps] of Object.entries(allowed)) {
  const base = join(root, workspace);
  for (const file of sourceFiles(base)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importPattern)) {
      const specifier = match[1] ?? match[2];
      const where = relative(root, file);
      if (specifier.startsWith('@keliling/')) {
        const name = specifier.split('/').slice(0, 2).join('/');
        if (!deps.includes(name)) problems.push(`${where}: ${workspace} may not import ${name}`);
      } else if (specifier.startsWith('.')) {
        const target = relative(base, resolve(join(file, '..'), specifier));
        if (
          target.startsWith('..') &&
          !relative(root, resolve(join(file, '..'), specifier)).startsWith('vitest.shared')
        ) {
          problems.push(`${where}: reaches outside its workspace (${specifier}); import the package instead`);
        }
      }
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('boundaries: ok');

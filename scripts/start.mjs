#!/usr/bin/env node
// `npm start`: builds the server and the web app (turbo caches what is already built), then runs the server with
// demo data on ./data (KELILING_DATA_DIR) and port 8080 (PORT). Demo credentials and an enrollment code are printed
// by the server on first start.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const build = spawnSync(
  'npx',
  [
    'turbo',
    'run',
    'build',
    '--filter=@keliling/sync-server...',
    '--filter=@keliling/desktop',
    '--output-logs=errors-only',
  ],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const args = [
  resolve(root, 'sync-server/bin/keliling-server.js'),
  'serve',
  '--demo',
  '--port',
  process.env.PORT ?? '8080',
  '--host',
  process.env.HOST ?? '127.0.0.1',
  '--data-dir',
  resolve(root, process.env.KELILING_DATA_DIR ?? 'data'),
];
const server = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

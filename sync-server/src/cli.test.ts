import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from './cli.js';
import type { RunningServer } from './server.js';

/** Runs a CLI command in-process, capturing its output. */
async function run(
  argv: string[],
  options: { stdin?: string; signal?: AbortSignal; onListening?: (s: RunningServer) => void } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    stdin: Readable.from([options.stdin ?? '']),
    env: {},
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const hooks = options.onListening ? { onListening: options.onListening } : {};
  const code = await runCli(argv, io, hooks);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('keliling-server CLI', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'keliling-cli-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('creates a unit, an enrollment code (--json) and a user that can log in', async () => {
    const dir = dataDir();
    expect(
      (await run(['create-unit', '--id', 'unit-a', '--name', 'Unit A', '--polres', 'Sleman', '--data-dir', dir])).code,
    ).toBe(0);
    const code = await run(['create-enrollment-code', '--unit', 'unit-a', '--json', '--data-dir', dir]);
    expect(code.code).toBe(0);
    const parsed = JSON.parse(code.out) as { code: string };
    expect(parsed.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const user = await run(
      [
        'create-user',
        '--username',
        'budi',
        '--role',
        'officer',
        '--unit',
        'unit-a',
        '--password-stdin',
        '--data-dir',
        dir,
      ],
      {
        stdin: 'kata-sandi-budi\n',
      },
    );
    expect(user).toMatchObject({ code: 0, out: 'User created: budi (officer, unit-a)' });

    const stop = new AbortController();
    let server: RunningServer | undefined;
    const serving = run(['serve', '--port', '0', '--data-dir', dir, '--log-level', 'silent'], {
      signal: stop.signal,
      onListening: (s) => {
        server = s;
      },
    });
    await expect.poll(() => server, { timeout: 10_000 }).toBeDefined();
    const enroll = await fetch(`${server!.url}/api/v1/devices/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: parsed.code, name: 'Laptop' }),
    });
    expect(enroll.status).toBe(201);
    const login = await fetch(`${server!.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'budi', password: 'kata-sandi-budi' }),
    });
    expect(login.status).toBe(200);
    stop.abort();
    const result = await serving;
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Keliling server listening on http://127.0.0.1:${server!.port}`);
  });

  it('compacts history older than the newest N changes and reports the horizon', async () => {
    const dir = dataDir();
    for (const id of ['unit-a', 'unit-b', 'unit-c']) {
      expect((await run(['create-unit', '--id', id, '--name', id, '--data-dir', dir])).code).toBe(0);
    }
    const compacted = await run(['compact', '--keep-last', '1', '--json', '--data-dir', dir]);
    expect(compacted.code).toBe(0);
    expect(JSON.parse(compacted.out)).toEqual({ rewritten: 0, horizon: 2 });
    expect((await run(['compact', '--keep-last', 'x', '--data-dir', dir])).code).toBe(2);
  });

  it('reports mistakes with a message and a non-zero exit code', async () => {
    const dir = dataDir();
    expect((await run(['create-enrollment-code', '--unit', 'nope', '--data-dir', dir])).code).toBe(1);
    expect((await run(['create-unit', '--name', 'No id', '--data-dir', dir])).code).toBe(2);
    expect(
      (await run(['create-user', '--username', 'x', '--role', 'king', '--password-stdin', '--data-dir', dir])).code,
    ).toBe(2);
    const short = await run(['create-user', '--username', 'x', '--role', 'hq', '--password-stdin', '--data-dir', dir], {
      stdin: 'short\n',
    });
    expect(short.code).toBe(1);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['serve', '--bogus'])).code).toBe(2);
  });

  it('seeds demo data once and prints the URL, accounts and an enrollment code', async () => {
    const dir = dataDir();
    const stop = new AbortController();
    let server: RunningServer | undefined;
    const serving = run(
      ['serve', '--demo', '--port', '0', '--data-dir', dir, '--log-level', 'silent', '--web-root', dir],
      {
        signal: stop.signal,
        onListening: (s) => {
          server = s;
        },
      },
    );
    await expect.poll(() => server, { timeout: 20_000 }).toBeDefined();
    stop.abort();
    const { out } = await serving;
    expect(out).toMatch(/Keliling server listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(out).toMatch(/unit-sleman-1.*: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(out).toContain('hq / demo-hq-2026 / hq');
    expect(server!.demo?.seeded).toBe(true);
  });

  const launcher = fileURLToPath(new URL('../bin/keliling-server.js', import.meta.url));
  const built = existsSync(fileURLToPath(new URL('../dist/cli.js', import.meta.url)));

  it.skipIf(!built)('runs the built launcher: serve prints its URL and stops on SIGTERM', async () => {
    const dir = dataDir();
    const child = spawn(
      process.execPath,
      [launcher, 'serve', '--port', '0', '--data-dir', dir, '--log-level', 'warn'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    try {
      await expect.poll(() => /listening on (http:\/\/\S+)/.exec(output)?.[1], { timeout: 15_000 }).toBeDefined();
      const url = /listening on (http:\/\/\S+)/.exec(output)![1]!;
      expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ ok: true });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

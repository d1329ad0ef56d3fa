import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '../..');
const serverBin = join(repoRoot, 'sync-server/bin/keliling-server.js');
export const artifactsDir = join(repoRoot, 'desktop/.artifacts');

/** Debian's Chromium (or KELILING_CHROMIUM). Browser tests skip loudly without one, and fail under CI=true. */
export function findChromium(): string | null {
  const candidates = [process.env.KELILING_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path))) ?? null;
  if (!found) {
    const message = 'No Chromium found (apt-get install -y chromium, or set KELILING_CHROMIUM): browser tests SKIPPED';
    if (process.env.CI === 'true') throw new Error(`${message} — not allowed under CI=true`);
    console.warn(`\n!!! ${message}\n`);
  }
  return found;
}

/** `extraArgs` add Chromium switches to the defaults (e.g. the fake camera of e2e/camera-photo.test.ts). */
export async function launchChromium(executablePath: string, extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

export type RunningServer = {
  url: string;
  dataDir: string;
  cli(...args: string[]): Promise<string>;
  stop(): Promise<void>;
};

export type ServerOptions = { args?: string[]; env?: Record<string, string> };

/** Starts the built `keliling-server` on an ephemeral 127.0.0.1 port with a fresh data dir and demo data. */
export async function startServer({ args = [], env = {} }: ServerOptions = {}): Promise<RunningServer> {
  if (!existsSync(join(repoRoot, 'sync-server/dist/cli.js'))) {
    throw new Error('sync-server is not built: run `npm run build` (turbo builds it before this test)');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'keliling-e2e-'));
  const child = spawn(
    process.execPath,
    [serverBin, 'serve', '--demo', '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir, ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    },
  );
  const url = await waitForListening(child);
  return {
    url,
    dataDir,
    async cli(...args) {
      const { stdout } = await run(process.execPath, [serverBin, ...args, '--data-dir', dataDir]);
      return stdout;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.]+:\d+)/i.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

export function screenshotPath(name: string): string {
  mkdirSync(artifactsDir, { recursive: true });
  return join(artifactsDir, `${name}.png`);
}

export type ServerAndBrowser = { readonly server: RunningServer; readonly browser: Browser };

/**
 * For a describe block: starts the demo server and Chromium before its tests and stops both after them. Read
 * `server` and `browser` inside a test (they exist from the block's `beforeAll` on).
 */
export function serverAndBrowser(
  chromiumPath: string,
  options: ServerOptions = {},
  browserArgs: readonly string[] = [],
): ServerAndBrowser {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(options);
    browser = await launchChromium(chromiumPath, browserArgs);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the server and browser start in beforeAll: read them inside a test');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}

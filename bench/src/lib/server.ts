import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  createSqliteStore,
  createTokenBucketLimiter,
  databasePath,
  issueEnrollmentCode,
  openDatabase,
  type RateLimiter,
  type RunningServer,
  type SyncStore,
  silentLogger,
  startServer,
} from '@keliling/sync-server';

export type Enrolled = { deviceId: string; nodeId: string; token: string };

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `keliling-bench-${prefix}-`));
}

/** Rate limiters that never refuse: load and ingest measure the server, not its limits. */
export function generousLimiters(): { address: RateLimiter; credential: RateLimiter } {
  const open = () => createTokenBucketLimiter({ capacity: 1e9, refillPerSecond: 1e9 });
  return { address: open(), credential: open() };
}

export type BenchServer = RunningServer & { dir: string; stop(): Promise<void> };

/** The real server in this process, on a temporary data dir with the demo seed (units, users). */
export async function startBenchServer(): Promise<BenchServer> {
  const dir = tempDir('server');
  const server = await startServer({
    dataDir: dir,
    port: 0,
    host: '127.0.0.1',
    demo: true,
    webRoot: null,
    logger: silentLogger(),
    rateLimiters: generousLimiters(),
  });
  return {
    ...server,
    dir,
    async stop() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Enrolls a device of `unitId` the way the app does: a one-time code from the store, then POST devices/enroll. */
export async function enroll(baseUrl: string, store: SyncStore, unitId: string, name: string): Promise<Enrolled> {
  const issued = issueEnrollmentCode(store, { unitId });
  if (!issued.ok) throw new Error(`unknown unit ${unitId}`);
  const res = await fetch(`${baseUrl}/api/v1/devices/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: issued.code, name }),
  });
  if (res.status !== 201) throw new Error(`enroll failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as Enrolled;
}

/** Enrolls devices against a server running in another process (its database is shared through WAL). */
export async function enrollAt(baseUrl: string, dataDir: string, units: readonly string[]): Promise<Enrolled[]> {
  const store = createSqliteStore(openDatabase(databasePath(dataDir)));
  try {
    const out: Enrolled[] = [];
    for (const [i, unitId] of units.entries()) out.push(await enroll(baseUrl, store, unitId, `Bench ${i + 1}`));
    return out;
  } finally {
    store.close();
  }
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export type ChildServer = {
  url: string;
  pid: number;
  dataDir: string;
  /** Whether the process is still running. */
  alive(): boolean;
  /** The last output of the process (stdout and stderr), for failure messages. */
  output(): string;
  stop(): Promise<void>;
};

/** The built server program (`bin/keliling-server.js`), as it is deployed. */
export function launcherPath(): string {
  const require = createRequire(import.meta.url);
  // The package's `exports` hides package.json; its main entry lives in dist/ next to bin/.
  const main = require.resolve('@keliling/sync-server');
  return join(dirname(main), '..', 'bin', 'keliling-server.js');
}

/** Spawns `node <args>` and waits for the server's "listening on" line. */
export async function spawnServer(
  args: string[],
  dataDir: string,
  port: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ChildServer> {
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      output = `${output}\n[server exited: code ${code}, signal ${signal}]`.slice(-4000);
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('the server did not start within 30 s')), 30_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${error.message}\n${output.slice(-2000)}`));
    };
    const onData = (text: string) => {
      output = (output + text).slice(-4000);
      if (/listening on http/.test(output)) {
        clearTimeout(timer);
        child.off('exit', onExit);
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    const onExit = (code: number | null) => fail(new Error(`the server exited (${code}) before listening`));
    child.stdout?.setEncoding('utf8').on('data', onData);
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      output = (output + text).slice(-4000);
    });
    child.once('exit', onExit);
  });
  // Keep reading the pipes (so the child never blocks on a full one), remembering the tail.
  child.stdout?.on('data', (text: string) => {
    output = (output + text).slice(-4000);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    dataDir,
    alive: () => child.exitCode === null && child.signalCode === null,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The deployed program: `keliling-server serve --port P --data-dir D --demo` (`nodeOptions`: its NODE_OPTIONS). */
export async function startLauncherServer(nodeOptions?: string): Promise<ChildServer> {
  const dataDir = tempDir('launcher');
  const port = await freePort();
  const args = [
    launcherPath(),
    'serve',
    '--port',
    String(port),
    '--data-dir',
    dataDir,
    '--demo',
    '--log-level',
    'warn',
  ];
  return spawnServer(args, dataDir, port, nodeOptions ? { ...process.env, NODE_OPTIONS: nodeOptions } : process.env);
}

/**
 * Resets a process's peak resident memory (VmHWM) to its current size (Linux: `5` into /proc/PID/clear_refs), so a
 * later reading is the peak of what came after. False where that is not possible.
 */
export function resetPeakMemory(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Peak and current resident memory of a process, from /proc (Linux), in MiB. */
export function memoryOf(pid: number): { peakMiB: number; rssMiB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { peakMiB: kb('VmHWM') / 1024, rssMiB: kb('VmRSS') / 1024 };
  } catch {
    return null;
  }
}

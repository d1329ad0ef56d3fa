import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built launcher (same depth from src/chaos and dist/chaos). */
export const launcherPath = fileURLToPath(new URL('../../bin/keliling-server.js', import.meta.url));
const packageDir = fileURLToPath(new URL('../../', import.meta.url));

/**
 * How to run the server program: `built` (bin/keliling-server.js → dist) or `source` (the TypeScript sources
 * through tsx). `KELILING_CHAOS_SERVER` chooses; by default the build is used when it is at least as new as
 * every source file, so a stale or half-finished build never stands in for the code under test.
 */
export type ServerMode = 'built' | 'source';

export function serverMode(): ServerMode {
  const chosen = process.env.KELILING_CHAOS_SERVER;
  if (chosen === 'built' || chosen === 'source') return chosen;
  const built = join(packageDir, 'dist', 'cli.js');
  if (!existsSync(built)) return 'source';
  return newestSource(join(packageDir, 'src')) <= statSync(built).mtimeMs ? 'built' : 'source';
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|sql)$/.test(entry.name) && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** node arguments that run the server CLI with `args`, in the given mode. */
export function serverCommand(args: readonly string[], mode: ServerMode = serverMode()): string[] {
  if (mode === 'built') return [launcherPath, ...args];
  return ['--conditions=source', '--import', 'tsx', join(packageDir, 'src', 'chaos', 'server-main.ts'), ...args];
}

export type ServerProcessOptions = {
  dataDir: string;
  /** Fixed, so a proxy in front stays valid across restarts; see `freePort`. */
  port: number;
  demo?: boolean;
  logLevel?: string;
  startTimeoutMs?: number;
};

/** The real server program in a child process, killed and restarted at will on the same port and data dir. */
export type ServerProcess = {
  url: string;
  port: number;
  dataDir: string;
  start(): Promise<void>;
  /** SIGKILL (no cleanup at all), resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (a clean shutdown), resolves once the process is gone. */
  stop(): Promise<void>;
  running(): boolean;
  /** Number of starts so far. */
  starts(): number;
  /** The last lines the process wrote (stdout and stderr), for failure messages. */
  output(): string;
};

/** A free port on 127.0.0.1, picked by the OS and released again at once. */
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

const listeningLine = /Keliling server listening on (http:\/\/\S+)/;

export function createServerProcess(options: ServerProcessOptions): ServerProcess {
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let starts = 0;
  const tail: string[] = [];
  const remember = (text: string) => {
    tail.push(...text.split('\n').filter((l) => l.length > 0));
    tail.splice(0, Math.max(0, tail.length - 40));
  };

  const args = serverCommand([
    'serve',
    '--port',
    String(options.port),
    '--data-dir',
    options.dataDir,
    '--log-level',
    options.logLevel ?? 'warn',
    ...(options.demo ? ['--demo'] : []),
  ]);

  async function startOnce(): Promise<void> {
    const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.stderr?.setEncoding('utf8').on('data', remember);
    const out = proc.stdout!.setEncoding('utf8');
    await new Promise<void>((resolve, reject) => {
      let buffered = '';
      const timer = setTimeout(
        () => fail(new Error('the server did not start in time')),
        // Generous: from the sources (tsx) on a loaded machine, start-up alone can take tens of seconds.
        options.startTimeoutMs ?? 90_000,
      );
      const onData = (text: string) => {
        remember(text);
        buffered += text;
        if (listeningLine.test(buffered)) {
          clearTimeout(timer);
          proc.off('exit', onExit);
          resolve();
        }
      };
      const onExit = (code: number | null) => fail(new Error(`the server exited (${code}) before listening`));
      const fail = (error: Error) => {
        clearTimeout(timer);
        out.off('data', onData);
        proc.kill('SIGKILL');
        reject(new Error(`${error.message}\n${tail.join('\n')}`));
      };
      out.on('data', onData);
      proc.once('exit', onExit);
    });
    // Keep draining (and remembering) output so the pipe never fills up.
    out.on('data', remember);
  }

  async function end(signal: NodeJS.Signals): Promise<void> {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill(signal);
    await exited;
    child = null;
  }

  return {
    url: `http://127.0.0.1:${options.port}`,
    port: options.port,
    dataDir: options.dataDir,
    async start() {
      if (child && child.exitCode === null && child.signalCode === null) throw new Error('already running');
      starts += 1;
      // The port may take a moment to be free again after a kill: retry a few times.
      for (let attempt = 1; ; attempt++) {
        try {
          return await startOnce();
        } catch (error) {
          if (attempt >= 5 || !String(error).includes('EADDRINUSE')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        }
      }
    },
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
    running: () => child !== null && child.exitCode === null && child.signalCode === null,
    starts: () => starts,
    output: () => tail.join('\n'),
  };
}

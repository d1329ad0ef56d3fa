import type { Readable } from 'node:stream';

/** The CLI's surroundings, passed in so tests can run commands in-process. */
export type CliIo = {
  out: (text: string) => void;
  err: (text: string) => void;
  stdin: Readable;
  env: Record<string, string | undefined>;
  /** `serve` stops when this aborts (the launcher wires SIGINT/SIGTERM to it). */
  signal?: AbortSignal;
};

export function processIo(signal?: AbortSignal): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    stdin: process.stdin,
    env: process.env,
    ...(signal ? { signal } : {}),
  };
}

/** The first line of stdin (a password piped in), without its line ending. */
export async function readFirstLine(stdin: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

export class UsageError extends Error {}

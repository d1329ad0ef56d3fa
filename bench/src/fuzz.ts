import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type BenchResult, goal, isMain, log, runAsScript, sizeFromEnv } from './lib/emit.js';
import { round } from './lib/stats.js';

type FuzzReport = {
  requests: number;
  byStatus: Record<string, number>;
  failures: unknown[];
  serverErrors: string[];
  integrityCheck: string;
  seededRecordsUnchanged: boolean;
  healthyAfter: boolean;
  seconds: number;
};

/** The sync server's own fuzz program (sync-server/src/fuzz/run-fuzz.ts), which `npm test` runs small. */
function fuzzProgram(): string {
  const main = createRequire(import.meta.url).resolve('@keliling/sync-server');
  return join(dirname(main), '..', 'src', 'fuzz', 'run-fuzz.ts');
}

/** The large API fuzz run: `runs` random requests (plus the fixed hostile ones) against a real server. */
export async function runFuzz(options: { runs: number }): Promise<BenchResult> {
  log(`fuzz: ${options.runs} random requests`);
  const report = await new Promise<FuzzReport>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fuzzProgram(), String(options.runs)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      out += text;
    });
    child.once('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{'))
        reject(new Error(`the fuzz program exited ${code}: ${out.slice(-1000)}`));
      else resolve(JSON.parse(line) as FuzzReport);
    });
  });
  const fiveXX = Object.entries(report.byStatus)
    .filter(([status]) => status === 'none' || Number(status) >= 500)
    .reduce((n, [, count]) => n + count, 0);
  return {
    name: 'fuzz',
    title: 'API fuzzing (fast-check): hostile requests to every endpoint',
    figures: {
      requests: report.requests,
      seconds: round(report.seconds, 1),
      statuses: Object.entries(report.byStatus)
        .map(([status, count]) => `${status}: ${count}`)
        .join(', '),
      contractFailures: report.failures.length,
      fiveXXOrNoAnswer: fiveXX,
      serverErrorLogLines: report.serverErrors.length,
      integrityCheck: report.integrityCheck,
      seededRecordsUnchanged: report.seededRecordsUnchanged,
      healthyAfter: report.healthyAfter,
    },
    goals: [
      goal('5xx answers or no answer', fiveXX, 'max', 0),
      goal('errors outside the contract format (tus uploads included)', report.failures.length, 'max', 0),
      goal('seeded records unchanged, integrity ok, healthy after (1 = yes)', ok(report), 'min', 1),
    ],
    notes: [
      'Bad JSON, wrong types, unknown and prototype fields, huge strings and arrays, 20,000-deep nesting, bad gzip, ' +
        'unsupported encodings and content types, invalid UTF-8, forged, truncated and missing tokens, percent-encoded ' +
        'path traversal in ids, entities and blob hashes; valid pushes of fresh records are mixed in.',
      'The tus upload endpoint is held to the same error format: its protocol errors (412, 404, 409, ...) are ' +
        'rewritten into the contract’s JSON error on the way out (sync-server/src/http/uploads.ts).',
      ...(report.failures.length > 0 ? [`First failure: ${JSON.stringify(report.failures[0]).slice(0, 600)}`] : []),
    ],
  };
}

const ok = (r: FuzzReport) => (r.integrityCheck === 'ok' && r.seededRecordsUnchanged && r.healthyAfter ? 1 : 0);

if (isMain(import.meta.url)) {
  runAsScript(() => runFuzz({ runs: sizeFromEnv('BENCH_FUZZ_RUNS', 1500) }));
}

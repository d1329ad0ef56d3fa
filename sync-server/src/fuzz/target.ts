import { Agent, request } from 'node:http';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { createTokenBucketLimiter } from '../http/rate-limit.js';
import { createLogger } from '../logger.js';
import { databasePath } from '../server.js';
import { simCreate, startTestServer, type TestServer } from '../testing/harness.js';
import { type FuzzRequest, type FuzzTokens, fixedRequests, fuzzRequest } from './requests.js';

export type FuzzAnswer = { status: number; contentType: string; body: string };

/** A contract violation: a 5xx, a non-JSON error, or no answer at all. */
export type FuzzFailure = {
  request: Omit<FuzzRequest, 'body'> & { bodyBytes: number; bodyStart: string };
  answer: FuzzAnswer | string;
  why: string;
};

export type FuzzReport = {
  requests: number;
  byStatus: Record<string, number>;
  failures: FuzzFailure[];
  /** Server log lines at level error or above (an unhandled error logs one before its 500). */
  serverErrors: string[];
  integrityCheck: string;
  seededRecordsUnchanged: boolean;
  healthyAfter: boolean;
  seconds: number;
};

const unitId = 'unit-1';
const seededCount = 20;

/** What the error contract requires of every non-2xx answer (HEAD answers carry no body). */
export function checkAnswer(method: string, answer: FuzzAnswer): string | null {
  if (answer.status >= 500) return `status ${answer.status}`;
  if (answer.status < 400 || method === 'HEAD') return null;
  if (!answer.contentType.startsWith('application/json')) return `error with content-type "${answer.contentType}"`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    return 'error body is not JSON';
  }
  const error = (parsed as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  if (typeof error?.code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(error.code))
    return 'error.code missing or not snake_case';
  if (typeof error.message !== 'string' || error.message.length === 0) return 'error.message missing';
  if (/\n\s+at /.test(answer.body)) return 'stack trace in the body';
  return null;
}

/**
 * A fuzz run against a real server on a temporary data dir: seed records, send `runs` random requests plus the
 * fixed hostile ones, then check the database's integrity, that the seeded records read back unchanged, and that
 * the server still answers /healthz.
 */
export async function runApiFuzz(options: { runs: number; seed?: number }): Promise<FuzzReport> {
  const started = performance.now();
  const logged: string[] = [];
  const logSink = new Writable({
    write(chunk, _enc, done) {
      logged.push(String(chunk).slice(0, 4000));
      done();
    },
  });
  const open = () => createTokenBucketLimiter({ capacity: 1e9, refillPerSecond: 1e9 });
  const server = await startTestServer({
    logger: createLogger({ level: 'error', destination: logSink }),
    rateLimiters: { address: open(), credential: open() },
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  try {
    const device = await server.enroll(unitId);
    const tokens: FuzzTokens = {
      device: device.token,
      deviceId: device.deviceId,
      hq: await server.login('hq'),
      officer: await server.login('petugas1'),
    };
    const seeded = Array.from({ length: seededCount }, (_, i) =>
      simCreate(unitId, { id: `seed-change-${i}`, entityId: `seed-rec-${i}`, fields: { fullName: `Warga Uji ${i}` } }),
    );
    const pushed = await server.call('/api/v1/sync/push', { token: tokens.device, body: { changes: seeded } });
    if (pushed.status !== 200 || pushed.body.results.some((r: { status: string }) => r.status !== 'applied')) {
      throw new Error(`seeding failed: ${pushed.status} ${pushed.text.slice(0, 500)}`);
    }
    const before = await snapshot(server, tokens.hq);

    const report: FuzzReport = {
      requests: 0,
      byStatus: {},
      failures: [],
      serverErrors: logged,
      integrityCheck: '',
      seededRecordsUnchanged: false,
      healthyAfter: false,
      seconds: 0,
    };
    const send = async (req: FuzzRequest) => {
      let answer: FuzzAnswer | string;
      try {
        answer = await sendRaw(server.port, agent, req);
      } catch (e) {
        answer = `no answer: ${e instanceof Error ? e.message : String(e)}`;
      }
      report.requests++;
      const key = typeof answer === 'string' ? 'none' : String(answer.status);
      report.byStatus[key] = (report.byStatus[key] ?? 0) + 1;
      const why = typeof answer === 'string' ? answer : checkAnswer(req.method, answer);
      if (why && report.failures.length < 50) {
        const { body, ...rest } = req;
        report.failures.push({
          request: {
            ...rest,
            bodyBytes: body?.length ?? 0,
            bodyStart: body?.subarray(0, 200).toString('latin1') ?? '',
          },
          answer: typeof answer === 'string' ? answer : { ...answer, body: answer.body.slice(0, 500) },
          why,
        });
      }
    };

    for (const req of fixedRequests(tokens)) await send(req);
    await fc.assert(
      fc.asyncProperty(fuzzRequest(tokens, unitId), async (req) => {
        await send(req);
      }),
      { numRuns: options.runs, ...(options.seed !== undefined ? { seed: options.seed } : {}) },
    );

    const after = await snapshot(server, tokens.hq);
    report.seededRecordsUnchanged = JSON.stringify(before) === JSON.stringify(after);
    const health = await server.call('/healthz');
    report.healthyAfter = health.status === 200 && health.body?.ok === true;
    const db = new Database(databasePath(server.dir), { readonly: true });
    try {
      report.integrityCheck = (db.pragma('integrity_check', { simple: true }) as string) ?? '';
    } finally {
      db.close();
    }
    report.seconds = (performance.now() - started) / 1000;
    return report;
  } finally {
    agent.destroy();
    await server.stop();
  }
}

/** The seeded records as the records API shows them. */
async function snapshot(server: TestServer, hqToken: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let i = 0; i < seededCount; i++) {
    const res = await server.call(`/api/v1/records/sim_applications/seed-rec-${i}`, { token: hqToken });
    if (res.status !== 200) throw new Error(`seeded record ${i}: ${res.status}`);
    out.push(res.body);
  }
  return out;
}

function sendRaw(port: number, agent: Agent, req: FuzzRequest): Promise<FuzzAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...req.headers };
    if (req.body) headers['content-length'] = req.body.length;
    const r = request({ host: '127.0.0.1', port, method: req.method, path: req.path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    r.setTimeout(30_000, () => r.destroy(new Error('timeout after 30 s')));
    r.on('error', reject);
    r.end(req.body);
  });
}

import { rmSync } from 'node:fs';
import { createRandom, generateSimApplications, loadVillages } from '@keliling/fixtures';
import {
  type Change,
  createHlcClock,
  createHttpTransport,
  type HlcClock,
  newUlid,
  type PushResult,
  type SyncTransport,
} from '@keliling/sync';
import { databasePath } from '../server.js';
import { historyMismatches, integrityCheck, openReadOnly, readChangeRows, readServerStates } from './db-checks.js';
import { enrollDevices, startDemoServer } from './setup.js';

export type CrashConfig = {
  seed: string;
  /** Devices pushing at the same time. */
  pushers: number;
  /** Changes per push. */
  batchSize: number;
  kills: number;
  /** Time from a (re)start to the next SIGKILL (ms, uniform). */
  upMs: [number, number];
  /** Share of a batch that edits records created by earlier answered pushes. */
  editShare: number;
  /** Share of a batch that is invalid on purpose (bad NIK), so rejections are part of every push. */
  invalidShare: number;
  keepDataDir?: boolean;
  log?: (line: string) => void;
};

type PushRecord = { changes: Change[]; results: PushResult[] | null };

export type CrashFigures = {
  seed: string;
  kills: number;
  pushes: number;
  answered: number;
  /** Pushes whose answer never came (cut by a kill): each must be all there or not there at all. */
  unanswered: number;
  unansweredCommitted: number;
  unansweredAbsent: number;
  changesSent: number;
  serverChanges: number;
  rejections: number;
  totalMs: number;
};

export type CrashVerification = {
  integrity: string;
  /** A push answered 200 of which some result is not recorded (or recorded otherwise). */
  answeredMissing: string[];
  /** An unanswered push of which some changes are recorded and others not. */
  halfPushes: string[];
  historyMismatches: string[];
};

export type CrashResult = { figures: CrashFigures; verification: CrashVerification; serverOutput: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Crash safety (issue 7 item 4): devices push big batches while the server is SIGKILLed again and again; after
 * the last restart, every push answered 200 is fully recorded as answered and every other push is all or nothing.
 */
export async function runCrashPushes(config: CrashConfig): Promise<CrashResult> {
  const log = config.log ?? (() => undefined);
  const started = performance.now();
  const random = createRandom(`crash:${config.seed}`);
  const server = await startDemoServer('crash');
  try {
    const devices = await enrollDevices(server, server.url, config.pushers);
    const pushes: PushRecord[] = [];
    let pushing = true;

    const pusher = async (index: number) => {
      const device = devices[index]!;
      const transport = createHttpTransport({ baseUrl: server.url, token: device.token, timeoutMs: 30_000 });
      const batches = createBatchMaker({ ...config, seed: `${config.seed}:${index}` }, device.unitId, device.nodeId);
      while (pushing) {
        const changes = batches.next();
        const record: PushRecord = { changes, results: null };
        pushes.push(record);
        record.results = await push(transport, changes);
        if (record.results) batches.answered(changes, record.results);
        else await sleep(200); // the server is down: try again soon, with a new batch
      }
    };

    const running = devices.map((_, i) => pusher(i));
    for (let k = 1; k <= config.kills; k++) {
      await sleep(random.int(config.upMs[0], config.upMs[1]));
      await server.kill();
      await server.start();
      log(`kill ${k}/${config.kills}: ${pushes.length} pushes so far`);
    }
    pushing = false;
    await Promise.all(running);

    const verification = verifyPushes(databasePath(server.dataDir), pushes);
    const answered = pushes.filter((p) => p.results !== null).length;
    const figures: CrashFigures = {
      seed: config.seed,
      kills: server.starts() - 1,
      pushes: pushes.length,
      answered,
      unanswered: pushes.length - answered,
      unansweredCommitted: verification.unansweredCommitted,
      unansweredAbsent:
        pushes.length - answered - verification.unansweredCommitted - verification.result.halfPushes.length,
      changesSent: pushes.reduce((n, p) => n + p.changes.length, 0),
      serverChanges: verification.serverChanges,
      rejections: verification.rejections,
      totalMs: Math.round(performance.now() - started),
    };
    return { figures, verification: verification.result, serverOutput: server.output() };
  } finally {
    await server.stop();
    if (!config.keepDataDir) rmSync(server.dataDir, { recursive: true, force: true });
  }
}

async function push(transport: SyncTransport, changes: Change[]): Promise<PushResult[] | null> {
  try {
    return (await transport.push(changes)).results;
  } catch {
    return null;
  }
}

/** Batches of new SIM applications, edits of earlier answered ones, and a few invalid changes. */
function createBatchMaker(config: CrashConfig, unitId: string, nodeId: string) {
  const random = createRandom(`batches:${config.seed}`);
  const villages = loadVillages('sleman');
  const clock: HlcClock = createHlcClock({ nodeId });
  const created: string[] = [];
  let pool = generateSimApplications({ seed: config.seed, count: config.batchSize, unitId, villages });
  let round = 0;

  const newRecord = (): Change => {
    if (pool.length === 0) {
      round += 1;
      pool = generateSimApplications({ seed: `${config.seed}:${round}`, count: config.batchSize, unitId, villages });
    }
    const { statusReason: _reason, ...fields } = pool.pop()!.fields;
    return {
      id: newUlid(),
      entity: 'sim_applications',
      entityId: newUlid(),
      hlc: clock.next(),
      fields: { ...fields, status: 'draft' },
    };
  };
  const edit = (entityId: string): Change => ({
    id: newUlid(),
    entity: 'sim_applications',
    entityId,
    hlc: clock.next(),
    fields: { address: `Jl. Kaliurang km ${random.int(1, 30)}, ${random.pick(villages).name}` },
  });

  return {
    next(): Change[] {
      return Array.from({ length: config.batchSize }, () => {
        const roll = random.next();
        if (roll < config.invalidShare) {
          const invalid = newRecord();
          return { ...invalid, fields: { ...invalid.fields, nik: '0000000000000000' } };
        }
        if (roll < config.invalidShare + config.editShare && created.length > 0) return edit(random.pick(created));
        return newRecord();
      });
    },
    answered(changes: Change[], results: PushResult[]) {
      const applied = new Set(results.filter((r) => r.status === 'applied').map((r) => r.id));
      for (const c of changes) if (applied.has(c.id) && c.fields.unitId !== undefined) created.push(c.entityId);
    },
  };
}

function verifyPushes(dbPath: string, pushes: readonly PushRecord[]) {
  const db = openReadOnly(dbPath);
  try {
    const result: CrashVerification = {
      integrity: integrityCheck(db),
      answeredMissing: [],
      halfPushes: [],
      historyMismatches: historyMismatches(
        readServerStates(db, 'sim_applications'),
        readChangeRows(db, 'sim_applications'),
      ).slice(0, 20),
    };
    const changeStatus = db.prepare<[string], { status: string }>('SELECT status FROM changes WHERE id = ?');
    const rejected = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM rejections WHERE change_id = ?');
    const recorded = (id: string): string | null =>
      changeStatus.get(id)?.status ?? (rejected.get(id)!.n > 0 ? 'rejected' : null);
    let unansweredCommitted = 0;
    for (const [i, p] of pushes.entries()) {
      const found = p.changes.map((c) => recorded(c.id));
      if (p.results) {
        for (const [j, r] of p.results.entries()) {
          if (found[j] !== r.status && result.answeredMissing.length < 20) {
            result.answeredMissing.push(`push ${i}, change ${r.id}: answered ${r.status}, recorded ${found[j]}`);
          }
        }
        continue;
      }
      const present = found.filter((f) => f !== null).length;
      if (present === p.changes.length) unansweredCommitted += 1;
      else if (present > 0) result.halfPushes.push(`push ${i}: ${present} of ${p.changes.length} changes recorded`);
    }
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      result,
      unansweredCommitted,
      serverChanges: count(`SELECT COUNT(*) AS n FROM changes WHERE entity = 'sim_applications'`),
      rejections: count('SELECT COUNT(*) AS n FROM rejections'),
    };
  } finally {
    db.close();
  }
}

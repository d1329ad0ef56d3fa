import {
  type Change,
  createHlcClock,
  createHttpTransport,
  createMemoryStorage,
  createSyncEngine,
  type LocalEdit,
  type MemoryStorage,
  type SyncEngine,
  type SyncReport,
} from '@keliling/sync';

export const simEntity = 'sim_applications';

/** Error codes of failed rounds, by kind (`transient:network_error`, `fatal:invalid_response`, ...). */
export type RoundErrors = Record<string, number>;

/**
 * One sync client of the simulation (a unit's device or an HQ screen): the real engine on memory storage over
 * HTTP, plus what the test needs to check it afterwards: every change it wrote, and the record ids it knows.
 */
export type SimClient = {
  name: string;
  /** How the server records this client as author: `device:<id>` or `user:<id>`. */
  author: string;
  /** The unit a device belongs to; null for HQ (sees every unit). */
  unitId: string | null;
  storage: MemoryStorage;
  engine: SyncEngine;
  /** Every change this client wrote, in order. */
  written: Change[];
  /** Ids of sim_applications this client created or pulled (cheap to pick from; deleted ones included). */
  knownIds: string[];
  write(edit: Omit<LocalEdit, 'entity'>): Promise<Change>;
  sync(): Promise<SyncReport>;
  rounds: { ok: number; failed: number; restamped: number; errors: RoundErrors };
};

export type SimClientOptions = {
  name: string;
  baseUrl: string;
  token: string;
  nodeId: string;
  author: string;
  unitId: string | null;
  /** Abort a call that hangs longer than this (ms). */
  requestTimeoutMs?: number;
  pushBatch?: number;
};

export function createSimClient(options: SimClientOptions): SimClient {
  const memory = createMemoryStorage();
  const known = new Set<string>();
  const knownIds: string[] = [];
  const learn = (entityId: string) => {
    if (known.has(entityId)) return;
    known.add(entityId);
    knownIds.push(entityId);
  };
  // The engine sees the memory storage unchanged; pulls also tell us which records exist.
  const storage: MemoryStorage = {
    ...memory,
    async applyPull(page) {
      for (const change of page.changes) if (change.entity === simEntity) learn(change.entityId);
      await memory.applyPull(page);
    },
  };
  const timeoutMs = options.requestTimeoutMs ?? 20_000;
  // Every call gives up after `timeoutMs`, headers and body together (the transport's own deadline).
  const transport = createHttpTransport({ baseUrl: options.baseUrl, token: options.token, timeoutMs });
  const clock = createHlcClock({ nodeId: options.nodeId });
  const engine = createSyncEngine({
    storage,
    transport,
    clock,
    ...(options.pushBatch ? { batch: { maxChanges: options.pushBatch } } : {}),
  });
  const written: Change[] = [];
  const rounds = { ok: 0, failed: 0, restamped: 0, errors: {} as RoundErrors };

  return {
    name: options.name,
    author: options.author,
    unitId: options.unitId,
    storage: memory,
    engine,
    written,
    knownIds,
    async write(edit) {
      const change = await engine.write({ entity: simEntity, ...edit });
      written.push(change);
      learn(change.entityId);
      return change;
    },
    async sync() {
      const report = await engine.syncOnce();
      rounds.restamped += report.pushed.restamped;
      if (report.ok) rounds.ok += 1;
      else {
        rounds.failed += 1;
        const key = `${report.error?.kind}:${report.error?.code}`;
        rounds.errors[key] = (rounds.errors[key] ?? 0) + 1;
      }
      return report;
    },
    rounds,
  };
}

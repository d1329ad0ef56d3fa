import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Change, recordKey } from '../change.js';
import { createHlcClock, hlcTime } from '../hlc.js';
import { applyChange, materialize, type RecordState } from '../merge.js';
import { defaultLimits, type Limits, type PushResult, type RejectionReason } from '../protocol.js';
import { jsonBytes } from './batches.js';
import { createSyncEngine } from './engine.js';
import { SyncHttpError } from './errors.js';
import { createMemoryStorage } from './memory-storage.js';
import type { SyncTransport } from './ports.js';

const t0 = Date.parse('2026-11-28T02:00:00.000Z');

// ---------------------------------------------------------------------------------------------------------
// A small server that keeps the contract (push statuses, duplicates, clock skew, 413, pull paging, epochs),
// built on the package's own merge. Enough to drive the engine through every path.
type Seen = { content: string; status: PushResult['status']; reason?: RejectionReason };
type Db = { records: Map<string, RecordState>; log: Change[]; seen: Map<string, Seen> };

function createFakeServer(
  opts: {
    now?: () => number;
    limits?: Partial<Limits>;
    acceptBytes?: number;
    validate?: (c: Change) => RejectionReason | null;
  } = {},
) {
  const now = opts.now ?? (() => t0);
  const limits: Limits = { ...defaultLimits, ...opts.limits };
  let epoch = 1;
  let db: Db = { records: new Map(), log: [], seen: new Map() };
  const stats = { pushes: [] as number[], pushCounts: [] as number[], pulls: 0 };
  const content = (c: Change) =>
    JSON.stringify([c.entity, c.entityId, c.hlc, Object.entries(c.fields).sort(), c.deleted ?? null]);
  const serverTime = () => new Date(now()).toISOString();

  function pushOne(c: Change): PushResult {
    const seen = db.seen.get(c.id);
    if (seen) {
      if (seen.content !== content(c))
        return { id: c.id, status: 'rejected', reason: { code: 'id_reused', message: 'id reused' } };
      return {
        id: c.id,
        status: 'duplicate',
        original: { status: seen.status, ...(seen.reason ? { reason: seen.reason } : {}) },
      };
    }
    const reason =
      hlcTime(c.hlc) - now() > limits.maxClockSkewMs
        ? { code: 'clock_skew', message: 'clock ahead' }
        : (opts.validate?.(c) ?? null);
    if (reason) {
      db.seen.set(c.id, { content: content(c), status: 'rejected', reason });
      return { id: c.id, status: 'rejected', reason };
    }
    const key = recordKey(c.entity, c.entityId);
    const { state, won } = applyChange(db.records.get(key), c);
    db.records.set(key, state);
    db.log.push(c);
    const status = won.length > 0 ? 'applied' : 'stale';
    db.seen.set(c.id, { content: content(c), status });
    return { id: c.id, status };
  }

  const server = {
    stats,
    limits,
    transport: {
      async info() {
        return { serverTime: serverTime(), protocol: 1, limits };
      },
      async push(changes) {
        const bytes = jsonBytes({ changes });
        if (
          changes.length > limits.maxBatchChanges ||
          bytes > Math.min(limits.maxBatchBytes, opts.acceptBytes ?? Infinity)
        ) {
          throw new SyncHttpError({ status: 413, code: 'batch_too_large', message: 'too large' });
        }
        stats.pushes.push(bytes);
        stats.pushCounts.push(changes.length);
        return { results: changes.map(pushOne), serverTime: serverTime() };
      },
      async pull(since, limit) {
        stats.pulls += 1;
        const [e, seq] = since === null ? [epoch, 0] : since.split(':').map(Number);
        if (e !== epoch) throw new SyncHttpError({ status: 409, code: 'resync_required', message: 'restored' });
        const n = Math.min(limit, limits.maxPullLimit);
        const changes = structuredClone(db.log.slice(seq, seq! + n));
        const next = seq! + changes.length;
        return { changes, cursor: `${epoch}:${next}`, hasMore: next < db.log.length, serverTime: serverTime() };
      },
    } satisfies SyncTransport,
    view(entityId: string, entity = 'sim_applications') {
      const s = db.records.get(recordKey(entity, entityId));
      return s ? materialize(s) : null;
    },
    backup: (): Db => structuredClone(db),
    restore(backup: Db) {
      db = structuredClone(backup);
      epoch += 1;
    },
    has: (changeId: string) => db.seen.has(changeId),
  };
  return server;
}
// ---------------------------------------------------------------------------------------------------------

function client(
  server: { transport: SyncTransport },
  nodeId: string,
  opts: { now?: () => number; transport?: SyncTransport; batch?: { maxBytes?: number; pullLimit?: number } } = {},
) {
  const now = opts.now ?? (() => t0);
  const storage = createMemoryStorage();
  const clock = createHlcClock({ nodeId, now });
  let counter = 0;
  const engine = createSyncEngine({
    storage,
    transport: opts.transport ?? server.transport,
    clock,
    now,
    newId: () => `${nodeId.slice(-4)}-${(counter++).toString().padStart(6, '0')}`,
    ...(opts.batch ? { batch: opts.batch } : {}),
  });
  const edit = (entityId: string, fields: Record<string, unknown>, deleted?: boolean) =>
    engine.write({
      entity: 'sim_applications',
      entityId,
      fields,
      ...(deleted !== undefined ? { deleted } : {}),
      by: 'officer-1',
    });
  const view = async (entityId: string) => {
    const r = await storage.record('sim_applications', entityId);
    return r && { fields: r.fields, deleted: r.deleted };
  };
  return { storage, clock, engine, edit, view };
}

const nikRule = (c: Change): RejectionReason | null =>
  'nik' in c.fields && !/^\d{16}$/.test(String(c.fields.nik))
    ? { code: 'invalid_nik', message: 'NIK harus 16 digit', field: 'nik' }
    : null;

describe('sync engine against a contract-shaped server', () => {
  it('two clients editing offline converge after syncing', async () => {
    const server = createFakeServer();
    let wall = t0;
    const now = () => wall;
    const a = client(server, '00000000000000a1', { now });
    const b = client(server, '00000000000000b2', { now });

    await a.edit('r1', { fullName: 'Budi', nik: '3404071201900001', status: 'draft' });
    expect((await a.storage.record('sim_applications', 'r1'))?.syncState).toBe('pending');
    expect((await a.engine.syncOnce()).pushed.applied).toBe(1);
    await b.engine.syncOnce();
    expect(await b.view('r1')).toEqual(await a.view('r1'));

    // both offline: concurrent edits to the same and different fields, a new record each
    wall += 1000;
    await a.edit('r1', { fullName: 'Budi Santoso' });
    await b.edit('r1', { phone: '+6281234567890' });
    wall += 1000;
    await b.edit('r1', { fullName: 'Budi S.' }); // later: wins
    await a.edit('r2', { fullName: 'Siti' });
    await b.edit('r3', { fullName: 'Ani' }, false);
    await a.edit('r3', {}, true); // same time and counter as b's edit of r3: the greater nodeId (b2) wins

    for (const c of [a, b, a]) expect((await c.engine.syncOnce()).ok).toBe(true);

    for (const id of ['r1', 'r2', 'r3']) {
      expect(await a.view(id)).toEqual(server.view(id));
      expect(await b.view(id)).toEqual(server.view(id));
    }
    expect(server.view('r1')?.fields).toEqual({
      fullName: 'Budi S.',
      nik: '3404071201900001',
      status: 'draft',
      phone: '+6281234567890',
    });
    expect(server.view('r3')?.deleted).toBe(false); // b's undelete has the greater HLC (same time, greater nodeId)
    const records = await a.storage.records('sim_applications');
    expect(records.map((r) => r.syncState)).toEqual(['synced', 'synced', 'synced']);
    expect(await a.storage.outboxSize()).toBe(0);
  });

  it('a rejected change is undone locally but kept with its reason', async () => {
    const server = createFakeServer({ validate: nikRule });
    const a = client(server, '00000000000000a1');
    await a.edit('r1', { fullName: 'Budi', nik: '3404071201900001' });
    await a.engine.syncOnce();
    const bad = await a.edit('r1', { nik: '1234', phone: '+62812' });
    expect((await a.view('r1'))?.fields.nik).toBe('1234'); // visible while pending

    const report = await a.engine.syncOnce();
    expect(report.pushed.rejected).toBe(1);
    const r = await a.storage.record('sim_applications', 'r1');
    expect(r?.fields).toEqual({ fullName: 'Budi', nik: '3404071201900001' }); // the server's values are back
    expect(r?.syncState).toBe('rejected');
    expect(r?.rejections).toHaveLength(1);
    expect(r?.rejections[0]).toMatchObject({
      change: bad,
      reason: { code: 'invalid_nik', field: 'nik' },
      dismissed: false,
    });

    await a.storage.dismissRejection(bad.id);
    expect((await a.storage.record('sim_applications', 'r1'))?.syncState).toBe('synced');
    expect(await a.storage.rejections({ includeDismissed: true })).toHaveLength(1); // kept for good
  });

  it('one bad change does not block the rest of the queue', async () => {
    const server = createFakeServer({ validate: nikRule });
    const a = client(server, '00000000000000a1');
    await a.edit('r1', { nik: 'bad' });
    await a.edit('r2', { nik: '3404071201900001' });
    const report = await a.engine.syncOnce();
    expect(report.pushed).toMatchObject({ applied: 1, rejected: 1 });
    expect(server.view('r2')).not.toBeNull();
  });

  it('splits pushes by serialized bytes and by count', async () => {
    const server = createFakeServer({ limits: { maxBatchBytes: 2000, maxBatchChanges: 4 } });
    const a = client(server, '00000000000000a1');
    for (let i = 0; i < 20; i++) await a.edit(`r${i}`, { address: 'Jl. Kaliurang Km 5 '.repeat(i < 10 ? 2 : 25) });
    const report = await a.engine.syncOnce();
    expect(report.pushed.applied).toBe(20);
    expect(server.stats.pushCounts.slice(0, 2)).toEqual([4, 4]); // small ones: bounded by count
    expect(server.stats.pushCounts.length).toBeGreaterThanOrEqual(6); // by count alone it would be 5
    for (const bytes of server.stats.pushes) expect(bytes).toBeLessThanOrEqual(2000);
    expect(server.stats.pushCounts.reduce((x, y) => x + y)).toBe(20);
  });

  it('on 413 halves the batch until the server takes it', async () => {
    const server = createFakeServer({ acceptBytes: 1500 }); // stricter than the limits it states
    const a = client(server, '00000000000000a1');
    for (let i = 0; i < 10; i++) await a.edit(`r${i}`, { address: 'x'.repeat(300) });
    const report = await a.engine.syncOnce();
    expect(report).toMatchObject({ ok: true, pushed: { applied: 10 } });
    for (const bytes of server.stats.pushes) expect(bytes).toBeLessThanOrEqual(1500);
  });

  it('a change too large for any batch is set aside, the rest syncs', async () => {
    const server = createFakeServer({ limits: { maxBatchBytes: 1000 } });
    const a = client(server, '00000000000000a1');
    await a.edit('big', { notes: 'x'.repeat(2000) });
    await a.edit('small', { notes: 'ok' });
    const report = await a.engine.syncOnce();
    expect(report.pushed).toMatchObject({ applied: 1, rejected: 1 });
    expect((await a.storage.rejections())[0]?.reason.code).toBe('batch_too_large');
    expect(await a.view('big')).toEqual({ fields: {}, deleted: false }); // undone, kept in rejections
  });

  it('a clock_skew rejection corrects the clock, re-stamps with a new id and HLC, and is accepted', async () => {
    const server = createFakeServer();
    const laptop = () => t0 + 24 * 3600 * 1000; // the laptop's clock is a day fast
    const a = client(server, '00000000000000a1', { now: laptop });
    const typed = await a.edit('r1', { fullName: 'Budi', nik: '3404071201900001' }); // stamped offline, a day ahead
    const report = await a.engine.syncOnce();
    expect(report).toMatchObject({ ok: true, pushed: { applied: 1, restamped: 1, rejected: 0 } });
    expect(server.view('r1')?.fields).toEqual(typed.fields);
    const [confirmed] = await a.storage.confirmedStates();
    const version = confirmed!.fields.fullName!;
    expect(version.changeId).not.toBe(typed.id);
    expect(hlcTime(version.hlc) - t0).toBeLessThanOrEqual(defaultLimits.maxClockSkewMs);
    expect(await a.storage.rejections()).toEqual([]);
    expect(Math.abs(a.clock.offset() + 24 * 3600 * 1000)).toBeLessThan(1000);
    // new edits are stamped with the corrected clock
    const next = await a.edit('r1', { phone: '+62812' });
    expect(hlcTime(next.hlc) - t0).toBeLessThanOrEqual(defaultLimits.maxClockSkewMs);
  });

  it('a push whose response was lost is retried and ends as duplicate', async () => {
    const server = createFakeServer();
    let loseNext = true;
    const flaky: SyncTransport = {
      ...server.transport,
      async push(changes) {
        const response = await server.transport.push(changes);
        if (loseNext) {
          loseNext = false;
          throw new SyncHttpError({ status: 0, code: 'network_error', message: 'connection reset' });
        }
        return response;
      },
    };
    const a = client(server, '00000000000000a1', { transport: flaky });
    const c = await a.edit('r1', { fullName: 'Budi' });
    const first = await a.engine.syncOnce();
    expect(first).toMatchObject({ ok: false, error: { kind: 'transient', code: 'network_error' }, pendingAfter: 1 });
    expect(server.has(c.id)).toBe(true);
    const second = await a.engine.syncOnce();
    expect(second).toMatchObject({ ok: true, pushed: { duplicate: 1, applied: 0 }, pendingAfter: 0 });
    expect((await a.storage.record('sim_applications', 'r1'))?.syncState).toBe('synced');
  });

  it('a retried change whose first push was rejected learns the rejection from `original`', async () => {
    const server = createFakeServer({ validate: nikRule });
    let loseNext = true;
    const flaky: SyncTransport = {
      ...server.transport,
      async push(changes) {
        const response = await server.transport.push(changes);
        if (loseNext) {
          loseNext = false;
          throw new SyncHttpError({ status: 502, code: 'http_502', message: 'bad gateway' });
        }
        return response;
      },
    };
    const a = client(server, '00000000000000a1', { transport: flaky });
    await a.edit('r1', { nik: '12' });
    await a.engine.syncOnce();
    const report = await a.engine.syncOnce();
    expect(report.pushed.rejected).toBe(1);
    expect((await a.storage.rejections())[0]?.reason.code).toBe('invalid_nik');
  });

  it('pulls page by page, saving the cursor with each page', async () => {
    const server = createFakeServer();
    const a = client(server, '00000000000000a1');
    for (let i = 0; i < 10; i++) await a.edit(`r${i}`, { n: i });
    await a.engine.syncOnce();
    const b = client(server, '00000000000000b2', { batch: { pullLimit: 3 } });
    const pullsBefore = server.stats.pulls;
    const report = await b.engine.syncOnce();
    expect(report.pulled).toBe(10);
    expect(server.stats.pulls - pullsBefore).toBe(4);
    expect(await b.storage.cursor()).toBe('1:10');
    expect((await b.storage.records('sim_applications')).length).toBe(10);
    expect((await b.engine.syncOnce()).pulled).toBe(0);
  });

  it('after the server is restored from a backup, the device gives back what it lost', async () => {
    const server = createFakeServer();
    let wall = t0;
    const a = client(server, '00000000000000a1', { now: () => wall });
    await a.edit('r1', { fullName: 'Budi', status: 'draft' });
    await a.engine.syncOnce();
    const backup = server.backup();
    wall += 1000;
    await a.edit('r1', { status: 'submitted' });
    await a.edit('r2', { fullName: 'Siti' });
    await a.engine.syncOnce();
    server.restore(backup); // r1.status=submitted and r2 are gone from the server

    const report = await a.engine.syncOnce();
    expect(report).toMatchObject({ ok: true, resynced: true });
    expect(report.pushed.applied).toBeGreaterThanOrEqual(2); // the lost changes, under their original ids
    expect(report.pushed.duplicate).toBeGreaterThanOrEqual(1); // what the backup still had
    expect(server.view('r1')?.fields).toEqual({ fullName: 'Budi', status: 'submitted' });
    expect(server.view('r2')?.fields).toEqual({ fullName: 'Siti' });
    expect(await a.view('r1')).toEqual(server.view('r1'));
    expect(await a.storage.cursor()).toMatch(/^2:/);
  });

  it('transient errors surface as typed errors in the report, with Retry-After', async () => {
    const server = createFakeServer();
    const limited: SyncTransport = {
      ...server.transport,
      info: async () => {
        throw new SyncHttpError({ status: 429, code: 'rate_limited', message: 'slow down', retryAfterMs: 30_000 });
      },
    };
    const a = client(server, '00000000000000a1', { transport: limited });
    await a.edit('r1', { fullName: 'Budi' });
    const report = await a.engine.syncOnce();
    expect(report).toMatchObject({
      ok: false,
      error: { kind: 'transient', code: 'rate_limited', status: 429, retryAfterMs: 30_000 },
      pendingAfter: 1,
    });

    const revoked: SyncTransport = {
      ...server.transport,
      push: async () => {
        throw new SyncHttpError({ status: 401, code: 'device_revoked', message: 'revoked' });
      },
    };
    const b = client(server, '00000000000000b2', { transport: revoked });
    await b.edit('r1', { fullName: 'Budi' });
    expect((await b.engine.syncOnce()).error).toMatchObject({ kind: 'auth', code: 'device_revoked' });
  });

  it('pulled HLCs move the clock forward so new local edits win over what was seen', async () => {
    const server = createFakeServer({ now: () => t0 + 60_000 });
    const fast = client(server, '00000000000000a1', { now: () => t0 + 60_000 });
    await fast.edit('r1', { fullName: 'Budi' });
    await fast.engine.syncOnce();
    // slow's wall clock is a minute behind, within the threshold the engine corrects anyway; observe covers the rest
    const slow = client(server, '00000000000000b2', { now: () => t0 });
    await slow.engine.syncOnce();
    const edit = await slow.edit('r1', { fullName: 'Budi Santoso' });
    expect(edit.baseHlc).toBe((await fast.storage.confirmedStates())[0]!.fields.fullName!.hlc);
    await slow.engine.syncOnce();
    expect(server.view('r1')?.fields.fullName).toBe('Budi Santoso');
  });

  it('concurrent syncOnce calls share one round', async () => {
    const server = createFakeServer();
    const a = client(server, '00000000000000a1');
    await a.edit('r1', { fullName: 'Budi' });
    const [x, y] = [a.engine.syncOnce(), a.engine.syncOnce()];
    expect(a.engine.isSyncing()).toBe(true);
    expect(await x).toBe(await y);
    expect(server.stats.pushes).toHaveLength(1);
  });
});

describe('convergence of clients through the server (fast-check)', () => {
  type Op =
    | { kind: 'edit'; client: number; record: number; field: number; value: number; deleted?: boolean }
    | { kind: 'sync'; client: number; loseResponse: boolean }
    | { kind: 'tick'; client: number; ms: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant('edit' as const),
      client: fc.nat(2),
      record: fc.nat(2),
      field: fc.nat(2),
      value: fc.nat(3),
      deleted: fc.option(fc.boolean(), { nil: undefined }),
    }),
    fc.record({ kind: fc.constant('sync' as const), client: fc.nat(2), loseResponse: fc.boolean() }),
    fc.record({ kind: fc.constant('tick' as const), client: fc.nat(2), ms: fc.integer({ min: -5000, max: 5000 }) }),
  );

  it('any edits, syncs, lost responses and clock drift: all replicas end equal to the server, nothing typed lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), async (ops) => {
        const server = createFakeServer();
        const walls = [t0, t0, t0];
        const lose = [false, false, false];
        const clients = walls.map((_, i) => {
          const flaky: SyncTransport = {
            ...server.transport,
            async push(changes) {
              const response = await server.transport.push(changes);
              if (lose[i]) {
                lose[i] = false;
                throw new SyncHttpError({ status: 0, code: 'network_error', message: 'lost' });
              }
              return response;
            },
          };
          return client(server, `00000000000000${['a1', 'b2', 'c3'][i]}`, { now: () => walls[i]!, transport: flaky });
        });
        const written: Change[] = [];
        for (const o of ops) {
          const c = clients[o.client]!;
          if (o.kind === 'edit') written.push(await c.edit(`r${o.record}`, { [`f${o.field}`]: o.value }, o.deleted));
          else if (o.kind === 'tick') walls[o.client]! += o.ms;
          else {
            lose[o.client] = o.loseResponse;
            await c.engine.syncOnce();
            lose[o.client] = false;
          }
        }
        for (let round = 0; round < 2; round++)
          for (const c of clients) expect((await c.engine.syncOnce()).ok).toBe(true);
        for (const c of clients) {
          expect(await c.storage.outboxSize()).toBe(0);
          for (const id of ['r0', 'r1', 'r2']) {
            const local = await c.view(id);
            expect(local ?? null).toEqual(server.view(id));
          }
        }
        // every change typed reached the server (no rejections in this scenario)
        for (const w of written) expect(server.has(w.id)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

import 'fake-indexeddb/auto';
import { type Change, createHlcClock, type FetchLike } from '@keliling/sync';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type KelilingDb, openDatabase } from '../db/database';
import { createDexieStorage } from '../db/dexieStorage';
import type { DeviceIdentity } from '../device/identity';
import { unlockedTestVault } from '../security/testKeys';
import { createSyncService, indicatorState, lastSyncMetaKey, type SyncEnvironment, wipeReasonOf } from './syncService';

const identity: DeviceIdentity = {
  deviceId: 'dev-1',
  nodeId: '9f3a6c2e1b7d4a05',
  token: 'secret',
  unit: { id: 'unit-sleman-1', name: 'Unit Keliling 1' },
  limits: { maxBatchChanges: 1000, maxBatchBytes: 4194304, maxPullLimit: 1000, maxClockSkewMs: 300000 },
  serverUrl: 'http://server.test',
  name: 'Laptop',
  enrolledAt: '2026-11-28T01:00:00.000Z',
};

/** A tiny stand-in for the sync server: accepts every change except those whose nik is 'bad', serves them back by cursor. */
function fakeServer() {
  const log: Change[] = [];
  const calls: string[] = [];
  let down = false;
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const fetch: FetchLike = async (input, init) => {
    const url = new URL(input);
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    if (down) throw new TypeError('Failed to fetch');
    const headers = (init?.headers ?? {}) as Record<string, string>;
    if (headers.authorization !== 'Bearer secret') return json({ error: { code: 'unauthorized', message: 'no' } }, 401);
    const serverTime = new Date().toISOString();
    if (url.pathname === '/api/v1/sync/info') return json({ serverTime, protocol: 1, limits: identity.limits });
    if (url.pathname === '/api/v1/sync/push') {
      const { changes } = JSON.parse(String(init?.body)) as { changes: Change[] };
      const results = changes.map((change) => {
        if (change.fields.nik === 'bad')
          return {
            id: change.id,
            status: 'rejected',
            reason: { code: 'invalid_nik', message: 'NIK tidak valid', field: 'nik' },
          };
        log.push(change);
        return { id: change.id, status: 'applied' };
      });
      return json({ results, serverTime });
    }
    if (url.pathname === '/api/v1/sync/pull') {
      const since = Number(url.searchParams.get('since') ?? '0');
      return json({ changes: log.slice(since), cursor: String(log.length), hasMore: false, serverTime });
    }
    return json({ error: { code: 'not_found', message: 'no' } }, 404);
  };
  return { fetch, log, calls, setDown: (value: boolean) => (down = value) };
}

function fakeEnvironment(fetch: FetchLike, online = true) {
  const listeners = new Set<(online: boolean) => void>();
  const state = { online };
  const environment: SyncEnvironment = {
    isOnline: () => state.online,
    onConnectivity(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fetch,
  };
  return {
    environment,
    go(online: boolean) {
      state.online = online;
      for (const listener of listeners) listener(online);
    },
  };
}

const dbs: KelilingDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

function setup(online = true) {
  const db = openDatabase(`sync-${Math.random()}`);
  dbs.push(db);
  const storage = createDexieStorage(db, unlockedTestVault());
  const server = fakeServer();
  const env = fakeEnvironment(server.fetch, online);
  const clock = createHlcClock({ nodeId: identity.nodeId });
  const service = createSyncService({ db, storage, identity, clock, environment: env.environment, intervalMs: 60_000 });
  const change = (id: string, nik: string): Change => ({
    id,
    entity: 'sim_applications',
    entityId: `r-${id}`,
    hlc: clock.next(),
    fields: { nik },
  });
  return { db, storage, server, env, service, change };
}

describe('sync service', () => {
  it('sends the outbox when started online, marks records synced, and records the time', async () => {
    const { db, storage, server, service, change } = setup();
    await storage.write(change('a', '3404075203900002'));
    await storage.write(change('b', 'bad'));
    service.start();
    await vi.waitFor(async () => expect(await db.meta.get(lastSyncMetaKey)).toBeDefined());
    service.stop();

    expect(await storage.outboxSize()).toBe(0);
    expect((await storage.record('sim_applications', 'r-a'))?.syncState).toBe('synced');
    expect((await storage.record('sim_applications', 'r-b'))?.syncState).toBe('rejected');
    expect(server.log.map((c) => c.id)).toEqual(['a']);
    expect(indicatorState(service.status())).toBe('online');
  });

  it('waits while offline and syncs when the browser comes back online', async () => {
    const { storage, server, env, service, change } = setup(false);
    await storage.write(change('a', '3404075203900002'));
    service.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.calls).toEqual([]);
    expect(indicatorState(service.status())).toBe('offline');

    env.go(true);
    await vi.waitFor(async () => expect(await storage.outboxSize()).toBe(0));
    service.stop();
  });

  it('shows offline after a failed request even when the browser claims to be online, and keeps the outbox', async () => {
    const { storage, server, service, change } = setup();
    server.setDown(true);
    await storage.write(change('a', '3404075203900002'));
    service.start();
    await vi.waitFor(() => expect(service.status().lastError?.code).toBe('network_error'));
    service.stop();
    expect(indicatorState(service.status())).toBe('offline');
    expect(await storage.outboxSize()).toBe(1);
  });

  it('leaves the round to the tab that holds the sync lock', async () => {
    const { storage, server, change, db } = setup();
    const busyLocks = {
      request: async (_name: string, _options: unknown, callback: (lock: null) => unknown) => callback(null),
    };
    const env = fakeEnvironment(server.fetch);
    const service = createSyncService({
      db,
      storage,
      identity,
      clock: createHlcClock({ nodeId: identity.nodeId }),
      environment: { ...env.environment, locks: busyLocks as unknown as LockManager },
    });
    await storage.write(change('a', '3404075203900002'));
    service.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    service.stop();
    expect(server.calls).toEqual([]);
    expect(await storage.outboxSize()).toBe(1);
  });
});

describe('work after a round', () => {
  it('runs only after rounds that reached the server, and reports a stalled upload without failing the round', async () => {
    const db = openDatabase(`sync-${Math.random()}`);
    dbs.push(db);
    const storage = createDexieStorage(db, unlockedTestVault());
    const server = fakeServer();
    const env = fakeEnvironment(server.fetch, true);
    const afterSync = vi.fn(async () => ({ failed: [{ code: 'network_error', permanent: false }] }));
    const clock = createHlcClock({ nodeId: identity.nodeId });
    const service = createSyncService({
      db,
      storage,
      identity,
      clock,
      environment: env.environment,
      intervalMs: 60_000,
      afterSync,
    });
    server.setDown(true);
    service.start();
    await vi.waitFor(() => expect(service.status().lastError?.code).toBe('network_error'));
    expect(afterSync).not.toHaveBeenCalled();
    server.setDown(false);
    service.syncNow();
    await vi.waitFor(() => expect(afterSync).toHaveBeenCalledTimes(1));
    await vi.waitFor(() =>
      expect(service.status()).toMatchObject({ lastError: null, uploadError: 'network_error', syncing: false }),
    );
    service.stop();
  });
});

describe('wipe decision', () => {
  const base = {
    ok: false,
    startedAt: '',
    finishedAt: '',
    pushed: { applied: 0, duplicate: 0, stale: 0, rejected: 0, restamped: 0 },
    pulled: 0,
    resynced: false,
    pendingAfter: 0,
  };
  it('wipes when the engine says so, or on 401 device_revoked, and not for other errors', () => {
    expect(wipeReasonOf({ ...base, ok: true, wipe: 'retired' })).toBe('retired');
    expect(wipeReasonOf({ ...base, error: { kind: 'auth', code: 'device_revoked', message: '' } })).toBe('revoked');
    expect(wipeReasonOf({ ...base, error: { kind: 'auth', code: 'unauthorized', message: '' } })).toBeNull();
    expect(wipeReasonOf({ ...base, error: { kind: 'transient', code: 'network_error', message: '' } })).toBeNull();
  });
});

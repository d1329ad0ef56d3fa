import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../change.js';
import { createHlcClock } from '../hlc.js';
import { defaultLimits, type PushResponse, type SyncInfo } from '../protocol.js';
import { createSyncEngine } from './engine.js';
import { isSyncHttpError, toSyncError } from './errors.js';
import { createHttpTransport } from './http-transport.js';
import { createMemoryStorage } from './memory-storage.js';
import type { SyncTransport } from './ports.js';

// Real sockets, real fetch: a server that takes the request and then goes quiet, as a link half-closed by a
// proxy or a server frozen mid-answer does. Timeouts are small so the tests stay fast.

const info: SyncInfo = { serverTime: new Date().toISOString(), protocol: 1, limits: defaultLimits };

let server: Server | null = null;
const sockets = new Set<Socket>();
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets.clear();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** A server that reads each request and answers with `reply` (possibly nothing), never closing the socket. */
async function stallingServer(reply: string): Promise<string> {
  server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('data', () => {
      if (reply) socket.write(reply);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

const silent = '';
const headersThenStall =
  'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"serverTime":"20';

const engineOver = (transport: SyncTransport, roundTimeoutMs = 60_000) =>
  createSyncEngine({
    storage: createMemoryStorage(),
    transport,
    clock: createHlcClock({ nodeId: '00000000000000a1' }),
    roundTimeoutMs,
  });

describe('a call the server never finishes answering', () => {
  it.each([
    ['accepts the request and never answers', silent],
    ['sends headers, then stalls the body', headersThenStall],
  ])('server %s: the call fails as a transient network_error within its timeout', async (_, reply) => {
    const transport = createHttpTransport({ baseUrl: await stallingServer(reply), token: 't', timeoutMs: 300 });
    const started = performance.now();
    const error = await transport.info().catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(isSyncHttpError(error)).toBe(true);
    expect(toSyncError(error)).toMatchObject({ kind: 'transient', code: 'network_error', status: 0 });
  });

  it.each([
    ['accepts the request and never answers', silent],
    ['sends headers, then stalls the body', headersThenStall],
  ])('server %s: the sync round ends with a transient error, and the next round starts afresh', async (_, reply) => {
    const transport = createHttpTransport({ baseUrl: await stallingServer(reply), token: 't', timeoutMs: 300 });
    const engine = engineOver(transport);
    const started = performance.now();
    const first = await engine.syncOnce();
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(first).toMatchObject({ ok: false, error: { kind: 'transient', code: 'network_error' } });
    expect(engine.isSyncing()).toBe(false);
    const second = engine.syncOnce();
    expect(engine.isSyncing()).toBe(true);
    expect(await second).toMatchObject({ ok: false, error: { kind: 'transient' } });
  });

  it('a call abandoned by its caller (the round deadline) ends at once, before its own timeout', async () => {
    const transport = createHttpTransport({ baseUrl: await stallingServer(silent), token: 't', timeoutMs: 60_000 });
    const controller = new AbortController();
    const call = transport.info({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error('round over')), 100);
    await expect(call).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });
});

describe('the round deadline', () => {
  const change: Change = {
    id: 'c1',
    entity: 'sim_applications',
    entityId: 'r1',
    hlc: '2026-11-28T02:00:00.000Z-0000-00000000000000a1',
    fields: { fullName: 'Budi' },
  };

  it('ends a round whose transport never settles (and ignores its signal) as a transient round_timeout', async () => {
    const signals: AbortSignal[] = [];
    const hanging: SyncTransport = {
      info: (call) => {
        if (call?.signal) signals.push(call.signal);
        return new Promise<SyncInfo>(() => undefined);
      },
      push: () => Promise.reject(new Error('not reached')),
      pull: () => Promise.reject(new Error('not reached')),
    };
    const engine = engineOver(hanging, 200);
    const report = await engine.syncOnce();
    expect(report).toMatchObject({ ok: false, error: { kind: 'transient', code: 'round_timeout' }, pendingAfter: 0 });
    expect(signals[0]?.aborted).toBe(true);
    expect(engine.isSyncing()).toBe(false);
  });

  it('a push the server applied but never answered goes again next round and is applied once', async () => {
    const applied = new Map<string, Change>();
    let answerFirstPush: ((response: PushResponse) => void) | null = null;
    const serverTime = () => new Date().toISOString();
    const transport: SyncTransport = {
      info: async () => ({ ...info, serverTime: serverTime() }),
      push: (changes) => {
        const results = changes.map((c) => {
          const duplicate = applied.has(c.id);
          applied.set(c.id, c);
          return { id: c.id, status: duplicate ? ('duplicate' as const) : ('applied' as const) };
        });
        if (answerFirstPush === null) {
          // The first answer is held back past the round's deadline.
          return new Promise<PushResponse>((resolve) => {
            answerFirstPush = resolve;
          }).then(() => ({ results, serverTime: serverTime() }));
        }
        return Promise.resolve({ results, serverTime: serverTime() });
      },
      pull: async () => ({ changes: [], cursor: 'k1', hasMore: false, serverTime: serverTime() }),
    };
    const storage = createMemoryStorage();
    const engine = createSyncEngine({
      storage,
      transport,
      clock: createHlcClock({ nodeId: '00000000000000a1' }),
      roundTimeoutMs: 200,
    });
    await storage.write(change);

    const stuck = await engine.syncOnce();
    expect(stuck).toMatchObject({ ok: false, error: { code: 'round_timeout' }, pendingAfter: 1 });

    const next = await engine.syncOnce();
    expect(next).toMatchObject({ ok: true, pushed: { duplicate: 1, applied: 0 }, pendingAfter: 0 });
    expect([...applied.keys()]).toEqual(['c1']);

    // The late answer of the abandoned round changes nothing.
    answerFirstPush!({ results: [], serverTime: serverTime() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await storage.outboxSize()).toBe(0);
    expect((await storage.record('sim_applications', 'r1'))?.syncState).toBe('synced');
  });
});

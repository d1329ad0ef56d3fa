import { describe, expect, it } from 'vitest';
import type { Change } from '../change.js';
import { createHlcClock } from '../hlc.js';
import { defaultLimits, type PushResult } from '../protocol.js';
import { createSyncEngine } from './engine.js';
import { SyncHttpError } from './errors.js';
import { createMemoryStorage } from './memory-storage.js';
import type { SyncTransport } from './ports.js';
import { createSyncScheduler } from './scheduler.js';

const t0 = Date.parse('2026-11-28T02:00:00.000Z');
const now = () => t0;

/** A transport that records calls; `status` is what sync/info says about the device. */
function fakeTransport(options: { status?: string; answer?: (c: Change) => PushResult | null } = {}) {
  const calls: string[] = [];
  const pushed: Change[] = [];
  const transport: SyncTransport = {
    async info() {
      calls.push('info');
      return {
        serverTime: new Date(t0).toISOString(),
        protocol: 1,
        limits: defaultLimits,
        ...(options.status ? { device: { id: 'dev-1', status: options.status } } : {}),
      };
    },
    async push(changes) {
      calls.push('push');
      pushed.push(...changes);
      const results = changes
        .map((c) => (options.answer ? options.answer(c) : { id: c.id, status: 'applied' as const }))
        .filter((r): r is PushResult => r !== null);
      return { results, serverTime: new Date(t0).toISOString() };
    },
    async pull() {
      calls.push('pull');
      return { changes: [], cursor: 'c1', hasMore: false, serverTime: new Date(t0).toISOString() };
    },
    async retireComplete(deviceId) {
      calls.push(`complete:${deviceId}`);
      return { device: { id: deviceId, status: 'retired' } };
    },
  };
  return { transport, calls, pushed };
}

function setup(transport: SyncTransport) {
  const storage = createMemoryStorage();
  const clock = createHlcClock({ nodeId: '0123456789abcdef', now });
  const engine = createSyncEngine({ storage, transport, clock, now });
  return { storage, engine };
}

const edit = (entityId: string, fields: Record<string, unknown>) => ({ entity: 'visits', entityId, fields });

describe('retire and revoke in the engine', () => {
  it('a retired device pushes its outbox and its confirmed layer, then completes and reports wipe: retired', async () => {
    const { engine, storage } = setup(fakeTransport().transport);
    await engine.write(edit('v1', { notes: 'confirmed earlier' }));
    await engine.syncOnce();
    await engine.write(edit('v2', { notes: 'pending' }));

    // HQ retires the device; at its next contact the server says so.
    const retiring = fakeTransport({ status: 'retired' });
    const clock = createHlcClock({ nodeId: '0123456789abcdef', now });
    const again = createSyncEngine({ storage, transport: retiring.transport, clock, now });
    const report = await again.syncOnce();
    expect(report).toMatchObject({ ok: true, wipe: 'retired', pendingAfter: 0 });
    expect(retiring.calls).toEqual(['info', 'push', 'push', 'complete:dev-1']); // no pull
    // Each change once: the outbox's v2, and the confirmed layer's v1.
    expect(retiring.pushed.map((c) => c.entityId)).toEqual(['v2', 'v1']);
  });

  it('does not complete while something is still unsent', async () => {
    // The server answers nothing for v2: it stays in the outbox.
    const retiring = fakeTransport({
      status: 'retired',
      answer: (c) => (c.entityId === 'v2' ? null : { id: c.id, status: 'applied' }),
    });
    const { engine } = setup(retiring.transport);
    await engine.write(edit('v2', { notes: 'unanswered' }));
    const report = await engine.syncOnce();
    expect(report.wipe).toBeUndefined();
    expect(report.pendingAfter).toBe(1);
    expect(retiring.calls.some((c) => c.startsWith('complete'))).toBe(false);
  });

  it('reports wipe: revoked on 401 device_revoked, and the scheduler stops', async () => {
    const revoked: SyncTransport = {
      ...fakeTransport().transport,
      async info() {
        throw new SyncHttpError({ status: 401, code: 'device_revoked', message: 'revoked' });
      },
    };
    const { engine } = setup(revoked);
    const report = await engine.syncOnce();
    expect(report).toMatchObject({ ok: false, wipe: 'revoked', error: { kind: 'auth', code: 'device_revoked' } });

    const scheduled: (() => void)[] = [];
    const reports: unknown[] = [];
    const scheduler = createSyncScheduler({
      sync: engine.syncOnce,
      onReport: (r) => reports.push(r),
      timers: { setTimeout: (fn) => scheduled.push(fn), clearTimeout: () => undefined },
    });
    scheduler.trigger();
    scheduled.shift()!();
    await new Promise((r) => setTimeout(r, 0));
    expect(reports).toHaveLength(1);
    expect(scheduled).toHaveLength(0); // nothing more is scheduled
    expect(scheduler.nextDelay()).toBeNull();
  });
});

import { join } from 'node:path';
import { makeReceiptNumber } from '@keliling/domain';
import type { Change } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open.js';
import { hlcAt, simCreate, startTestServer, type TestServer, testPassword, validNik } from '../testing/harness.js';

type Entry = {
  seq: number;
  action: string;
  actor: string;
  entity: string | null;
  entityId: string | null;
  details: Record<string, unknown>;
};

describe('audit entries from the server, and GET /api/v1/audit', () => {
  let server: TestServer;
  let hq: string;
  let device: { token: string; deviceId: string; nodeId: string };
  let created: Change;
  const t = Date.now() - 60_000;
  const push = (token: string, changes: Change[]) => server.call('/api/v1/sync/push', { token, body: { changes } });
  const audit = async (query = '') =>
    (await server.call(`/api/v1/audit${query}`, { token: hq })).body.entries as Entry[];

  beforeAll(async () => {
    server = await startTestServer();
    await server.call('/api/v1/auth/login', { body: { username: 'hq', password: 'salah-sekali' } });
    hq = await server.login('hq');
    device = await server.enroll('unit-1');
    const receiptNumber = makeReceiptNumber({ service: 'SIM', deviceCode: '0001', sequence: 7 });
    created = simCreate('unit-1', { hlc: hlcAt(t, device.nodeId), fields: { receiptNumber, phone: '+6281234567890' } });
    await push(device.token, [created]);
    const edit = (fields: Record<string, unknown>, ms: number, nodeId: string): Change => ({
      id: crypto.randomUUID(),
      entity: 'sim_applications',
      entityId: created.entityId,
      hlc: hlcAt(ms, nodeId),
      fields,
    });
    const r1 = await push(device.token, [edit({ status: 'submitted' }, t + 1000, device.nodeId)]);
    expect(r1.body.results[0].status).toBe('applied');
    const r2 = await push(hq, [edit({ fullName: 'Budi Santosa' }, t + 2000, 'bbbbbbbbbbbbbbbb')]);
    expect(r2.body.results[0].status).toBe('applied');
  });
  afterAll(() => server.stop());

  it('records sign-ins (failed and successful), the enrollment, status changes and HQ corrections', async () => {
    const entries = await audit();
    const actions = entries.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['sign_in_failed', 'sign_in', 'device_enroll', 'status_change', 'hq_correction']),
    );
    const status = entries.filter((e) => e.action === 'status_change' && e.entityId === created.entityId);
    expect(status.map((e) => [e.details.from, e.details.to])).toEqual([
      ['draft', 'submitted'],
      [null, 'draft'],
    ]);
    const correction = entries.find((e) => e.action === 'hq_correction')!;
    expect(correction.details.fields).toEqual(['fullName']);
    // Never NIKs or phone numbers in the log.
    expect(JSON.stringify(entries)).not.toContain(validNik);
    expect(JSON.stringify(entries)).not.toContain('81234567890');
    expect(JSON.stringify(entries)).not.toContain(testPassword);
  });

  it('filters by action, entity and id, and pages newest first with a cursor', async () => {
    const only = await audit(`?action=status_change&entity=sim_applications&entityId=${created.entityId}`);
    expect(only.every((e) => e.action === 'status_change')).toBe(true);
    const first = await server.call('/api/v1/audit?limit=2', { token: hq });
    expect(first.body.entries).toHaveLength(2);
    expect(first.body.hasMore).toBe(true);
    const second = await server.call(`/api/v1/audit?limit=2&cursor=${first.body.cursor}`, { token: hq });
    expect(second.body.entries[0].seq).toBe(first.body.entries[1].seq - 1);
    const future = await audit(`?since=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`);
    expect(future).toEqual([]);
  });

  it('is for hq and admin only', async () => {
    expect((await server.call('/api/v1/audit', { token: device.token })).status).toBe(403);
    expect((await server.call('/api/v1/audit', { token: await server.login('koordinator') })).status).toBe(403);
    expect((await server.call('/api/v1/audit', { token: await server.login('admin') })).status).toBe(200);
    expect((await server.call('/api/v1/audit')).status).toBe(401);
  });
});

describe('GET /api/v1/audit/verify', () => {
  it('reports an intact chain, then names the first tampered entry; hq and admin only', async () => {
    const server = await startTestServer();
    try {
      const hq = await server.login('hq');
      const admin = await server.login('admin');
      const device = await server.enroll('unit-1');
      const intact = await server.call('/api/v1/audit/verify', { token: hq });
      expect(intact.status).toBe(200);
      expect(intact.body).toMatchObject({ ok: true });
      // As many entries as the log holds (sign-ins and the enrollment so far).
      const count = (await server.call('/api/v1/audit?limit=1000', { token: hq })).body.entries.length;
      expect(intact.body.entries).toBe(count);

      for (const token of [device.token, await server.login('koordinator'), await server.login('petugas1')]) {
        const res = await server.call('/api/v1/audit/verify', { token });
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe('forbidden');
      }
      expect((await server.call('/api/v1/audit/verify')).status).toBe(401);

      // Someone with the database file edits entry 2 in place (the triggers dropped first).
      const db = openDatabase(join(server.dir, 'keliling.db'));
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare(`UPDATE audit_log SET actor = 'user:orang-lain' WHERE seq = 2`).run();
      db.close();
      const broken = await server.call('/api/v1/audit/verify', { token: admin });
      expect(broken.status).toBe(200);
      expect(broken.body).toMatchObject({
        ok: false,
        seq: 2,
        reason: 'hash',
        entry: { seq: 2, actor: 'user:orang-lain' },
      });
    } finally {
      await server.stop();
    }
  });
});

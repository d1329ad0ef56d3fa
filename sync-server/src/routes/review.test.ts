import type { Change } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hlcAt, simCreate, startTestServer, type TestServer } from '../testing/harness.js';

type Device = { token: string; deviceId: string; nodeId: string };

describe('GET /api/v1/conflicts and /api/v1/rejections', () => {
  let server: TestServer;
  let a: Device;
  let b: Device;
  let c: Device;
  let hq: string;
  let created: Change;
  const t = Date.now() - 120_000;

  const push = (token: string, changes: Change[]) => server.call('/api/v1/sync/push', { token, body: { changes } });
  const edit = (fields: Record<string, unknown>, hlc: string, baseHlc?: string): Change => ({
    id: crypto.randomUUID(),
    entity: 'sim_applications',
    entityId: created.entityId,
    hlc,
    fields,
    ...(baseHlc ? { baseHlc } : {}),
  });

  beforeAll(async () => {
    server = await startTestServer();
    a = await server.enroll('unit-1', 'Laptop A');
    b = await server.enroll('unit-1', 'Laptop B');
    c = await server.enroll('unit-2', 'Laptop C');
    hq = await server.login('hq');
    created = simCreate('unit-1', { hlc: hlcAt(t, a.nodeId) });
    await push(a.token, [created]);
    // B and A both edit address and fullName, each having seen only the creation: two conflicts, A wins both.
    await push(b.token, [edit({ address: 'Alamat B', fullName: 'Nama B' }, hlcAt(t + 1000, b.nodeId), created.hlc)]);
    await push(a.token, [edit({ address: 'Alamat A', fullName: 'Nama A' }, hlcAt(t + 2000, a.nodeId), created.hlc)]);
  });
  afterAll(() => server.stop());

  it('lists the conflicts of its unit to a device, with both values, authors and HLCs', async () => {
    const res = await server.call('/api/v1/conflicts?status=open', { token: a.token });
    expect(res.status).toBe(200);
    expect(res.body.hasMore).toBe(false);
    expect(res.body.conflicts.map((x: { field: string }) => x.field).sort()).toEqual(['address', 'fullName']);
    expect(res.body.conflicts.find((x: { field: string }) => x.field === 'address')).toEqual({
      id: expect.any(String),
      entity: 'sim_applications',
      entityId: created.entityId,
      field: 'address',
      winner: {
        value: 'Alamat A',
        hlc: hlcAt(t + 2000, a.nodeId),
        author: `device:${a.deviceId}`,
        changeId: expect.any(String),
      },
      loser: {
        value: 'Alamat B',
        hlc: hlcAt(t + 1000, b.nodeId),
        author: `device:${b.deviceId}`,
        changeId: expect.any(String),
      },
      status: 'open',
      createdAt: expect.any(String),
    });
  });

  it("hides other units' conflicts from a device and shows staff their scope", async () => {
    expect((await server.call('/api/v1/conflicts', { token: c.token })).body.conflicts).toEqual([]);
    expect((await server.call('/api/v1/conflicts', { token: hq })).body.conflicts).toHaveLength(2);
    const coordinator = await server.login('koordinator'); // Sleman: unit-1 and unit-2
    expect((await server.call('/api/v1/conflicts', { token: coordinator })).body.conflicts).toHaveLength(2);
    const filtered = await server.call('/api/v1/conflicts?entity=skck_applications', { token: hq });
    expect(filtered.body.conflicts).toEqual([]);
  });

  it('pages with limit and cursor', async () => {
    const first = await server.call('/api/v1/conflicts?limit=1', { token: hq });
    expect(first.body).toMatchObject({ hasMore: true, cursor: expect.any(String) });
    const second = await server.call(`/api/v1/conflicts?limit=1&cursor=${first.body.cursor}`, { token: hq });
    expect(second.body.hasMore).toBe(false);
    expect(second.body.conflicts[0].id).not.toBe(first.body.conflicts[0].id);
    const bad = await server.call('/api/v1/conflicts?cursor=nonsense', { token: hq });
    expect(bad.status).toBe(400);
    expect((await server.call('/api/v1/conflicts?status=maybe', { token: hq })).status).toBe(400);
    expect((await server.call('/api/v1/conflicts')).status).toBe(401);
  });

  it('is resolved by a later change to the field from someone who had seen both values, and says who', async () => {
    const me = await server.call('/api/v1/auth/login', { body: { username: 'hq', password: 'rahasia-uji-123' } });
    const winnerHlc = hlcAt(t + 2000, a.nodeId);
    const fix = edit({ address: 'Alamat benar' }, hlcAt(t + 3000, me.body.nodeId), winnerHlc);
    expect((await push(me.body.token, [fix])).body.results[0].status).toBe('applied');

    const resolved = await server.call('/api/v1/conflicts?status=resolved', { token: hq });
    expect(resolved.body.conflicts).toEqual([
      expect.objectContaining({
        field: 'address',
        status: 'resolved',
        resolvedBy: `user:${me.body.user.id}`,
        resolvedChangeId: fix.id,
        resolvedAt: expect.any(String),
      }),
    ]);
    const open = await server.call('/api/v1/conflicts?status=open', { token: hq });
    expect(open.body.conflicts.map((x: { field: string }) => x.field)).toEqual(['fullName']);
  });

  it('shows a record’s conflicts with its history', async () => {
    const res = await server.call(`/api/v1/records/sim_applications/${created.entityId}/history`, { token: hq });
    expect(res.body.changes).toHaveLength(4);
    expect(res.body.conflicts.map((x: { field: string; status: string }) => [x.field, x.status])).toEqual([
      ['address', 'resolved'],
      ['fullName', 'open'],
    ]);
  });

  it('shows a device its own rejections, and staff those on their units', async () => {
    const badNik = simCreate('unit-1', { fields: { nik: '9904071705900001' } });
    await push(a.token, [badNik]);
    // C (unit-2) tries to create a unit-1 record: filed under C's own unit, not the unit it was refused.
    const intruding = simCreate('unit-1');
    await push(c.token, [intruding]);

    const mine = await server.call('/api/v1/rejections', { token: a.token });
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({
      rejections: [
        {
          changeId: badNik.id,
          change: badNik,
          reason: expect.objectContaining({ code: 'invalid_nik', field: 'nik' }),
          author: `device:${a.deviceId}`,
          createdAt: expect.any(String),
        },
      ],
      cursor: expect.any(String),
      hasMore: false,
    });
    expect((await server.call('/api/v1/rejections', { token: b.token })).body.rejections).toEqual([]);
    const ofC = await server.call('/api/v1/rejections', { token: c.token });
    expect(ofC.body.rejections.map((r: { changeId: string }) => r.changeId)).toEqual([intruding.id]);

    const all = await server.call('/api/v1/rejections', { token: hq });
    expect(all.body.rejections.map((r: { changeId: string }) => r.changeId)).toEqual([badNik.id, intruding.id]);
    const officer = await server.login('petugas1'); // a unit-1 officer signed in as staff
    const unit1 = await server.call('/api/v1/rejections', { token: officer });
    expect(unit1.body.rejections.map((r: { changeId: string }) => r.changeId)).toEqual([badNik.id]);

    const paged = await server.call('/api/v1/rejections?limit=1', { token: hq });
    expect(paged.body.hasMore).toBe(true);
    const rest = await server.call(`/api/v1/rejections?limit=1&cursor=${paged.body.cursor}`, { token: hq });
    expect(rest.body.rejections.map((r: { changeId: string }) => r.changeId)).toEqual([intruding.id]);
  });
});

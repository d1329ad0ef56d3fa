import type { Change } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hlcAt, simCreate, startTestServer, type TestServer } from '../testing/harness.js';

describe('records read side', () => {
  let server: TestServer;
  let hq: string;
  const unit1: Change[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    hq = await server.login('hq');
    const device1 = await server.enroll('unit-1');
    const device2 = await server.enroll('unit-2');
    for (let i = 0; i < 7; i++) unit1.push(simCreate('unit-1', { entityId: `rec-${String(i).padStart(2, '0')}` }));
    unit1[0]!.fields.fullName = 'Siti Aminah';
    unit1[1]!.fields.status = 'submitted';
    await server.call('/api/v1/sync/push', { token: device1.token, body: { changes: unit1 } });
    await server.call('/api/v1/sync/push', {
      token: device2.token,
      body: { changes: [simCreate('unit-2', { entityId: 'rec-u2' })] },
    });
  });
  afterAll(() => server.stop());

  it('returns one record as its merged current state', async () => {
    const res = await server.call('/api/v1/records/sim_applications/rec-00', { token: hq });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 'rec-00',
      entity: 'sim_applications',
      fields: unit1[0]!.fields,
      deleted: false,
      updatedAt: expect.any(String),
    });
  });

  it('shows a deletion as a tombstone', async () => {
    const device = await server.enroll('unit-1');
    const tombstone: Change = {
      id: crypto.randomUUID(),
      entity: 'sim_applications',
      entityId: 'rec-06',
      hlc: hlcAt(Date.now()),
      fields: {},
      deleted: true,
    };
    await server.call('/api/v1/sync/push', { token: device.token, body: { changes: [tombstone] } });
    const res = await server.call('/api/v1/records/sim_applications/rec-06', { token: hq });
    expect(res.body.deleted).toBe(true);
  });

  it('lists records newest id first, paging with cursor and hasMore', async () => {
    const first = await server.call('/api/v1/records/sim_applications?limit=5', { token: hq });
    expect(first.body.records.map((r: { id: string }) => r.id)).toEqual([
      'rec-u2',
      'rec-06',
      'rec-05',
      'rec-04',
      'rec-03',
    ]);
    expect(first.body.hasMore).toBe(true);
    const second = await server.call(`/api/v1/records/sim_applications?limit=5&cursor=${first.body.cursor}`, {
      token: hq,
    });
    expect(second.body.records.map((r: { id: string }) => r.id)).toEqual(['rec-02', 'rec-01', 'rec-00']);
    expect(second.body.hasMore).toBe(false);
  });

  it('filters by unit, status and text', async () => {
    const byUnit = await server.call('/api/v1/records/sim_applications?unitId=unit-2', { token: hq });
    expect(byUnit.body.records.map((r: { id: string }) => r.id)).toEqual(['rec-u2']);
    const byStatus = await server.call('/api/v1/records/sim_applications?status=submitted', { token: hq });
    expect(byStatus.body.records.map((r: { id: string }) => r.id)).toEqual(['rec-01']);
    const byText = await server.call(`/api/v1/records/sim_applications?q=${encodeURIComponent('siti')}`, { token: hq });
    expect(byText.body.records.map((r: { id: string }) => r.id)).toEqual(['rec-00']);
    const since = await server.call('/api/v1/records/sim_applications?updatedSince=2999-01-01T00:00:00Z', {
      token: hq,
    });
    expect(since.body.records).toEqual([]);
  });

  it("scopes staff: an officer sees its unit only, and gets 404 for other units' records", async () => {
    const officer = await server.login('petugas1');
    const list = await server.call('/api/v1/records/sim_applications?limit=100', { token: officer });
    expect(list.body.records.some((r: { id: string }) => r.id === 'rec-u2')).toBe(false);
    expect((await server.call('/api/v1/records/sim_applications/rec-u2', { token: officer })).status).toBe(404);
    expect((await server.call('/api/v1/records/sim_applications?unitId=unit-2', { token: officer })).status).toBe(403);
  });

  it('refuses devices (403) and missing credentials (401)', async () => {
    const device = await server.enroll('unit-1');
    const res = await server.call('/api/v1/records/sim_applications', { token: device.token });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await server.call('/api/v1/records/sim_applications')).status).toBe(401);
  });

  it('answers 404 for unknown entities and ids, and for malformed ids', async () => {
    for (const path of [
      '/api/v1/records/spaceships',
      '/api/v1/records/sim_applications/nope',
      '/api/v1/records/sim_applications/bad%20id!',
    ]) {
      const res = await server.call(path, { token: hq });
      expect(res.status, path).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it("returns a record's history in server order with status, author and receipt time", async () => {
    const res = await server.call('/api/v1/records/sim_applications/rec-06/history', { token: hq });
    expect(res.status).toBe(200);
    expect(res.body.changes).toHaveLength(2);
    expect(res.body.changes[0]).toMatchObject({
      id: unit1[6]!.id,
      status: 'applied',
      author: expect.stringMatching(/^device:/),
      receivedAt: expect.any(String),
    });
    expect(res.body.changes[1]).toMatchObject({ deleted: true, status: 'applied' });
  });

  it('answers 400 for a malformed list cursor', async () => {
    const res = await server.call('/api/v1/records/sim_applications?cursor=xyz', { token: hq });
    expect(res.status).toBe(400);
  });
});

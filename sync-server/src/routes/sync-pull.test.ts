import type { Change } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simCreate, startTestServer, type TestServer } from '../testing/harness.js';

describe('GET /api/v1/sync/pull', () => {
  let server: TestServer;
  let unit1: { token: string };
  let unit2: { token: string };
  const pushed1: Change[] = [];
  const pushed2: Change[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    unit1 = await server.enroll('unit-1');
    unit2 = await server.enroll('unit-2');
    for (let i = 0; i < 25; i++) pushed1.push(simCreate('unit-1'));
    for (let i = 0; i < 5; i++) pushed2.push(simCreate('unit-2'));
    await server.call('/api/v1/sync/push', { token: unit1.token, body: { changes: pushed1 } });
    await server.call('/api/v1/sync/push', { token: unit2.token, body: { changes: pushed2 } });
  });
  afterAll(() => server.stop());

  /** Follows the cursor until hasMore is false. */
  async function pullAll(token: string, limit: number, since?: string) {
    const changes: Change[] = [];
    let cursor = since;
    let pages = 0;
    for (;;) {
      const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { since: cursor } : {}) });
      const res = await server.call(`/api/v1/sync/pull?${query}`, { token });
      expect(res.status).toBe(200);
      changes.push(...res.body.changes);
      cursor = res.body.cursor;
      pages += 1;
      if (!res.body.hasMore) return { changes, cursor: cursor!, pages };
    }
  }

  it('pages through changes in server order with cursor and hasMore, keeping ids, HLCs and fields', async () => {
    const first = await server.call('/api/v1/sync/pull?limit=10', { token: unit1.token });
    expect(first.body).toMatchObject({ hasMore: true, cursor: expect.any(String), serverTime: expect.any(String) });
    expect(first.body.changes).toHaveLength(10);
    const { changes, pages } = await pullAll(unit1.token, 10);
    expect(pages).toBe(3);
    const sims = changes.filter((c) => c.entity === 'sim_applications');
    expect(sims).toEqual(pushed1);
  });

  it("scopes a device to its unit plus reference data: it never sees another unit's records", async () => {
    const { changes } = await pullAll(unit1.token, 1000);
    const ids = new Set(changes.map((c) => c.entityId));
    for (const c of pushed2) expect(ids.has(c.entityId)).toBe(false);
    // Every device pulls the units list (reference data without unitId).
    expect(
      changes
        .filter((c) => c.entity === 'units')
        .map((c) => c.entityId)
        .sort(),
    ).toEqual(['unit-1', 'unit-2', 'unit-9']);
    const other = await pullAll(unit2.token, 1000);
    expect(other.changes.filter((c) => c.entity === 'sim_applications')).toEqual(pushed2);
  });

  it('lets HQ pull everything and a coordinator the units of its polres', async () => {
    const hq = await pullAll(await server.login('hq'), 1000);
    expect(hq.changes.filter((c) => c.entity === 'sim_applications')).toHaveLength(30);
    const coordinator = await pullAll(await server.login('koordinator'), 1000);
    expect(coordinator.changes.filter((c) => c.entity === 'sim_applications')).toHaveLength(30);
    const officer = await pullAll(await server.login('petugas1'), 1000);
    expect(officer.changes.filter((c) => c.entity === 'sim_applications')).toHaveLength(25);
  });

  it('returns only newer changes after a cursor, and an empty page at the end', async () => {
    const { cursor } = await pullAll(unit1.token, 1000);
    const empty = await server.call(`/api/v1/sync/pull?since=${cursor}`, { token: unit1.token });
    expect(empty.body).toMatchObject({ changes: [], hasMore: false });
    const later = simCreate('unit-1');
    await server.call('/api/v1/sync/push', { token: unit1.token, body: { changes: [later] } });
    const next = await server.call(`/api/v1/sync/pull?since=${empty.body.cursor}`, { token: unit1.token });
    expect(next.body.changes).toEqual([later]);
  });

  it('clamps a large limit instead of refusing it', async () => {
    const res = await server.call('/api/v1/sync/pull?limit=100000', { token: unit1.token });
    expect(res.status).toBe(200);
  });

  it("answers 400 for a malformed cursor and 409 resync_required for another database's cursor", async () => {
    const bad = await server.call('/api/v1/sync/pull?since=%%%garbage', { token: unit1.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_request');
    const foreign = Buffer.from(JSON.stringify({ e: 'another-epoch', s: 3 })).toString('base64url');
    const res = await server.call(`/api/v1/sync/pull?since=${foreign}`, { token: unit1.token });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('resync_required');
    expect((await server.call('/api/v1/sync/pull?limit=-1', { token: unit1.token })).status).toBe(400);
  });

  it('compresses responses when the client accepts gzip', async () => {
    const res = await fetch(`${server.url}/api/v1/sync/pull?limit=1000`, {
      headers: { authorization: `Bearer ${unit1.token}`, 'accept-encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(((await res.json()) as { changes: unknown[] }).changes.length).toBeGreaterThan(20);
  });
});

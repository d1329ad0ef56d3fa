import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, validVillage } from '../testing/harness.js';

describe('reports', () => {
  let server: TestServer;
  let hq: string;

  beforeAll(async () => {
    server = await startTestServer();
    hq = await server.login('hq');
    const put = (entity: string, id: string, unitId: string, fields: Record<string, unknown>) =>
      server.store.writeServerChange({ entity, entityId: id, unitId, fields: { unitId, ...fields } });
    const march = '2026-03-10T03:00:00.000Z';
    put('sim_applications', 's1', 'unit-1', { createdAt: march, status: 'issued', feeRupiah: 75000, fullName: '=1+1' });
    put('sim_applications', 's2', 'unit-1', {
      createdAt: march,
      status: 'approved',
      feeRupiah: 100000,
      fullName: 'Sari, S.H.',
    });
    put('sim_applications', 's3', 'unit-1', { createdAt: march, status: 'rejected', feeRupiah: 75000 });
    put('sim_applications', 's4', 'unit-1', {
      createdAt: '2026-04-01T01:00:00.000Z',
      status: 'issued',
      feeRupiah: 75000,
    });
    put('skck_applications', 'k1', 'unit-1', { createdAt: march, status: 'issued', feeRupiah: 30000 });
    put('skck_applications', 'k2', 'unit-2', { createdAt: march, status: 'issued', feeRupiah: 30000 });
    put('visits', 'v1', 'unit-1', { date: '2026-03-10', status: 'done', villageCode: validVillage });
    put('visits', 'v2', 'unit-1', { date: '2026-03-11', status: 'done', villageCode: validVillage });
    put('visits', 'v3', 'unit-1', { date: '2026-03-12', status: 'cancelled', villageCode: '34.04.07.2002' });
    put('outreach_sessions', 'o1', 'unit-1', { startedAt: march, attendeesMale: 12, attendeesFemale: 15 });
    put('outreach_sessions', 'o2', 'unit-1', { startedAt: march, attendeesMale: 3, attendeesFemale: 4 });
  });
  afterAll(() => server.stop());

  it('computes the month of a unit exactly from its records', async () => {
    const res = await server.call('/api/v1/reports/monthly?unitId=unit-1&month=2026-03', { token: hq });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      month: '2026-03',
      unitId: 'unit-1',
      services: {
        sim_applications: { issued: 1, approved: 1, rejected: 1 },
        skck_applications: { issued: 1 },
      },
      visitsDone: 2,
      villagesVisited: [validVillage],
      feesRupiah: 75000 + 100000 + 30000,
      outreach: { sessions: 2, attendeesMale: 15, attendeesFemale: 19, attendees: 34 },
    });
    const all = await server.call('/api/v1/reports/monthly?month=2026-03', { token: hq });
    expect(all.body.feesRupiah).toBe(75000 + 100000 + 30000 + 30000);
  });

  it('exports merged records as CSV (BOM, quoting, formulas defused) and audits the export', async () => {
    const res = await server.call('/api/v1/reports/sim_applications.csv?unitId=unit-1&from=2026-03-01&to=2026-03-31', {
      token: hq,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    // fetch's text() drops a BOM: read the bytes.
    const raw = await fetch(`${server.url}/api/v1/reports/sim_applications.csv?unitId=unit-1`, {
      headers: { authorization: `Bearer ${hq}` },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.text.split('\r\n');
    expect(lines[0]!.startsWith('id,unitId,updatedAt,')).toBe(true);
    expect(lines.filter((l) => l.startsWith('s'))).toHaveLength(3);
    expect(res.text).toContain("'=1+1");
    expect(res.text).toContain('"Sari, S.H."');
    const audit = await server.call('/api/v1/audit?action=export', { token: hq });
    expect(audit.body.entries[1]).toMatchObject({
      entity: 'sim_applications',
      details: { records: 3, unitId: 'unit-1' },
    });
  });

  it('keeps coordinators to their units and refuses officers and devices', async () => {
    const coordinator = await server.login('koordinator');
    expect(
      (await server.call('/api/v1/reports/monthly?unitId=unit-9&month=2026-03', { token: coordinator })).status,
    ).toBe(403);
    const mine = await server.call('/api/v1/reports/monthly?month=2026-03', { token: coordinator });
    expect(mine.body.services.skck_applications).toEqual({ issued: 2 });
    expect(
      (await server.call('/api/v1/reports/monthly?month=2026-03', { token: await server.login('petugas1') })).status,
    ).toBe(403);
    expect((await server.call('/api/v1/reports/nope.csv', { token: hq })).status).toBe(404);
    expect((await server.call('/api/v1/reports/monthly?month=2026-13', { token: hq })).status).toBe(400);
  });
});

import type { Change } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hlcAt, simCreate, startTestServer, type TestServer } from '../testing/harness.js';

describe('POST /api/v1/sync/push', () => {
  let server: TestServer;
  let device: { token: string; deviceId: string; nodeId: string };
  beforeAll(async () => {
    server = await startTestServer();
    device = await server.enroll('unit-1');
  });
  afterAll(() => server.stop());

  const push = (changes: unknown[], token = device.token, headers: Record<string, string> = {}) =>
    server.call('/api/v1/sync/push', { token, body: { changes }, headers });

  it('applies a new record and answers one result per change, in order', async () => {
    const a = simCreate('unit-1');
    const b = simCreate('unit-1');
    const res = await push([a, b]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      results: [
        { id: a.id, status: 'applied' },
        { id: b.id, status: 'applied' },
      ],
      serverTime: expect.any(String),
    });
  });

  it('answers a retry as duplicate with the original outcome, and applies nothing twice', async () => {
    const change = simCreate('unit-1');
    await push([change]);
    const again = await push([change]);
    expect(again.body.results).toEqual([{ id: change.id, status: 'duplicate', original: { status: 'applied' } }]);
    // Key order does not make it different content.
    const reordered = Object.fromEntries(Object.entries(change).reverse());
    expect((await push([reordered])).body.results[0].status).toBe('duplicate');
  });

  it('remembers rejections: a retry of a rejected change is a duplicate whose original is the rejection', async () => {
    const change = simCreate('unit-1', { fields: { nik: '9904071705900001' } });
    expect((await push([change])).body.results[0]).toMatchObject({
      status: 'rejected',
      reason: { code: 'invalid_nik' },
    });
    const again = await push([change]);
    expect(again.body.results[0]).toEqual({
      id: change.id,
      status: 'duplicate',
      original: { status: 'rejected', reason: expect.objectContaining({ code: 'invalid_nik', field: 'nik' }) },
    });
  });

  it('rejects the same id with other content as id_reused', async () => {
    const change = simCreate('unit-1');
    await push([change]);
    const res = await push([{ ...change, fields: { ...change.fields, fullName: 'Lain' } }]);
    expect(res.body.results[0]).toMatchObject({ id: change.id, status: 'rejected', reason: { code: 'id_reused' } });
  });

  it('answers stale when every field already holds a newer value', async () => {
    const created = simCreate('unit-1', { hlc: hlcAt(Date.now() - 10_000) });
    await push([created]);
    const newer: Change = {
      id: `n-${created.id}`,
      entity: 'sim_applications',
      entityId: created.entityId,
      hlc: hlcAt(Date.now() - 5_000),
      fields: { fullName: 'Baru' },
    };
    const older: Change = {
      id: `o-${created.id}`,
      entity: 'sim_applications',
      entityId: created.entityId,
      hlc: hlcAt(Date.now() - 8_000),
      fields: { fullName: 'Lama' },
    };
    const res = await push([newer, older]);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'stale']);
    const hq = await server.login('hq');
    const record = await server.call(`/api/v1/records/sim_applications/${created.entityId}`, { token: hq });
    expect(record.body.fields.fullName).toBe('Baru');
  });

  it('rejects unknown entities, invalid fields and invalid NIKs with the field named', async () => {
    const unknown = { ...simCreate('unit-1'), entity: 'spaceships' };
    const badField = simCreate('unit-1', { fields: { category: 'Z' } });
    const badNik = simCreate('unit-1', { fields: { nik: '123' } });
    const res = await push([unknown, badField, badNik]);
    expect(res.body.results.map((r: { reason: { code: string } }) => r.reason.code)).toEqual([
      'unknown_entity',
      'invalid_field',
      'invalid_nik',
    ]);
    expect(res.body.results[1].reason.field).toBe('category');
    expect(res.body.results[2].reason.field).toBe('nik');
  });

  it('gives rejection messages in Indonesian by default and English on request', async () => {
    const id = await push([simCreate('unit-1', { fields: { nik: '123' } })]);
    expect(id.body.results[0].reason.message).toMatch(/NIK tidak valid/);
    const en = await push([simCreate('unit-1', { fields: { nik: '123' } })], device.token, {
      'accept-language': 'en-US,en;q=0.9',
    });
    expect(en.body.results[0].reason.message).toMatch(/nik/i);
    expect(en.body.results[0].reason.message).not.toMatch(/tidak/);
  });

  it('keeps a device within its unit: other units, missing or changed unitId are out_of_scope', async () => {
    const otherUnit = simCreate('unit-2');
    const noUnit = simCreate('unit-1');
    delete noUnit.fields.unitId;
    const mine = simCreate('unit-1');
    await push([mine]);
    const move: Change = {
      id: `m-${mine.id}`,
      entity: 'sim_applications',
      entityId: mine.entityId,
      hlc: hlcAt(Date.now()),
      fields: { unitId: 'unit-2' },
    };
    const res = await push([otherUnit, noUnit, move]);
    for (const r of res.body.results)
      expect(r).toMatchObject({ status: 'rejected', reason: { code: 'out_of_scope', field: 'unitId' } });
  });

  it('refuses edits by a unit-2 device to a unit-1 record', async () => {
    const mine = simCreate('unit-1');
    await push([mine]);
    const other = await server.enroll('unit-2');
    const edit: Change = {
      id: `e-${mine.id}`,
      entity: 'sim_applications',
      entityId: mine.entityId,
      hlc: hlcAt(Date.now()),
      fields: { fullName: 'X' },
    };
    const res = await push([edit], other.token);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', reason: { code: 'out_of_scope' } });
  });

  it('refuses writes to reference data by devices', async () => {
    const unit: Change = {
      id: crypto.randomUUID(),
      entity: 'units',
      entityId: 'unit-x',
      hlc: hlcAt(Date.now()),
      fields: { name: 'X' },
    };
    expect((await push([unit])).body.results[0].reason.code).toBe('out_of_scope');
  });

  it('rejects changes from a clock too far ahead (clock_skew), accepts within the allowance', async () => {
    const ahead = simCreate('unit-1', { hlc: hlcAt(Date.now() + 301_000) });
    const slightlyAhead = simCreate('unit-1', { hlc: hlcAt(Date.now() + 200_000) });
    const res = await push([ahead, slightlyAhead]);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', reason: { code: 'clock_skew' } });
    expect(res.body.results[1].status).toBe('applied');
  });

  it('rejects one bad change without blocking the others in the batch', async () => {
    const good = simCreate('unit-1');
    const bad = simCreate('unit-1', { fields: { nik: '1' } });
    const res = await push([bad, good]);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['rejected', 'applied']);
  });

  it('answers 400 invalid_request with the path of a malformed change', async () => {
    const res = await push([simCreate('unit-1'), { ...simCreate('unit-1'), hlc: 'yesterday' }]);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('changes.1.hlc');
  });

  it('answers 413 batch_too_large above maxBatchChanges', async () => {
    const changes = Array.from({ length: 1001 }, () => simCreate('unit-1'));
    const res = await push(changes);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('batch_too_large');
  });

  it('records a conflict when a change overwrites a value its author had not seen', async () => {
    const created = simCreate('unit-1', { hlc: hlcAt(Date.now() - 60_000) });
    await push([created]);
    const other = await server.enroll('unit-1');
    const fromOther: Change = {
      id: crypto.randomUUID(),
      entity: 'sim_applications',
      entityId: created.entityId,
      hlc: hlcAt(Date.now() - 30_000, 'bbbbbbbbbbbbbbbb'),
      baseHlc: created.hlc,
      fields: { address: 'Alamat B' },
    };
    const fromMe: Change = {
      id: crypto.randomUUID(),
      entity: 'sim_applications',
      entityId: created.entityId,
      hlc: hlcAt(Date.now() - 20_000),
      baseHlc: created.hlc,
      fields: { address: 'Alamat A' },
    };
    await push([fromOther], other.token);
    await push([fromMe]);
    const db = (await import('better-sqlite3')).default(`${server.dir}/keliling.db`, { readonly: true });
    try {
      const rows = db
        .prepare('SELECT field, winner_value, loser_value, status FROM conflicts WHERE entity_id = ?')
        .all(created.entityId);
      expect(rows).toEqual([
        { field: 'address', winner_value: '"Alamat A"', loser_value: '"Alamat B"', status: 'open' },
      ]);
    } finally {
      db.close();
    }
  });

  it('is atomic: a push that fails midway records nothing', async () => {
    const first = simCreate('unit-1');
    const db = (await import('better-sqlite3')).default(`${server.dir}/keliling.db`);
    // A trigger that fails the insert of the second change simulates a crash in the middle of a push.
    db.exec(
      `CREATE TRIGGER fail_push BEFORE INSERT ON changes WHEN NEW.id = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END`,
    );
    try {
      const res = await push([first, simCreate('unit-1', { id: 'boom' })]);
      expect(res.status).toBe(500);
      expect(res.body.error).toEqual({ code: 'internal_error', message: expect.any(String) });
      expect(res.text).not.toContain('boom');
      const count = db.prepare('SELECT COUNT(*) AS n FROM changes WHERE id = ?').get(first.id) as { n: number };
      expect(count.n).toBe(0);
    } finally {
      db.exec('DROP TRIGGER fail_push');
      db.close();
    }
    expect((await push([first])).body.results[0].status).toBe('applied');
  });

  it('lets HQ write any unit, a coordinator only visits', async () => {
    const hq = await server.login('hq');
    expect((await push([simCreate('unit-9')], hq)).body.results[0].status).toBe('applied');
    const coordinator = await server.login('koordinator');
    const sim = await push([simCreate('unit-1')], coordinator);
    expect(sim.body.results[0].reason.code).toBe('out_of_scope');
    const visit: Change = {
      id: crypto.randomUUID(),
      entity: 'visits',
      entityId: crypto.randomUUID(),
      hlc: hlcAt(Date.now()),
      fields: {
        unitId: 'unit-2',
        createdAt: new Date().toISOString(),
        villageCode: '34.04.07.2001',
        date: '2026-12-01',
        order: 1,
        servicesOffered: ['sim_renewal'],
        status: 'planned',
      },
    };
    const published = (await push([visit], coordinator)).body.results[0];
    expect(published.reason).toBeUndefined();
    expect(published.status).toBe('applied');
  });
});

import { type Change, createHlcClock, hlcTime } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDevice } from '../testing/device.js';
import { hlcAt, simCreate, startTestServer, type TestServer } from '../testing/harness.js';

const year = 365 * 24 * 60 * 60 * 1000;
const skew = 300_000;

describe('wrong device clocks against the real server', () => {
  let server: TestServer;
  let hq: string;
  beforeAll(async () => {
    server = await startTestServer();
    hq = await server.login('hq');
  });
  afterAll(() => server.stop());

  const record = async (id: string) =>
    (await server.call(`/api/v1/records/sim_applications/${id}`, { token: hq })).body.fields;
  const historyOf = async (id: string): Promise<Change[]> =>
    (await server.call(`/api/v1/records/sim_applications/${id}/history`, { token: hq })).body.changes;

  it('never moves its own clock from a rejected change, and follows accepted ones', async () => {
    const device = await server.enroll('unit-1');
    const farAhead = simCreate('unit-1', { hlc: hlcAt(Date.now() + year, device.nodeId) });
    // Within the allowance but refused for another reason: observing it would move the clock 200 s ahead.
    const invalid = simCreate('unit-1', { hlc: hlcAt(Date.now() + 200_000, device.nodeId), fields: { nik: '1' } });
    const res = await server.call('/api/v1/sync/push', { token: device.token, body: { changes: [farAhead, invalid] } });
    expect(res.body.results.map((r: { reason: { code: string } }) => r.reason.code)).toEqual([
      'clock_skew',
      'invalid_nik',
    ]);
    server.store.writeServerChange({ entity: 'units', entityId: 'unit-1', unitId: null, fields: { name: 'Unit 1' } });
    const serverChange = (await server.call('/api/v1/sync/pull', { token: hq })).body.changes
      .filter((c: Change) => c.entity === 'units' && c.entityId === 'unit-1')
      .at(-1) as Change;
    expect(hlcTime(serverChange.hlc)).toBeLessThan(Date.now() + 1000);

    // An accepted change a little ahead (within the allowance) is followed: the server's next HLC is greater.
    const slightlyAhead = simCreate('unit-1', { hlc: hlcAt(Date.now() + 100_000, device.nodeId) });
    await server.call('/api/v1/sync/push', { token: device.token, body: { changes: [slightlyAhead] } });
    server.store.writeServerChange({ entity: 'units', entityId: 'unit-2', unitId: null, fields: { name: 'Unit 2' } });
    const next = (await server.call('/api/v1/sync/pull', { token: hq })).body.changes
      .filter((c: Change) => c.entity === 'units' && c.entityId === 'unit-2')
      .at(-1) as Change;
    expect(next.hlc > slightlyAhead.hlc).toBe(true);
  });

  it('re-stamps the work of a device whose clock is a year fast: nothing lost, nothing won by skew', async () => {
    const fastNow = () => Date.now() + year;
    const fast = createTestDevice({ baseUrl: server.url, enrolled: await server.enroll('unit-1'), now: fastNow });
    const honest = createTestDevice({ baseUrl: server.url, enrolled: await server.enroll('unit-1') });

    // Offline, before it ever talked to the server: its HLCs say next year.
    const id = await fast.createSim('unit-1', { fullName: 'Dari laptop cepat' });
    await fast.edit(id, { address: 'Alamat dari laptop cepat' });
    expect(hlcTime((await fast.storage.outbox())[0]!.hlc)).toBeGreaterThan(Date.now() + year / 2);

    const report = await fast.engine.syncOnce();
    expect(report).toMatchObject({ ok: true, pendingAfter: 0 });
    expect(report.pushed.restamped).toBe(2);
    expect(report.pushed.rejected).toBe(0);
    expect(await record(id)).toMatchObject({ fullName: 'Dari laptop cepat', address: 'Alamat dari laptop cepat' });
    for (const change of await historyOf(id)) expect(hlcTime(change.hlc)).toBeLessThanOrEqual(Date.now() + skew);
    // Its clock now follows the server's time.
    expect(Math.abs(hlcTime(fast.clock.next()) - Date.now())).toBeLessThan(skew);

    // A later edit by a device with an honest clock wins: the fast device's year-ahead HLCs never landed.
    await honest.engine.syncOnce();
    await honest.edit(id, { fullName: 'Koreksi petugas lain' });
    await honest.engine.syncOnce();
    expect((await record(id)).fullName).toBe('Koreksi petugas lain');
    await fast.engine.syncOnce();
    expect((await fast.sims()).get(id)?.fullName).toBe('Koreksi petugas lain');
  });

  it('keeps HLCs moving forward when a device clock jumps a year back mid-session; later edits still win', async () => {
    let offset = 0;
    const jumpyNow = () => Date.now() + offset;
    const enrolled = await server.enroll('unit-1');
    const device = createTestDevice({ baseUrl: server.url, enrolled, now: jumpyNow });
    const id = await device.createSim('unit-1', { fullName: 'Sebelum lompatan' });
    await device.engine.syncOnce();
    const before = device.clock.last()!;

    offset = -year; // the laptop's battery died and the clock came back a year early
    const edit1 = await device.edit(id, { fullName: 'Sesudah lompatan 1' });
    expect(edit1.hlc > before).toBe(true);
    const edit2 = await device.edit(id, { fullName: 'Sesudah lompatan 2' });
    expect(edit2.hlc > edit1.hlc).toBe(true);
    const report = await device.engine.syncOnce();
    expect(report).toMatchObject({ ok: true, pendingAfter: 0 });
    expect(report.pushed.applied).toBe(2);
    expect((await record(id)).fullName).toBe('Sesudah lompatan 2');

    // After the round the offset is corrected from serverTime: new HLCs are near the real time again.
    const edit3 = await device.edit(id, { address: 'Sesudah koreksi' });
    expect(edit3.hlc > edit2.hlc).toBe(true);
    expect(Math.abs(hlcTime(edit3.hlc) - Date.now())).toBeLessThan(skew);
    await device.engine.syncOnce();
    expect(await record(id)).toMatchObject({ fullName: 'Sesudah lompatan 2', address: 'Sesudah koreksi' });

    // Restarted with the clock persisted by the engine, it never reuses or goes below an HLC either.
    const restored = createHlcClock({
      nodeId: enrolled.nodeId,
      now: jumpyNow,
      last: (await device.storage.getMeta('hlc.last')) as string,
    });
    expect(restored.next() > edit3.hlc).toBe(true);
  });
});

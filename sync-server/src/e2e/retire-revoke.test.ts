import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDevice } from '../testing/device.js';
import { startTestServer, type TestServer } from '../testing/harness.js';

describe('revoke and retire, end to end', () => {
  let server: TestServer;
  let hq: string;
  beforeAll(async () => {
    server = await startTestServer();
    hq = await server.login('hq');
  });
  afterAll(() => server.stop());

  const act = (deviceId: string, action: 'revoke' | 'retire') =>
    server.call(`/api/v1/devices/${deviceId}/${action}`, { method: 'POST', token: hq });

  it('a revoked device is refused at once and told to wipe', async () => {
    const device = createTestDevice({ baseUrl: server.url, enrolled: await server.enroll('unit-1') });
    await device.createSim('unit-1');
    expect((await device.engine.syncOnce()).ok).toBe(true);
    expect((await act(device.deviceId, 'revoke')).status).toBe(200);

    await device.createSim('unit-1'); // typed after the theft: never reaches the server
    const report = await device.engine.syncOnce();
    expect(report).toMatchObject({ ok: false, wipe: 'revoked', error: { kind: 'auth', code: 'device_revoked' } });
    const direct = await server.call('/api/v1/sync/info', { token: device.token });
    expect(direct.status).toBe(401);
    expect(direct.body.error.code).toBe('device_revoked');
  });

  it('a retired device pushes everything it holds, completes the handshake, and is then refused', async () => {
    const device = createTestDevice({ baseUrl: server.url, enrolled: await server.enroll('unit-1') });
    const synced = await device.createSim('unit-1', { fullName: 'Sudah terkirim' });
    await device.engine.syncOnce();
    // Work done offline after the last sync, then the device is handed back.
    const offline = await device.createSim('unit-1', { fullName: 'Belum terkirim' });
    await device.edit(synced, { address: 'Alamat terakhir' });
    expect((await act(device.deviceId, 'retire')).body.device.status).toBe('retired');

    const info = await server.call('/api/v1/sync/info', { token: device.token });
    expect(info.body.device).toEqual({ id: device.deviceId, status: 'retired' });

    const report = await device.engine.syncOnce();
    expect(report).toMatchObject({ ok: true, wipe: 'retired', pendingAfter: 0 });
    expect(report.pushed.applied).toBe(2);

    const record = await server.call(`/api/v1/records/sim_applications/${offline}`, { token: hq });
    expect(record.body.fields.fullName).toBe('Belum terkirim');
    const edited = await server.call(`/api/v1/records/sim_applications/${synced}`, { token: hq });
    expect(edited.body.fields.address).toBe('Alamat terakhir');

    expect(server.store.getDevice(device.deviceId)).toMatchObject({
      status: 'retired',
      retireCompletedAt: expect.any(String),
    });
    const after = await server.call('/api/v1/sync/info', { token: device.token });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('device_revoked');
    // Retiring again never revives it.
    await act(device.deviceId, 'retire');
    expect((await server.call('/api/v1/sync/info', { token: device.token })).status).toBe(401);
  });

  it('lets only the retired device itself complete its retirement', async () => {
    const active = await server.enroll('unit-1');
    const other = await server.enroll('unit-1');
    const complete = (deviceId: string, token: string) =>
      server.call(`/api/v1/devices/${deviceId}/retire/complete`, { method: 'POST', token });
    const notRetired = await complete(active.deviceId, active.token);
    expect(notRetired.status).toBe(409);
    expect(notRetired.body.error.code).toBe('not_retired');
    await act(active.deviceId, 'retire');
    expect((await complete(active.deviceId, other.token)).status).toBe(403);
    expect((await complete(active.deviceId, hq)).status).toBe(403);
    expect((await complete(active.deviceId, active.token)).status).toBe(200);
    expect((await complete(active.deviceId, active.token)).body.error.code).toBe('device_revoked');
  });
});

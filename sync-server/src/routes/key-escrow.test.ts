import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePinVerifier, verifyPin } from '../auth/pin-verifier.js';
import { startTestServer, type TestServer } from '../testing/harness.js';

const lowParams = { N: 1024, r: 8, p: 1 };
const pin = '31415926';

describe('key escrow', () => {
  let server: TestServer;
  let device: { token: string; deviceId: string };
  const dataKey = randomBytes(32).toString('base64url');
  const path = () => `/api/v1/devices/${device.deviceId}/key-escrow`;

  beforeEach(async () => {
    server = await startTestServer();
    device = await server.enroll('unit-1');
    const officer = (id: string, unitId: string, extra: Record<string, unknown> = {}) =>
      makePinVerifier(pin, lowParams).then((pinVerifier) =>
        server.store.writeServerChange({
          entity: 'officers',
          entityId: id,
          unitId,
          fields: { unitId, name: `Petugas ${id}`, nrp: '85071123', role: 'officer', pinVerifier, ...extra },
        }),
      );
    await officer('off-1', 'unit-1');
    await officer('off-2', 'unit-2');
    await officer('off-3', 'unit-1', { active: false });
  });
  afterEach(async () => server.stop());

  it('stores a device key once, with the device token only', async () => {
    const other = await server.enroll('unit-1');
    expect((await server.call(path(), { method: 'PUT', body: { dataKey } })).status).toBe(401);
    expect((await server.call(path(), { method: 'PUT', token: other.token, body: { dataKey } })).status).toBe(403);
    expect((await server.call(path(), { method: 'PUT', token: device.token, body: { dataKey: 'short' } })).status).toBe(
      400,
    );
    expect(await server.call(path(), { method: 'PUT', token: device.token, body: { dataKey } })).toMatchObject({
      status: 201,
    });
    const again = await server.call(path(), {
      method: 'PUT',
      token: device.token,
      body: { dataKey: randomBytes(32).toString('base64url') },
    });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'escrow_exists' } } });
  });

  it("releases it to an officer of the device's unit with the right PIN, and to nobody else", async () => {
    await server.call(path(), { method: 'PUT', token: device.token, body: { dataKey } });
    const release = (officerId: string, typed: string) =>
      server.call(`${path()}/release`, { body: { officerId, pin: typed } });
    const ok = await release('off-1', pin);
    expect(ok.status).toBe(200);
    expect(ok.body.dataKey).toBe(dataKey);
    expect(await verifyPin(pin, ok.body.pinVerifier)).toBe(true);
    for (const [officerId, typed] of [
      ['off-1', '00000000'],
      ['off-2', pin],
      ['off-3', pin],
      ['nobody', pin],
    ] as const) {
      expect(await release(officerId, typed)).toMatchObject({ status: 403, body: { error: { code: 'wrong_pin' } } });
    }
  });

  it('locks release after repeated wrong PINs, and refuses a revoked device', async () => {
    await server.call(path(), { method: 'PUT', token: device.token, body: { dataKey } });
    const release = (typed: string) => server.call(`${path()}/release`, { body: { officerId: 'off-1', pin: typed } });
    for (let i = 0; i < 4; i++) expect((await release('11111111')).status).toBe(403);
    expect((await release('11111111')).status).toBe(403);
    const locked = await release(pin);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(60);

    const hq = await server.login('hq');
    expect((await server.call(`/api/v1/devices/${device.deviceId}/revoke`, { token: hq, method: 'POST' })).status).toBe(
      200,
    );
    expect(await release(pin)).toMatchObject({ status: 401, body: { error: { code: 'device_revoked' } } });
  });

  it('answers not_found for a device without a deposit', async () => {
    expect((await server.call(`${path()}/release`, { body: { officerId: 'off-1', pin } })).status).toBe(404);
    expect(
      (await server.call('/api/v1/devices/nope/key-escrow/release', { body: { officerId: 'off-1', pin } })).status,
    ).toBe(404);
  });
});

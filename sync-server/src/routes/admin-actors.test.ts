import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/harness.js';

type Actors = {
  users: { id: string; username: string; name: string | null }[];
  officers: { id: string; unitId: string; name: string | null }[];
  devices: { id: string; name: string; unitId: string; unitName: string | null }[];
};

describe('GET /admin/actors: the names behind author ids, for HQ', () => {
  let server: TestServer;
  let hq: string;
  let admin: string;
  let device: { deviceId: string; token: string };

  beforeAll(async () => {
    server = await startTestServer();
    hq = await server.login('hq');
    admin = await server.login('admin');
    device = await server.enroll('unit-2', 'Laptop Unit Dua');
    for (const [id, unitId, name] of [
      ['off-a', 'unit-1', 'Bripka Sari'],
      ['off-b', 'unit-9', 'Aipda Yusuf'],
    ]) {
      const res = await server.call('/api/v1/admin/officers', {
        token: admin,
        body: { id, unitId, name, nrp: '87654321', pin: '123456' },
      });
      expect(res.status).toBe(201);
    }
  });
  afterAll(() => server.stop());

  it('names every user, officer (all units) and device in one answer, and nothing more', async () => {
    const res = await server.call('/api/v1/admin/actors', { token: hq });
    expect(res.status).toBe(200);
    const body = res.body as Actors;
    expect(body.users.map((u) => u.username).sort()).toEqual(['admin', 'hq', 'koordinator', 'petugas1']);
    expect(body.users.every((u) => Object.keys(u).sort().join() === 'id,name,username')).toBe(true);
    expect(body.officers).toEqual(
      expect.arrayContaining([
        { id: 'off-a', unitId: 'unit-1', name: 'Bripka Sari' },
        { id: 'off-b', unitId: 'unit-9', name: 'Aipda Yusuf' },
      ]),
    );
    expect(body.devices).toEqual([
      { id: device.deviceId, name: 'Laptop Unit Dua', unitId: 'unit-2', unitName: 'Unit Keliling 2' },
    ]);
    // No secrets, roles or statuses travel with the names.
    expect(res.text).not.toMatch(/pinVerifier|password|scrypt|"role"|"status"/);
  });

  it('keeps naming a disabled user and a revoked device (old entries still carry their ids)', async () => {
    const petugas = (await server.call('/api/v1/admin/users', { token: admin })).body.users.find(
      (u: { username: string }) => u.username === 'petugas1',
    );
    const disabled = await server.call(`/api/v1/admin/users/${petugas.id}/status`, {
      token: admin,
      body: { status: 'disabled' },
    });
    expect(disabled.status).toBe(200);
    const revoked = await server.call(`/api/v1/devices/${device.deviceId}/revoke`, { token: hq, body: {} });
    expect(revoked.status).toBe(200);
    const body = (await server.call('/api/v1/admin/actors', { token: admin })).body as Actors;
    expect(body.users.some((u) => u.id === petugas.id && u.username === 'petugas1')).toBe(true);
    expect(body.devices.map((d) => d.id)).toEqual([device.deviceId]);
  });

  it('is refused to callers other than HQ and admin, with the contract error', async () => {
    const coordinator = await server.login('koordinator');
    const fieldDevice = await server.enroll('unit-1');
    for (const token of [coordinator, fieldDevice.token]) {
      const res = await server.call('/api/v1/admin/actors', { token });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    const anonymous = await server.call('/api/v1/admin/actors');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('unauthorized');
  });
});

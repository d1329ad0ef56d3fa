import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueEnrollmentCode } from '../auth/enrollment.js';
import { startTestServer, type TestServer, testPassword } from '../testing/harness.js';

describe('device enrollment and staff login', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const newCode = (unitId = 'unit-1', ttlMs?: number) => {
    const issued = issueEnrollmentCode(server.store, { unitId, ...(ttlMs !== undefined ? { ttlMs } : {}) });
    if (!issued.ok) throw new Error('no unit');
    return issued.code;
  };

  it('enrolls a device with a code: 201 with token, nodeId, unit and limits', async () => {
    const res = await server.call('/api/v1/devices/enroll', { body: { code: newCode(), name: 'Laptop Unit 1' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      deviceId: expect.any(String),
      nodeId: expect.stringMatching(/^[0-9a-f]{16}$/),
      token: expect.any(String),
      unit: { id: 'unit-1', name: 'Unit Keliling 1' },
      serverTime: expect.any(String),
      limits: { maxBatchChanges: 1000, maxBatchBytes: 4 * 1024 * 1024, maxPullLimit: 1000, maxClockSkewMs: 300000 },
    });
    const info = await server.call('/api/v1/sync/info', { token: res.body.token });
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ protocol: 1, limits: { maxPullLimit: 1000 } });
  });

  it('accepts a code typed in lower case without dashes', async () => {
    const code = newCode().toLowerCase().replaceAll('-', '');
    const res = await server.call('/api/v1/devices/enroll', { body: { code, name: 'Tablet' } });
    expect(res.status).toBe(201);
  });

  it('uses a code once: the second enrollment gets 410', async () => {
    const code = newCode();
    expect((await server.call('/api/v1/devices/enroll', { body: { code, name: 'A' } })).status).toBe(201);
    const again = await server.call('/api/v1/devices/enroll', { body: { code, name: 'B' } });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('enrollment_code_invalid');
  });

  it('refuses expired, unknown and malformed codes with 410', async () => {
    const expired = newCode('unit-1', -1000);
    for (const code of [expired, 'ZZZZ-ZZZZ-ZZZZ', 'not a code!', '']) {
      const res = await server.call('/api/v1/devices/enroll', { body: { code, name: 'X' } });
      expect(res.status, code).toBe(410);
      expect(res.body.error.code).toBe('enrollment_code_invalid');
    }
  });

  it('gives each device its own nodeId and token', async () => {
    const a = await server.enroll('unit-1');
    const b = await server.enroll('unit-1');
    expect(a.nodeId).not.toBe(b.nodeId);
    expect(a.token).not.toBe(b.token);
  });

  it('rejects a body without a code as 400 invalid_request with details', async () => {
    const res = await server.call('/api/v1/devices/enroll', { body: { name: 'X' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.details[0].path).toBe('code');
  });

  it('logs staff in with the right password, a fresh nodeId each time', async () => {
    const first = await server.call('/api/v1/auth/login', { body: { username: 'petugas1', password: testPassword } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      token: expect.any(String),
      nodeId: expect.stringMatching(/^[0-9a-f]{16}$/),
      user: { id: expect.any(String), role: 'officer', unitId: 'unit-1' },
    });
    const second = await server.call('/api/v1/auth/login', { body: { username: 'petugas1', password: testPassword } });
    expect(second.body.nodeId).not.toBe(first.body.nodeId);
    const hq = await server.call('/api/v1/auth/login', { body: { username: 'hq', password: testPassword } });
    expect(hq.body.user).toMatchObject({ role: 'hq', unitId: null });
    expect((await server.call('/api/v1/sync/info', { token: hq.body.token })).status).toBe(200);
  });

  it('refuses a wrong password and an unknown user alike with 401', async () => {
    const wrong = await server.call('/api/v1/auth/login', { body: { username: 'petugas1', password: 'salah-salah' } });
    const unknown = await server.call('/api/v1/auth/login', { body: { username: 'nobody', password: 'salah-salah' } });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
      expect(res.body.error.message).toBe('Nama pengguna atau kata sandi salah.');
    }
  });

  it('refuses calls without, or with an unknown, credential (401)', async () => {
    expect((await server.call('/api/v1/sync/info')).body.error.code).toBe('unauthorized');
    const res = await server.call('/api/v1/sync/info', { token: 'kld_not-a-real-token' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('stores only hashes of tokens', async () => {
    const { token } = await server.enroll('unit-1');
    const db = (await import('better-sqlite3')).default(`${server.dir}/keliling.db`, { readonly: true });
    try {
      const rows = db.prepare('SELECT token_hash FROM devices').all() as { token_hash: string }[];
      expect(rows.some((r) => r.token_hash === token)).toBe(false);
      const dump = JSON.stringify(db.prepare('SELECT * FROM sessions').all());
      expect(dump).not.toContain('kls_');
    } finally {
      db.close();
    }
  });
});

describe('revoking and retiring devices', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('lets HQ revoke a device, whose token then gets 401 device_revoked', async () => {
    const device = await server.enroll('unit-1');
    const hq = await server.login('hq');
    const res = await server.call(`/api/v1/devices/${device.deviceId}/revoke`, { method: 'POST', token: hq });
    expect(res.status).toBe(200);
    expect(res.body.device).toMatchObject({ id: device.deviceId, status: 'revoked' });
    const after = await server.call('/api/v1/sync/info', { token: device.token });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('device_revoked');
  });

  it('marks a retired device, which still reaches the server and learns its status', async () => {
    const device = await server.enroll('unit-1');
    const hq = await server.login('hq');
    expect((await server.call(`/api/v1/devices/${device.deviceId}/retire`, { method: 'POST', token: hq })).status).toBe(
      200,
    );
    const info = await server.call('/api/v1/sync/info', { token: device.token });
    expect(info.body.device).toEqual({ id: device.deviceId, status: 'retired' });
  });

  it('refuses revocation by officers and devices (403), unknown devices 404', async () => {
    const device = await server.enroll('unit-1');
    const officer = await server.login('petugas1');
    for (const token of [officer, device.token]) {
      const res = await server.call(`/api/v1/devices/${device.deviceId}/revoke`, { method: 'POST', token });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    const hq = await server.login('hq');
    expect((await server.call('/api/v1/devices/nope/revoke', { method: 'POST', token: hq })).status).toBe(404);
  });

  it('lets a coordinator make enrollment codes for the units of its polres only', async () => {
    const coordinator = await server.login('koordinator');
    const ok = await server.call('/api/v1/enrollment-codes', { token: coordinator, body: { unitId: 'unit-2' } });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      code: expect.stringMatching(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/),
      unitId: 'unit-2',
    });
    const enrolled = await server.call('/api/v1/devices/enroll', { body: { code: ok.body.code, name: 'Laptop 2' } });
    expect(enrolled.body.unit.id).toBe('unit-2');
    const other = await server.call('/api/v1/enrollment-codes', { token: coordinator, body: { unitId: 'unit-9' } });
    expect(other.status).toBe(403);
  });
});

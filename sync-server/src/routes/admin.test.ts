import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPin } from '../auth/pin-verifier.js';
import { startTestServer, type TestServer, testPassword } from '../testing/harness.js';

const feeTable = {
  id: 'fee-pp76-2021',
  regulation: 'PP 76/2021',
  validFrom: '2021-09-17',
  rows: [
    { service: 'sim', categories: ['C'], newRupiah: 100000, renewalRupiah: 75000, confirmed: true },
    { service: 'skck', nationality: 'WNI', rupiah: 30000, confirmed: true },
  ],
};

type Endpoint = { method: 'GET' | 'POST'; path: string; body?: unknown; allowed: string[] };

/** Every admin endpoint with the roles records.md gives it (a device acts as `officer`). */
const endpoints: Endpoint[] = [
  { method: 'GET', path: '/api/v1/admin/users', allowed: ['admin'] },
  {
    method: 'POST',
    path: '/api/v1/admin/users',
    body: { username: 'baru', role: 'hq', password: 'sandi-baru-123' },
    allowed: ['admin'],
  },
  { method: 'POST', path: '/api/v1/admin/users/USER/role', body: { role: 'hq' }, allowed: ['admin'] },
  {
    method: 'POST',
    path: '/api/v1/admin/users/USER/password',
    body: { password: 'sandi-lain-123' },
    allowed: ['admin'],
  },
  { method: 'POST', path: '/api/v1/admin/users/USER/status', body: { status: 'disabled' }, allowed: ['admin'] },
  { method: 'GET', path: '/api/v1/admin/units', allowed: ['hq', 'admin'] },
  { method: 'GET', path: '/api/v1/admin/officers?unitId=unit-1', allowed: ['hq', 'admin'] },
  { method: 'POST', path: '/api/v1/admin/units', body: { id: 'unit-x', name: 'Unit X' }, allowed: ['admin'] },
  {
    method: 'POST',
    path: '/api/v1/admin/officers',
    body: { unitId: 'unit-1', name: 'Bripka Sari', nrp: '87654321', pin: '123456' },
    allowed: ['admin'],
  },
  { method: 'POST', path: '/api/v1/admin/officers/off-1/pin', body: { pin: '654321' }, allowed: ['admin'] },
  { method: 'GET', path: '/api/v1/admin/enrollment-codes', allowed: ['hq', 'admin'] },
  { method: 'GET', path: '/api/v1/admin/devices', allowed: ['hq', 'admin'] },
  { method: 'POST', path: '/api/v1/admin/fee-tables', body: feeTable, allowed: ['admin'] },
];

describe('admin endpoints', () => {
  let server: TestServer;
  const tokens: Record<string, string> = {};
  let userId: string;

  beforeAll(async () => {
    server = await startTestServer();
    for (const [role, username] of [
      ['hq', 'hq'],
      ['admin', 'admin'],
      ['coordinator', 'koordinator'],
      ['officer', 'petugas1'],
    ] as const) {
      tokens[role] = await server.login(username);
    }
    tokens.device = (await server.enroll('unit-1')).token;
    const users = await server.call('/api/v1/admin/users', { token: tokens.admin });
    userId = users.body.users.find((u: { username: string }) => u.username === 'petugas1').id;
  });
  afterAll(() => server.stop());

  const state = async () => ({
    users: server.store.countUsers(),
    units: server.store.listUnits().length,
    seq: server.store.maxSeq(),
    audit: (await server.call('/api/v1/audit?limit=1000', { token: tokens.hq })).body.entries.length,
  });

  it('refuses every role the table does not allow with 403, changing nothing', async () => {
    const before = await state();
    for (const endpoint of endpoints) {
      for (const role of ['officer', 'coordinator', 'hq', 'admin', 'device']) {
        if (endpoint.allowed.includes(role)) continue;
        const res = await server.call(endpoint.path.replace('USER', userId), {
          method: endpoint.method,
          token: tokens[role]!,
          ...(endpoint.body ? { body: endpoint.body } : {}),
        });
        expect([endpoint.path, role, res.status]).toEqual([endpoint.path, role, 403]);
        expect(res.body.error.code).toBe('forbidden');
      }
      expect((await server.call(endpoint.path, { method: endpoint.method })).status).toBe(401);
    }
    // The admin's own reads (GET /admin/users in beforeAll) are not audited; nothing else happened.
    expect(await state()).toEqual(before);
  });

  it('lets the admin manage users, units, officers and fee tables, each audited', async () => {
    const admin = tokens.admin!;
    const created = await server.call('/api/v1/admin/users', {
      token: admin,
      body: { username: 'analis', role: 'hq', password: 'sandi-analis-1' },
    });
    expect(created.status).toBe(201);
    const dup = await server.call('/api/v1/admin/users', {
      token: admin,
      body: { username: 'analis', role: 'hq', password: 'sandi-analis-1' },
    });
    expect(dup.status).toBe(409);

    const role = await server.call(`/api/v1/admin/users/${userId}/role`, {
      token: admin,
      body: { role: 'coordinator', unitId: 'unit-1' },
    });
    expect(role.body.user).toMatchObject({ role: 'coordinator', unitId: 'unit-1' });
    // The role change ended petugas1's sessions.
    expect((await server.call('/api/v1/sync/info', { token: tokens.officer! })).status).toBe(401);

    expect(
      (
        await server.call(`/api/v1/admin/users/${userId}/password`, {
          token: admin,
          body: { password: 'sandi-baru-99' },
        })
      ).status,
    ).toBe(204);
    const login = await server.call('/api/v1/auth/login', { body: { username: 'petugas1', password: testPassword } });
    expect(login.status).toBe(401);

    expect(
      (await server.call('/api/v1/admin/units', { token: admin, body: { id: 'unit-7', name: 'Unit 7' } })).status,
    ).toBe(201);
    expect(server.store.getRecord('units', 'unit-7')?.fields.name).toBe('Unit 7');

    const officer = await server.call('/api/v1/admin/officers', {
      token: admin,
      body: { id: 'off-9', unitId: 'unit-1', name: 'Bripka Sari', nrp: '87654321', pin: '123456' },
    });
    expect(officer.status).toBe(201);
    const first = server.store.getRecord('officers', 'off-9')!.fields.pinVerifier as string;
    expect(await verifyPin('123456', first)).toBe(true);
    expect(
      (await server.call('/api/v1/admin/officers/off-9/pin', { token: admin, body: { pin: '654321' } })).status,
    ).toBe(200);
    const second = server.store.getRecord('officers', 'off-9')!.fields.pinVerifier as string;
    expect(await verifyPin('654321', second)).toBe(true);
    expect(await verifyPin('123456', second)).toBe(false);

    const fees = await server.call('/api/v1/admin/fee-tables', { token: admin, body: feeTable });
    expect(fees.status).toBe(201);
    expect(server.store.getRecord('fee_tables', feeTable.id)?.fields.regulation).toBe('PP 76/2021');
    const bad = await server.call('/api/v1/admin/fee-tables', {
      token: admin,
      body: { ...feeTable, validFrom: 'kemarin' },
    });
    expect(bad.status).toBe(400);

    const devices = await server.call('/api/v1/admin/devices?unitId=unit-1', { token: tokens.hq! });
    expect(devices.body.devices).toHaveLength(1);
    expect(devices.body.devices[0]).toMatchObject({ unitId: 'unit-1', unitName: 'Unit Keliling 1', status: 'active' });

    const actions = (await server.call('/api/v1/audit?limit=1000', { token: tokens.hq })).body.entries.map(
      (e: { action: string }) => e.action,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        'user_create',
        'user_role_change',
        'user_password_reset',
        'unit_create',
        'officer_create',
        'officer_pin_reset',
        'fee_table_publish',
      ]),
    );
  });

  it('lists unused enrollment codes without the code itself', async () => {
    const issued = await server.call('/api/v1/enrollment-codes', { token: tokens.hq!, body: { unitId: 'unit-2' } });
    const res = await server.call('/api/v1/admin/enrollment-codes', { token: tokens.hq! });
    expect(res.body.codes.some((c: { unitId: string }) => c.unitId === 'unit-2')).toBe(true);
    expect(res.text).not.toContain(issued.body.code);
  });

  it('disables and re-enables a user (sessions end at once), never the admin themself', async () => {
    const admin = tokens.admin!;
    const created = await server.call('/api/v1/admin/users', {
      token: admin,
      body: { username: 'operator', role: 'coordinator', unitId: 'unit-2', password: 'sandi-operator-1' },
    });
    const id = created.body.user.id as string;
    const login = () =>
      server.call('/api/v1/auth/login', { body: { username: 'operator', password: 'sandi-operator-1' } });
    const session = (await login()).body.token as string;
    const disabled = await server.call(`/api/v1/admin/users/${id}/status`, {
      token: admin,
      body: { status: 'disabled' },
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body.user).toMatchObject({ id, status: 'disabled' });
    expect((await server.call('/api/v1/sync/info', { token: session })).status).toBe(401);
    expect((await login()).status).toBe(401);
    const enabled = await server.call(`/api/v1/admin/users/${id}/status`, { token: admin, body: { status: 'active' } });
    expect(enabled.body.user.status).toBe('active');
    expect((await login()).status).toBe(200);

    const bad = await server.call(`/api/v1/admin/users/${id}/status`, { token: admin, body: { status: 'hilang' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_request');
    const unknown = await server.call('/api/v1/admin/users/tidak-ada/status', {
      token: admin,
      body: { status: 'disabled' },
    });
    expect(unknown.status).toBe(404);
    const me = (await server.call('/api/v1/admin/users', { token: admin })).body.users.find(
      (u: { username: string }) => u.username === 'admin',
    );
    const self = await server.call(`/api/v1/admin/users/${me.id}/status`, {
      token: admin,
      body: { status: 'disabled' },
    });
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('cannot_disable_self');
    expect((await server.call('/api/v1/admin/users', { token: admin })).status).toBe(200);

    const actions = (await server.call(`/api/v1/audit?entityId=${id}`, { token: tokens.hq })).body.entries.map(
      (e: { action: string }) => e.action,
    );
    expect(actions).toEqual(['user_enable', 'user_disable', 'user_create']);
  });

  it('lists the officers of a unit without their PIN verifiers', async () => {
    await server.call('/api/v1/admin/officers', {
      token: tokens.admin!,
      body: { id: 'off-21', unitId: 'unit-2', name: 'Brigpol Ani', nrp: '91234567', pin: '246810' },
    });
    const res = await server.call('/api/v1/admin/officers?unitId=unit-2', { token: tokens.hq! });
    expect(res.status).toBe(200);
    expect(res.body.officers).toEqual([
      expect.objectContaining({ id: 'off-21', unitId: 'unit-2', name: 'Brigpol Ani', nrp: '91234567', active: true }),
    ]);
    expect(res.text).not.toContain('pinVerifier');
    expect((await server.call('/api/v1/admin/officers', { token: tokens.hq! })).status).toBe(400);
    expect((await server.call('/api/v1/admin/officers?unitId=unit-404', { token: tokens.hq! })).status).toBe(404);
  });
});

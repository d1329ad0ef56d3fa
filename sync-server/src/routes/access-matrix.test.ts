import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutes, type RouteEntry } from '../http/route-list.js';
import { databasePath } from '../server.js';
import { startTestServer, type TestServer } from '../testing/harness.js';

// Issue 6 proof: every endpoint × every kind of caller. A caller the endpoint does not serve gets 401 (no
// credential) or 403 (the wrong role) in the contract's error format, and nothing stored changes; no answer is a
// 5xx. The table must name every route the app declares, so a new endpoint without a decision fails this test.

const callers = ['anonymous', 'device', 'officer', 'coordinator', 'hq', 'admin'] as const;
type Caller = (typeof callers)[number];
const everyone: readonly Caller[] = callers;
const signedIn: readonly Caller[] = callers.filter((c) => c !== 'anonymous');
const staff: readonly Caller[] = ['officer', 'coordinator', 'hq', 'admin'];
const planners: readonly Caller[] = ['coordinator', 'hq', 'admin'];
const hqAdmin: readonly Caller[] = ['hq', 'admin'];
const adminOnly: readonly Caller[] = ['admin'];

/** Who each endpoint serves (not who succeeds with an empty body: an allowed caller may still get a 400 or 404). */
const access: Record<string, readonly Caller[]> = {
  'GET /healthz': everyone,
  'GET /readyz': everyone,
  'POST /api/v1/auth/login': everyone,
  'POST /api/v1/devices/enroll': everyone,
  'GET /api/v1/public/status/:receiptNumber': everyone,
  'GET /api/v1/public/challenge': everyone,
  'GET /api/v1/public/crowd-permits/latest-date': everyone,
  'GET /api/v1/public/holidays': everyone,
  'POST /api/v1/public/otp': everyone,
  'POST /api/v1/public/submissions': everyone,
  'POST /api/v1/public/surveys': everyone,
  // The SKTLK letter as PDF, against the receipt number and the NIK's last four digits (or the access code).
  'POST /api/v1/public/letters': everyone,
  'POST /layanan/status': everyone,
  // Released against an officer's PIN (checked inside), not a token.
  'POST /api/v1/devices/:deviceId/key-escrow/release': everyone,
  'PUT /api/v1/devices/:deviceId/key-escrow': ['device'],
  'GET /api/v1/sync/info': signedIn,
  'GET /api/v1/sync/pull': signedIn,
  'POST /api/v1/sync/push': signedIn,
  'GET /api/v1/conflicts': signedIn,
  'GET /api/v1/rejections': signedIn,
  'GET /api/v1/blobs/:sha256': signedIn,
  'GET /api/v1/records/:entity': staff,
  'GET /api/v1/records/:entity/:id': staff,
  'GET /api/v1/records/:entity/:id/history': staff,
  'POST /api/v1/enrollment-codes': planners,
  'POST /api/v1/devices/:deviceId/revoke': hqAdmin,
  'POST /api/v1/devices/:deviceId/retire': hqAdmin,
  'POST /api/v1/devices/:deviceId/retire/complete': ['device'],
  'GET /api/v1/audit': hqAdmin,
  'GET /api/v1/audit/verify': hqAdmin,
  'GET /api/v1/notifications': hqAdmin,
  'POST /api/v1/notifications/:id/retry': hqAdmin,
  'GET /api/v1/reports/:file': planners,
  'GET /api/v1/reports/monthly': planners,
  'GET /api/v1/reports/monthly.pdf': ['hq'],
  'GET /api/v1/reports/satisfaction': planners,
  'GET /api/v1/complaints/overdue': planners,
  'GET /api/v1/complaints/sla': staff,
  'PUT /api/v1/complaints/sla/:urgency': adminOnly,
  'PUT /api/v1/holidays/:date': adminOnly,
  'DELETE /api/v1/holidays/:date': adminOnly,
  'GET /api/v1/portal/submissions/:receiptNumber/attachments': staff,
  'GET /api/v1/admin/users': adminOnly,
  'GET /api/v1/admin/devices': hqAdmin,
  // Names for the author ids HQ's audit, conflict and rejection screens show.
  'GET /api/v1/admin/actors': hqAdmin,
  'POST /api/v1/admin/users': adminOnly,
  'POST /api/v1/admin/users/:userId/password': adminOnly,
  'POST /api/v1/admin/users/:userId/role': adminOnly,
  'POST /api/v1/admin/users/:userId/status': adminOnly,
  'GET /api/v1/admin/units': hqAdmin,
  'POST /api/v1/admin/units': adminOnly,
  'GET /api/v1/admin/officers': hqAdmin,
  'POST /api/v1/admin/officers': adminOnly,
  'POST /api/v1/admin/officers/:officerId/pin': adminOnly,
  'GET /api/v1/admin/enrollment-codes': hqAdmin,
  'POST /api/v1/admin/fee-tables': adminOnly,
};

const sampleParams: Record<string, string> = {
  entity: 'sim_applications',
  id: 'rec-tidak-ada',
  receiptNumber: 'SIM-1T08-000-03N',
  sha256: 'a'.repeat(64),
  userId: 'user-tidak-ada',
  officerId: 'officer-tidak-ada',
  urgency: 'high',
  date: '2026-12-25',
  file: 'records.csv',
};

function concretePath(route: RouteEntry, params: Record<string, string>): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? 'x'));
}

/** A digest of everything stored, except what merely reading or a refused request legitimately touches. */
function storedDigest(dataDir: string): Record<string, string> {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const digests: Record<string, string> = {};
    for (const table of tables.filter((t) => !volatileTables.has(t))) {
      const hash = createHash('sha256');
      const select = table === 'devices' ? devicesWithoutLastSeen : `SELECT * FROM "${table}"`;
      const rows = db
        .prepare(select)
        .raw()
        .all()
        .map((row) => JSON.stringify(row));
      for (const row of rows.sort()) hash.update(row);
      digests[table] = hash.digest('hex');
    }
    return digests;
  } finally {
    db.close();
  }
}
// Sessions and devices record when a credential was last used; the audit log records refused attempts.
const volatileTables = new Set<string>(['sessions', 'audit_log']);
const devicesWithoutLastSeen =
  'SELECT id, unit_id, name, node_id, token_hash, status, enrolled_at, status_changed_at, status_changed_by, retire_completed_at FROM devices';

describe('access: every endpoint and every kind of caller', () => {
  let server: TestServer;
  let tokens: Record<Exclude<Caller, 'anonymous'>, string>;
  let params: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer();
    const device = await server.enroll('unit-1');
    // A device acts on itself only: the device id in paths is the calling device's.
    params = { ...sampleParams, deviceId: device.deviceId };
    tokens = {
      device: device.token,
      officer: await server.login('petugas1'),
      coordinator: await server.login('koordinator'),
      hq: await server.login('hq'),
      admin: await server.login('admin'),
    };
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('has a decision for every route the app declares', () => {
    const declared = listRoutes(server.app).map((r) => `${r.method} ${r.path}`);
    expect(declared.filter((key) => !(key in access))).toEqual([]);
    expect(Object.keys(access).filter((key) => !declared.includes(key))).toEqual([]);
  });

  it('refuses every caller an endpoint does not serve, with 401 or 403 and nothing changed', async () => {
    const before = storedDigest(server.dir);
    const wrong: string[] = [];
    for (const route of listRoutes(server.app)) {
      const allowed = access[`${route.method} ${route.path}`] ?? [];
      for (const caller of callers.filter((c) => !allowed.includes(c))) {
        const res = await server.call(concretePath(route, params), {
          method: route.method,
          ...(caller === 'anonymous' ? {} : { token: tokens[caller] }),
          ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { body: {} } : {}),
        });
        const expected = caller === 'anonymous' ? 401 : 403;
        if (res.status !== expected || typeof res.body?.error?.code !== 'string')
          wrong.push(`${caller} ${route.method} ${route.path} → ${res.status} ${res.text.slice(0, 80)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(storedDigest(server.dir)).toEqual(before);
  });

  it('refuses resumable uploads (tus, not an Express route) without a credential', async () => {
    for (const method of ['POST', 'HEAD', 'PATCH', 'OPTIONS']) {
      const res = await server.call('/api/v1/uploads', {
        method,
        headers: { 'tus-resumable': '1.0.0', 'upload-length': '10' },
      });
      expect(res.status, method).toBe(401);
    }
  });

  it('lets every caller an endpoint serves through the credential check, and never answers 5xx', async () => {
    const wrong: string[] = [];
    // Revoking or retiring the calling device would lock it out of the routes after: those go last.
    const endsDevice = (route: RouteEntry) => /\/(revoke|retire)$/.test(route.path);
    const routes = listRoutes(server.app).sort((a, b) => Number(endsDevice(a)) - Number(endsDevice(b)));
    for (const route of routes) {
      for (const caller of access[`${route.method} ${route.path}`] ?? []) {
        const res = await server.call(concretePath(route, params), {
          method: route.method,
          ...(caller === 'anonymous' ? {} : { token: tokens[caller] }),
          ...(['POST', 'PUT', 'PATCH'].includes(route.method) ? { body: {} } : {}),
        });
        if (res.status === 401 || res.status === 403 || res.status >= 500)
          wrong.push(`${caller} ${route.method} ${route.path} → ${res.status} ${res.text.slice(0, 80)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

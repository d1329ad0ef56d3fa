import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Change } from '@keliling/sync';
import { issueEnrollmentCode } from '../auth/enrollment.js';
import type { Role } from '../auth/principal.js';
import { addUser } from '../auth/users.js';
import { createLogger, silentLogger } from '../logger.js';
import { type RunningServer, type ServerOptions, startServer } from '../server.js';

/** A valid NIK (Sleman, man born 17 May 1990) and a village code of Sleman, for test records. */
export const validNik = '3404071705900001';
export const validVillage = '34.04.07.2001';

export type TestServer = RunningServer & {
  dir: string;
  /** fetch against the server; JSON body in, parsed JSON body out. */
  call(path: string, options?: CallOptions): Promise<CallResult>;
  enroll(unitId: string, name?: string): Promise<{ token: string; deviceId: string; nodeId: string }>;
  login(username: string): Promise<string>;
  stop(): Promise<void>;
};

export type CallOptions = {
  method?: string;
  token?: string;
  body?: unknown;
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
};
// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely and check them with expect.
export type CallResult = { status: number; body: any; headers: Headers; text: string };

export const testPassword = 'rahasia-uji-123';

/**
 * Two units of Polresta Sleman and one of Bandung, plus one staff user per role. With `dataDir` it (re)starts on
 * that directory (seeding only an empty database), e.g. after a restore.
 */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'keliling-server-'));
  const server = await startServer({
    port: 0,
    webRoot: null,
    logger: process.env.TEST_LOG ? createLogger({ level: process.env.TEST_LOG }) : silentLogger(),
    ...options,
    dataDir: dir,
  });
  const { store } = server;
  if (store.listUnits().length === 0) {
    store.createUnit({ id: 'unit-1', name: 'Unit Keliling 1', polres: 'Sleman' });
    store.createUnit({ id: 'unit-2', name: 'Unit Keliling 2', polres: 'Sleman' });
    store.createUnit({ id: 'unit-9', name: 'Unit Keliling Bandung', polres: 'Bandung' });
    const users: [string, Role, string | null][] = [
      ['hq', 'hq', null],
      ['admin', 'admin', null],
      ['koordinator', 'coordinator', 'unit-1'],
      ['petugas1', 'officer', 'unit-1'],
    ];
    for (const [username, role, unitId] of users)
      await addUser(store, { username, role, unitId, password: testPassword });
  }

  const call = async (path: string, o: CallOptions = {}): Promise<CallResult> => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    let body = o.rawBody;
    if (o.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(o.body);
    }
    const res = await fetch(server.url + path, {
      method: o.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed, headers: res.headers, text };
  };

  return {
    ...server,
    dir,
    call,
    async enroll(unitId, name = 'Laptop uji') {
      const issued = issueEnrollmentCode(store, { unitId });
      if (!issued.ok) throw new Error(`no unit ${unitId}`);
      const res = await call('/api/v1/devices/enroll', { body: { code: issued.code, name } });
      if (res.status !== 201) throw new Error(`enroll failed: ${res.status} ${res.text}`);
      return res.body;
    },
    async login(username) {
      const res = await call('/api/v1/auth/login', { body: { username, password: testPassword } });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
      return res.body.token;
    },
    async stop() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** HLCs for tests: a fixed node id and times relative to now. */
export function hlcAt(ms: number, nodeId = 'aaaaaaaaaaaaaaaa', counter = 0): string {
  return `${new Date(ms).toISOString()}-${counter.toString(16).padStart(4, '0')}-${nodeId}`;
}

/** A new-record change for a valid SIM renewal application in a unit. */
export function simCreate(
  unitId: string,
  overrides: Partial<Change> & { fields?: Record<string, unknown> } = {},
): Change {
  const id = overrides.id ?? `c-${crypto.randomUUID()}`;
  return {
    id,
    entity: 'sim_applications',
    entityId: overrides.entityId ?? `rec-${id}`,
    hlc: overrides.hlc ?? hlcAt(Date.now() - 1000),
    fields: {
      unitId,
      createdAt: new Date().toISOString(),
      applicationType: 'renewal',
      category: 'C',
      nik: validNik,
      fullName: 'Budi Santoso',
      birthPlace: 'Sleman',
      birthDate: '1990-05-17',
      sex: 'L',
      address: 'Jl. Kaliurang km 10',
      villageCode: validVillage,
      previousLicenseNumber: '900517123456',
      // Still valid on the application date: SIM Keliling renews only a licence that has not expired.
      previousLicenseExpiry: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
      healthCertificateNumber: 'SKS/001/2026',
      psychTestNumber: 'EPPSI-2026-000001',
      feeRupiah: 75000,
      status: 'draft',
      ...overrides.fields,
    },
    ...(overrides.by ? { by: overrides.by } : {}),
    ...(overrides.baseHlc ? { baseHlc: overrides.baseHlc } : {}),
    ...(overrides.deleted !== undefined ? { deleted: overrides.deleted } : {}),
  };
}

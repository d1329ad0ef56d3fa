import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { enrollDevice, login } from '@keliling/sync';
import { issueEnrollmentCode } from '../auth/enrollment.js';
import { openDatabase } from '../db/open.js';
import { databasePath } from '../server.js';
import { createSqliteStore } from '../store/sqlite-store.js';
import { createServerProcess, freePort, type ServerProcess, serverCommand } from './server-process.js';

/** The two demo units (`serve --demo`) the simulated devices belong to. */
export const demoUnits = ['unit-sleman-1', 'unit-sleman-2'] as const;
export const demoHq = { username: 'hq', password: 'demo-hq-2026' };

/** A demo server in its own process on a fixed free port, with a fresh data dir. */
export async function startDemoServer(prefix: string): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), `keliling-${prefix}-`));
  const server = createServerProcess({ dataDir, port: await freePort(), demo: true });
  await server.start();
  return server;
}

/** An enrollment code made with the server's own CLI while the server runs (WAL). */
export async function cliEnrollmentCode(dataDir: string, unitId: string): Promise<string> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    serverCommand(['create-enrollment-code', '--unit', unitId, '--json', '--data-dir', dataDir]),
  );
  return (JSON.parse(stdout) as { code: string }).code;
}

/** Many codes at once through a store opened on the same database file (what the CLI does, without a process each). */
export function issueCodes(dataDir: string, unitIds: readonly string[]): string[] {
  const store = createSqliteStore(openDatabase(databasePath(dataDir)));
  try {
    return unitIds.map((unitId) => {
      const issued = issueEnrollmentCode(store, { unitId, createdBy: 'chaos' });
      if (!issued.ok) throw new Error(`unknown unit ${unitId}`);
      return issued.code;
    });
  } finally {
    store.close();
  }
}

export type Enrolled = { name: string; unitId: string; token: string; nodeId: string; author: string };

/** Enrolls `count` devices, alternating between the demo units; the first code comes from the CLI. */
export async function enrollDevices(server: ServerProcess, baseUrl: string, count: number): Promise<Enrolled[]> {
  const units = Array.from({ length: count }, (_, i) => demoUnits[i % demoUnits.length]!);
  const codes = [
    ...(count > 0 ? [await cliEnrollmentCode(server.dataDir, units[0]!)] : []),
    ...issueCodes(server.dataDir, units.slice(1)),
  ];
  const enrolled: Enrolled[] = [];
  for (const [i, code] of codes.entries()) {
    const name = `device-${String(i + 1).padStart(2, '0')}`;
    const res = await enrollDevice(baseUrl, code, name);
    enrolled.push({
      name,
      unitId: res.unit.id,
      token: res.token,
      nodeId: res.nodeId,
      author: `device:${res.deviceId}`,
    });
  }
  return enrolled;
}

export async function loginHq(baseUrl: string): Promise<Enrolled> {
  const res = await login(baseUrl, demoHq.username, demoHq.password);
  return { name: 'hq', unitId: '', token: res.token, nodeId: res.nodeId, author: `user:${res.user.id}` };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newUlid } from '@keliling/sync';
import { type RunningServer, silentLogger, startServer } from '@keliling/sync-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitsFrom, unitsFrom } from '../coordinator/planningRecords';
import { publishEdits } from '../coordinator/publishPlan';
import { signInStaff } from './signInStaff';
import { createStaffSync } from './staffSync';

// A coordinator's session against the real sync server (demo data): sign in, pull units, publish a day's visits.
describe('a coordinator session', () => {
  let server: RunningServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'keliling-staff-'));
    server = await startServer({ dataDir: dir, demo: true, webRoot: null, logger: silentLogger() });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a wrong password with unauthorized', async () => {
    await expect(
      signInStaff({ serverUrl: server.url, username: 'koordinator', password: 'salah' }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('pulls the units of its Polres and publishes visits that the server accepts', async () => {
    const session = await signInStaff({
      serverUrl: `${server.url}/`,
      username: 'koordinator',
      password: 'demo-koordinator-2026',
    });
    expect(session).toMatchObject({ serverUrl: server.url, username: 'koordinator', user: { role: 'coordinator' } });
    const sync = createStaffSync(session);
    const first = await sync.syncOnce();
    expect(first.ok).toBe(true);
    const units = unitsFrom(await sync.records('units'));
    expect(units.map((u) => u.id)).toContain('unit-sleman-1');
    expect(units.find((u) => u.id === 'unit-sleman-1')?.base).toEqual({ lat: -7.71646, lng: 110.38321 });

    const stops = ['34.04.01.2001', '34.04.01.2002'].map((villageCode) => ({
      villageCode,
      visitId: null,
      servicesOffered: ['sim_renewal' as const],
      plannedStart: '09:00',
    }));
    const edits = publishEdits({
      unitId: 'unit-sleman-1',
      date: '2026-12-01',
      stops,
      existing: [],
      userId: session.user.id,
      now: Date.now,
      newId: () => newUlid(),
    });
    await sync.write(edits);
    expect(await sync.pendingCount()).toBe(2);
    const report = await sync.syncOnce();
    expect(report.ok).toBe(true);
    expect(report.pushed).toMatchObject({ applied: 2, rejected: 0 });
    expect(await sync.pendingCount()).toBe(0);
    expect(await sync.rejections()).toEqual([]);
    const visits = visitsFrom(await sync.records('visits'));
    expect(visits.map((v) => [v.villageCode, v.order, v.status, v.syncState])).toEqual([
      ['34.04.01.2001', 1, 'planned', 'synced'],
      ['34.04.01.2002', 2, 'planned', 'synced'],
    ]);
  });
});

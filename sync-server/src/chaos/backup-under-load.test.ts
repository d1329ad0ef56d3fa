import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateSimApplications, loadVillages } from '@keliling/fixtures';
import { type Change, createHlcClock, createHttpTransport, newUlid, type PushResult } from '@keliling/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { databasePath } from '../server.js';
import { integrityCheck, openReadOnly } from './db-checks.js';
import { createServerProcess, freePort, type ServerProcess, serverCommand } from './server-process.js';
import { enrollDevices, startDemoServer } from './setup.js';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `keliling-server <args>` as the operator runs it: its own process, beside the running server. */
async function keliling(args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, serverCommand(args), { timeout: 120_000 });
  return stdout;
}

type Push = { changes: Change[]; results: PushResult[] | null; answeredAt: number | null };

// Issue 7 item 4: "`keliling-server backup` taken under load restores to a working server".
describe('backup under load', () => {
  const servers: ServerProcess[] = [];
  const dirs: string[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('restores a backup taken during pushes into a working server that holds every push answered before it', async () => {
    const server = await startDemoServer('backup-load');
    servers.push(server);
    dirs.push(server.dataDir);
    const devices = await enrollDevices(server, server.url, 3);
    const villages = loadVillages('sleman');

    const pushes: Push[] = [];
    let pushing = true;
    const pusher = async (index: number) => {
      const device = devices[index]!;
      const transport = createHttpTransport({ baseUrl: server.url, token: device.token, timeoutMs: 60_000 });
      const clock = createHlcClock({ nodeId: device.nodeId });
      for (let round = 0; pushing; round++) {
        const records = generateSimApplications({
          seed: `backup-${index}-${round}`,
          count: 100,
          unitId: device.unitId,
          villages,
        });
        const changes: Change[] = records.map((record) => {
          const { statusReason: _reason, ...fields } = record.fields;
          return {
            id: newUlid(),
            entity: 'sim_applications',
            entityId: newUlid(),
            hlc: clock.next(),
            fields: { ...fields, status: 'draft' },
          };
        });
        const push: Push = { changes, results: null, answeredAt: null };
        pushes.push(push);
        push.results = (await transport.push(changes)).results;
        push.answeredAt = performance.now();
      }
    };
    const running = devices.map((_, i) => pusher(i));

    // Let the pushes get going, then back up while they continue.
    while (pushes.filter((p) => p.results !== null).length < 6) await sleep(100);
    const backupFile = join(mkdtempSync(join(tmpdir(), 'keliling-backup-file-')), 'backup.db');
    dirs.push(join(backupFile, '..'));
    const backupStarted = performance.now();
    const inFlightAtStart = pushes.filter((p) => p.results === null).length;
    const backup = JSON.parse(
      await keliling(['backup', '--data-dir', server.dataDir, '--out', backupFile, '--json']),
    ) as { epoch: string; sourceEpoch: string; pages: number };
    const backupEnded = performance.now();
    // Pushes kept being answered while the backup ran, and after it.
    const answeredAfter = () => pushes.filter((p) => p.answeredAt !== null && p.answeredAt > backupEnded).length;
    while (answeredAfter() < 3) await sleep(100);
    pushing = false;
    await Promise.all(running);
    await server.stop();
    expect(inFlightAtStart).toBeGreaterThan(0); // the backup began while pushes were on their way

    // Restore into a new data dir and start a server there.
    const restoredDir = mkdtempSync(join(tmpdir(), 'keliling-restored-'));
    dirs.push(restoredDir);
    const restored = JSON.parse(
      await keliling(['restore', '--data-dir', restoredDir, '--from', backupFile, '--json']),
    ) as {
      ok: boolean;
      epoch: string;
    };
    expect(restored.ok).toBe(true);
    expect(restored.epoch).not.toBe(backup.epoch);
    const second = createServerProcess({ dataDir: restoredDir, port: await freePort() });
    servers.push(second);
    await second.start();
    expect((await fetch(`${second.url}/readyz`)).status).toBe(200);

    const db = openReadOnly(databasePath(restoredDir));
    try {
      expect(integrityCheck(db)).toBe('ok');
      const status = db.prepare<[string], { status: string }>('SELECT status FROM changes WHERE id = ?');
      const rejected = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM rejections WHERE change_id = ?');
      const recorded = (id: string) => status.get(id)?.status ?? (rejected.get(id)!.n > 0 ? 'rejected' : null);
      const before = pushes.filter((p) => p.answeredAt !== null && p.answeredAt < backupStarted);
      expect(before.length).toBeGreaterThan(0);
      // Every push answered before the backup began is there, each change as it was answered.
      for (const push of before) {
        expect(push.changes.map((c) => recorded(c.id))).toEqual(push.results!.map((r) => r.status));
      }
      // No push is half there: a backup is one consistent moment between whole pushes.
      for (const push of pushes) {
        const found = push.changes.filter((c) => recorded(c.id) !== null).length;
        expect([0, push.changes.length]).toContain(found);
      }
      const missing = pushes.filter((p) => recorded(p.changes[0]!.id) === null).length;
      expect(missing).toBeGreaterThan(0); // pushes answered after the backup are (rightly) not in it
    } finally {
      db.close();
    }

    // The restored server works: an enrolled device pushes and pulls (its old cursors get 409, tested elsewhere).
    const transport = createHttpTransport({ baseUrl: second.url, token: devices[0]!.token });
    const [record] = generateSimApplications({ seed: 'after-restore', count: 1, unitId: devices[0]!.unitId, villages });
    const { statusReason: _reason, ...fields } = record!.fields;
    const change: Change = {
      id: newUlid(),
      entity: 'sim_applications',
      entityId: newUlid(),
      hlc: createHlcClock({ nodeId: devices[0]!.nodeId }).next(),
      fields: { ...fields, status: 'draft' },
    };
    expect((await transport.push([change])).results).toEqual([{ id: change.id, status: 'applied' }]);
    const page = await transport.pull(null, 1000);
    expect(page.changes.length).toBeGreaterThan(0);
  }, 300_000);
});

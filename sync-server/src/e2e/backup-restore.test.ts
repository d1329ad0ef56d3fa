import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../cli.js';
import { openDatabase } from '../db/open.js';
import { databasePath } from '../server.js';
import { createTestDevice } from '../testing/device.js';
import { startTestServer, type TestServer } from '../testing/harness.js';

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), stdin: Readable.from(['']), env: {} };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const epochOf = (path: string) => {
  const db = openDatabase(path);
  try {
    return (db.prepare("SELECT value FROM meta WHERE key = 'epoch'").get() as { value: string }).value;
  } finally {
    db.close();
  }
};

describe('backup and restore', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  it('backs up a running server into a file with a new epoch, and refuses to restore under a running server', async () => {
    const server = await startTestServer();
    cleanup.push(() => server.stop());
    const file = join(server.dir, 'backup-1.db');
    const result = await cli(['backup', '--data-dir', server.dir, '--out', file, '--json']);
    expect(result.code).toBe(0);
    const info = JSON.parse(result.out) as { epoch: string; sourceEpoch: string };
    expect(info.sourceEpoch).toBe(server.store.epoch);
    expect(epochOf(file)).toBe(info.epoch);
    expect(info.epoch).not.toBe(server.store.epoch);
    expect(existsSync(`${file}-wal`)).toBe(false);
    // The server kept serving.
    expect((await server.call('/readyz')).status).toBe(200);
    expect((await cli(['backup', '--data-dir', server.dir, '--out', file])).code).toBe(1); // never overwrites

    const refused = await cli(['restore', '--data-dir', server.dir, '--from', file]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/stop the server/);
  });

  it('brings acknowledged work lost by a restore back from the device, without duplicating anything', async () => {
    let server: TestServer = await startTestServer();
    const dir = server.dir;
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    cleanup.push(() => server.close());
    const device = createTestDevice({ baseUrl: server.url, enrolled: await server.enroll('unit-1') });

    // A is synced, then the backup is taken while the server runs.
    const a = await device.createSim('unit-1', { fullName: 'Ani' });
    expect((await device.engine.syncOnce()).pushed.applied).toBe(1);
    const file = join(dir, 'nightly.db');
    expect((await cli(['backup', '--data-dir', dir, '--out', file])).code).toBe(0);

    // B, and an edit of A, are synced and acknowledged after the backup.
    const b = await device.createSim('unit-1', { fullName: 'Bayu' });
    await device.edit(a, { address: 'Jl. Magelang km 5' });
    const afterB = await device.engine.syncOnce();
    expect(afterB).toMatchObject({ ok: true, pendingAfter: 0 });
    expect(afterB.pushed.applied).toBe(2);

    // The server dies and is restored from the backup: B and the edit of A are gone from it.
    await server.close();
    const restored = await cli(['restore', '--data-dir', dir, '--from', file]);
    expect(restored.code).toBe(0);
    server = await startTestServer({ dataDir: dir });
    expect(server.store.epoch).not.toBe(epochOf(file)); // restoring gives yet another epoch
    const hq = await server.login('hq');
    expect((await server.call(`/api/v1/records/sim_applications/${b}`, { token: hq })).status).toBe(404);

    // The device's old cursor gets 409 resync_required; the engine gives everything back and pulls from the start.
    device.connect(server.url);
    const report = await device.engine.syncOnce();
    expect(report).toMatchObject({ ok: true, resynced: true, pendingAfter: 0 });

    const recordB = await server.call(`/api/v1/records/sim_applications/${b}`, { token: hq });
    expect(recordB.status).toBe(200);
    expect(recordB.body.fields.fullName).toBe('Bayu');
    const recordA = await server.call(`/api/v1/records/sim_applications/${a}`, { token: hq });
    expect(recordA.body.fields.address).toBe('Jl. Magelang km 5');

    // Nothing duplicated: every change id once in the history, one record each, and the device equals the server.
    for (const id of [a, b]) {
      const history = await server.call(`/api/v1/records/sim_applications/${id}/history`, { token: hq });
      const ids = history.body.changes.map((c: { id: string }) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect((await server.call('/api/v1/records/sim_applications', { token: hq })).body.records).toHaveLength(2);
    const local = await device.sims();
    expect(local.get(a)).toEqual(recordA.body.fields);
    expect(local.get(b)).toEqual(recordB.body.fields);

    // A second round is quiet: nothing more to push or pull.
    const quiet = await device.engine.syncOnce();
    expect(quiet).toMatchObject({ ok: true, resynced: false, pulled: 0 });
    expect(quiet.pushed).toEqual({ applied: 0, duplicate: 0, stale: 0, rejected: 0, restamped: 0 });

    // The previous database was kept beside the restored one.
    expect(JSON.stringify(restored.out)).toMatch(/before-restore/);
    expect(existsSync(databasePath(dir))).toBe(true);
  });
});

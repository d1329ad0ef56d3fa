import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli.js';
import type { CliIo } from '../cli/io.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open.js';
import { auditEntryHash } from './audit-hash.js';
import { createAuditLog } from './audit-log.js';

async function verifyCli(dataDir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), stdin: Readable.from(['']), env: {} };
  const code = await runCli(['verify-audit', '--data-dir', dataDir], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('audit log', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function setup() {
    const dir = mkdtempSync(join(tmpdir(), 'keliling-audit-'));
    dirs.push(dir);
    const db = openDatabase(join(dir, 'keliling.db'));
    migrate(db);
    let t = Date.parse('2026-03-01T08:00:00Z');
    const audit = createAuditLog(db, () => (t += 1000));
    for (const action of ['sign_in', 'status_change', 'export', 'user_create']) {
      audit.record(
        () => null,
        () => ({
          actor: 'user:u1',
          actorKind: 'user',
          action,
          entity: 'sim_applications',
          entityId: 'r1',
          details: { n: 1 },
        }),
      );
    }
    return { dir, db, audit };
  }

  it('chains entries: each names the hash of the one before, and the chain verifies', async () => {
    const { dir, db, audit } = setup();
    const entries = audit.query({ limit: 10 }).reverse();
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(entries[0]!.prevHash).toBe('0'.repeat(64));
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
    expect(audit.verify()).toEqual({ ok: true, entries: 4 });
    db.close();
    const res = await verifyCli(dir);
    expect(res.code).toBe(0);
    expect(res.out).toContain('4 entries');
  });

  it('refuses UPDATE and DELETE, and appending outside a transaction', () => {
    const { db, audit } = setup();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 4').run()).toThrow(/append-only/);
    expect(() => audit.append({ actor: 'cli', actorKind: 'cli', action: 'x' })).toThrow(/outside a transaction/);
    db.close();
  });

  it('names the first tampered entry (triggers dropped, a row edited in place)', async () => {
    const { dir, db } = setup();
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET details = '{"n":2}' WHERE seq = 3`).run();
    db.close();
    const res = await verifyCli(dir);
    expect(res.code).toBe(1);
    expect(res.err).toContain('entry 3');
  });

  it('catches an edited entry whose hash was recomputed too: the next entry no longer links to it', async () => {
    const { db, audit } = setup();
    db.exec('DROP TRIGGER audit_log_no_update');
    const row = audit.query({ limit: 10 }).find((e) => e.seq === 2)!;
    const forged = auditEntryHash({ ...row, actor: 'user:someone-else', details: '{"n":1}' });
    db.prepare("UPDATE audit_log SET actor = 'user:someone-else', hash = ? WHERE seq = 2").run(forged);
    expect(audit.verify()).toEqual({ ok: false, seq: 3, reason: 'link' });
    db.close();
  });
});

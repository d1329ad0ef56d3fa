import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from './migrate.js';
import { openDatabase } from './open.js';

describe('database setup', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'keliling-db-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('opens in WAL mode with foreign keys and a busy timeout', () => {
    const db = openDatabase(join(tempDir(), 'k.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL: an acknowledged push survives a power cut
    db.close();
  });

  it('applies numbered migrations once, in order, and records them', () => {
    const path = join(tempDir(), 'k.db');
    const db = openDatabase(path);
    expect(migrate(db)).toEqual(loadMigrations().map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    const rows = db.prepare('SELECT version, name FROM schema_migrations').all();
    expect(rows).toContainEqual({ version: 1, name: 'init' });
    db.close();
  });

  it('makes an epoch at creation and keeps it across reopening', () => {
    const epochOf = (path: string) => {
      const db = openDatabase(path);
      migrate(db);
      const { value } = db.prepare("SELECT value FROM meta WHERE key = 'epoch'").get() as { value: string };
      db.close();
      return value;
    };
    const path = join(tempDir(), 'k.db');
    const first = epochOf(path);
    expect(first).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(epochOf(path)).toBe(first);
    expect(epochOf(join(tempDir(), 'other.db'))).not.toBe(first);
  });

  it('rolls back a failing migration whole, recording nothing', () => {
    const dir = tempDir();
    const migrations = join(dir, 'migrations');
    mkdirSync(migrations);
    writeFileSync(join(migrations, '001-ok.sql'), 'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);');
    writeFileSync(join(migrations, '002-broken.sql'), 'CREATE TABLE t (x INTEGER); INSERT INTO nowhere VALUES (1);');
    const db = openDatabase(join(dir, 'k.db'));
    expect(() => migrate(db, loadMigrations(migrations))).toThrow();
    const versions = db.prepare('SELECT version FROM schema_migrations').all();
    expect(versions).toEqual([{ version: 1 }]);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 't'").get()).toBeUndefined();
    db.close();
  });
});

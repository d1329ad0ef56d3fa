import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SqliteDatabase } from './open.js';

export type Migration = { version: number; name: string; sql: string };

const defaultDir = fileURLToPath(new URL('./migrations/', import.meta.url));
const fileName = /^(\d{3})-([a-z0-9-]+)\.sql$/;

/** The numbered `NNN-name.sql` files of a directory, in order. */
export function loadMigrations(dir: string = defaultDir): Migration[] {
  return readdirSync(dir)
    .flatMap((file) => {
      const match = fileName.exec(file);
      if (!match) return [];
      return [{ version: Number(match[1]), name: match[2]!, sql: readFileSync(`${dir}/${file}`, 'utf8') }];
    })
    .sort((a, b) => a.version - b.version);
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction, and makes the
 * database's epoch on first use. Returns the versions applied now.
 */
export function migrate(db: SqliteDatabase, migrations: Migration[] = loadMigrations()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const applied = new Set(
    db
      .prepare<[], { version: number }>('SELECT version FROM schema_migrations')
      .all()
      .map((row) => row.version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: number[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
    done.push(migration.version);
  }
  ensureMeta(db);
  return done;
}

function ensureMeta(db: SqliteDatabase): void {
  const insert = db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)');
  db.transaction(() => {
    insert.run('epoch', randomBytes(12).toString('base64url'));
    insert.run('node_id', randomBytes(8).toString('hex'));
  }).immediate();
}

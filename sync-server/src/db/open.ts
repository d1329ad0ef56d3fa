import type { Database as SqliteDatabase } from 'better-sqlite3';
import Database from 'better-sqlite3';

export type { SqliteDatabase };

/**
 * Opens (creating if needed) the server database with the settings every connection needs: WAL so the CLI can
 * write while the server runs, enforced foreign keys, a busy timeout instead of immediate SQLITE_BUSY, and
 * synchronous=NORMAL (durable across process crashes in WAL mode).
 */
export function openDatabase(path: string): SqliteDatabase {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  return db;
}

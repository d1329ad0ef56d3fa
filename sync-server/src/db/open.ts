import type { Database as SqliteDatabase } from 'better-sqlite3';
import Database from 'better-sqlite3';

export type { SqliteDatabase };

/**
 * Opens (creating if needed) the server database with the settings every connection needs: WAL so the CLI can
 * write while the server runs, enforced foreign keys, a busy timeout instead of immediate SQLITE_BUSY, and
 * synchronous=FULL: in WAL mode NORMAL survives a process crash but may lose the last commits on a power cut or OS
 * crash, and a push the server has acknowledged is never sent again by the device (its cursor epoch is unchanged,
 * so nothing would bring it back). FULL syncs the WAL at every commit; pushes are batched, so that is one fsync
 * per batch.
 */
export function openDatabase(path: string): SqliteDatabase {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = FULL');
  return db;
}

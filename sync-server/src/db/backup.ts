import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openDatabase, type SqliteDatabase } from './open.js';

export type BackupResult = { path: string; epoch: string; sourceEpoch: string; pages: number };
export type RestoreResult =
  | { ok: true; epoch: string; previous: string | null }
  | { ok: false; code: 'server_running' | 'not_a_backup' };

const newEpoch = () => randomBytes(12).toString('base64url');

/**
 * Gives a database file an epoch of its own (sync-api.md "Pull"): every cursor carries the epoch, so no cursor
 * issued by another copy of this data (the live server, an earlier restore of the same backup) is taken for one
 * of this copy's. A device presenting one gets 409 resync_required and gives back what it holds.
 */
function stampEpoch(
  db: SqliteDatabase,
  note: (previous: string) => Record<string, string>,
): { epoch: string; previous: string } {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const set = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const previous = get.get('epoch')?.value;
  if (previous === undefined) throw new Error('not a Keliling database: no epoch');
  const epoch = newEpoch();
  db.transaction(() => {
    set.run('epoch', epoch);
    for (const [key, value] of Object.entries(note(previous))) set.run(key, value);
  }).immediate();
  return { epoch, previous };
}

/**
 * An online backup of a live database (better-sqlite3's backup API: consistent while the server keeps writing
 * in WAL mode) into one self-contained file (rollback journal, no -wal beside it) that carries a NEW epoch.
 * Written to `<out>.partial` first and renamed, so `out` is either complete or absent.
 */
export async function backupDatabase(source: SqliteDatabase, out: string, now = new Date()): Promise<BackupResult> {
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  let pages = 0;
  await source.backup(partial, {
    progress: (info) => {
      pages = info.totalPages;
      return 1000; // pages per step; the server's writers get a turn between steps
    },
  });
  const copy = new Database(partial);
  try {
    copy.pragma('journal_mode = DELETE');
    const { epoch, previous } = stampEpoch(copy, (of) => ({ backup_of_epoch: of, backup_at: now.toISOString() }));
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`backup failed its integrity check: ${String(check)}`);
    copy.close();
    renameSync(partial, out);
    return { path: out, epoch, sourceEpoch: previous, pages };
  } catch (error) {
    if (copy.open) copy.close();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** True when some connection (a running server) has the database open. */
function inUse(path: string): boolean {
  const db = new Database(path, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place as `dbPath` while the server is stopped. The current database is kept beside it as
 * `<dbPath>.before-restore-<time>` (its WAL checkpointed into it first), stale -wal/-shm files are removed so
 * they can never be replayed onto the restored file, and the restored copy gets yet another new epoch (restoring
 * the same backup twice must not make the first restore's cursors valid again).
 */
export function restoreDatabase(dbPath: string, backupFile: string, now = new Date()): RestoreResult {
  const incoming = `${dbPath}.restoring`;
  rmSync(incoming, { force: true });
  copyFileSync(backupFile, incoming);
  try {
    const copy = openDatabase(incoming);
    try {
      const hasMeta = copy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
      if (!hasMeta || copy.pragma('quick_check', { simple: true }) !== 'ok') {
        return { ok: false, code: 'not_a_backup' };
      }
      stampEpoch(copy, () => ({ restored_at: now.toISOString() }));
    } finally {
      copy.close(); // the last connection closing checkpoints and removes its WAL
    }
    let previous: string | null = null;
    if (existsSync(dbPath)) {
      if (inUse(dbPath)) return { ok: false, code: 'server_running' };
      openDatabase(dbPath).close(); // checkpoint the current database's WAL into it before moving it aside
      previous = `${dbPath}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
      renameSync(dbPath, previous);
    }
    for (const suffix of ['-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
    renameSync(incoming, dbPath);
    const restored = new Database(dbPath, { readonly: true });
    const epoch = restored.prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'epoch'").get()!.value;
    restored.close();
    return { ok: true, epoch, previous };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${incoming}${suffix}`, { force: true });
  }
}

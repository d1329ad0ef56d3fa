import type { Scope } from '../auth/principal.js';
import type { SqliteDatabase } from '../db/open.js';
import type { Blob } from './types.js';

type BlobRow = {
  sha256: string;
  size: number;
  mime: string;
  name: string | null;
  uploaded_by: string;
  created_at: string;
};

/** Completed uploads (the files live content-addressed on disk) and who may read them. */
export function createBlobIndex(db: SqliteDatabase) {
  const s = {
    insert: db.prepare(
      `INSERT INTO blobs (sha256, size, mime, name, uploaded_by, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (sha256) DO NOTHING`,
    ),
    get: db.prepare<[string], BlobRow>('SELECT * FROM blobs WHERE sha256 = ?'),
    // A blob is readable through any record that refers to it and that the caller may read.
    readableAll: db.prepare<[string], { n: number }>('SELECT 1 AS n FROM attachment_refs WHERE sha256 = ? LIMIT 1'),
    readableScoped: db.prepare<[string, string], { n: number }>(
      `SELECT 1 AS n FROM attachment_refs a
       JOIN records r ON r.entity = a.entity AND r.entity_id = a.entity_id
       WHERE a.sha256 = ? AND (r.unit_id IS NULL OR r.unit_id IN (SELECT value FROM json_each(?)))
       LIMIT 1`,
    ),
  };
  return {
    addBlob(blob: Blob): boolean {
      const result = s.insert.run(blob.sha256, blob.size, blob.mime, blob.name, blob.uploadedBy, blob.createdAt);
      return result.changes > 0;
    },
    getBlob(sha256: string): Blob | null {
      const row = s.get.get(sha256);
      if (!row) return null;
      return {
        sha256: row.sha256,
        size: row.size,
        mime: row.mime,
        name: row.name,
        uploadedBy: row.uploaded_by,
        createdAt: row.created_at,
      };
    },
    mayReadBlob(sha256: string, scope: Scope): boolean {
      return scope.all
        ? s.readableAll.get(sha256) !== undefined
        : s.readableScoped.get(sha256, JSON.stringify(scope.unitIds)) !== undefined;
    },
  };
}

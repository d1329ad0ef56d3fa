import type { SqliteDatabase } from '../db/open.js';

export type ReceiptIndex = ReturnType<typeof createReceiptIndex>;

/** Receipt number -> record, for citizens' status lookups (kept on push). */
export function createReceiptIndex(db: SqliteDatabase) {
  const s = {
    insert: db.prepare(
      'INSERT INTO receipts (receipt_number, entity, entity_id) VALUES (?, ?, ?) ON CONFLICT (receipt_number) DO NOTHING',
    ),
    find: db.prepare<[string], { entity: string; entity_id: string }>(
      'SELECT entity, entity_id FROM receipts WHERE receipt_number = ?',
    ),
  };
  return {
    /** The first record to claim a receipt number keeps it. */
    put: (receiptNumber: string, entity: string, entityId: string): void => {
      s.insert.run(receiptNumber, entity, entityId);
    },
    find: (receiptNumber: string): { entity: string; entityId: string } | null => {
      const row = s.find.get(receiptNumber);
      return row ? { entity: row.entity, entityId: row.entity_id } : null;
    },
  };
}

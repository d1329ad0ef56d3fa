import type { AttachmentRef } from '@keliling/sync';
import { sha256Hex } from '@keliling/sync';
import type { AttachmentState, KelilingDb, StoredAttachmentRow } from '../db/database';
import { fromBase64Url, toBase64Url } from '../security/bytes';
import type { RecordCipher } from '../security/recordCipher';

/**
 * Photos and scans on the device, sealed like every other piece of personal data (AES-GCM with the data key, the
 * row's place as associated data). A record refers to a file by `{sha256, mime, size, name}` (sync-api.md
 * "Attachments"); the file waits here until the sync service has uploaded it, and stays for the record page.
 */
export type StoredAttachment = {
  ref: AttachmentRef;
  bytes: Uint8Array;
  state: AttachmentState;
  uploadedAt?: string;
  lastError?: string;
};

type SealedBody = { ref: AttachmentRef; data: string };

const place = (id: string) => `attachment/${id}`;

/** The row key: a keyed hash of the content hash (the table alone cannot confirm which known photo it holds). */
export function attachmentId(cipher: RecordCipher, sha256: string): string {
  return cipher.blind('attachment', sha256);
}

export function isAttachmentRef(value: unknown): value is AttachmentRef {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.sha256 === 'string' &&
    /^[0-9a-f]{64}$/.test(v.sha256) &&
    typeof v.mime === 'string' &&
    typeof v.size === 'number' &&
    typeof v.name === 'string'
  );
}

/** Every attachment a record's fields refer to (a field holding one, or a list of them such as `photos`). */
export function attachmentRefsIn(fields: Record<string, unknown>): AttachmentRef[] {
  const out: AttachmentRef[] = [];
  for (const value of Object.values(fields)) {
    if (isAttachmentRef(value)) out.push(value);
    else if (Array.isArray(value)) for (const item of value) if (isAttachmentRef(item)) out.push(item);
  }
  return out;
}

/**
 * Keeps a captured file as a `draft` (no saved record refers to it yet, so it is not uploaded) and returns the
 * reference a form puts in the record. The same bytes stored twice are one row, whatever its state.
 */
export async function storeAttachment(
  db: KelilingDb,
  cipher: RecordCipher,
  file: { bytes: Uint8Array; mime: string; name: string },
  now: () => number = Date.now,
): Promise<AttachmentRef> {
  const sha256 = await sha256Hex(file.bytes);
  const ref: AttachmentRef = { sha256, mime: file.mime, size: file.bytes.byteLength, name: file.name };
  const id = attachmentId(cipher, sha256);
  const row: StoredAttachmentRow = {
    id,
    state: 'draft',
    size: ref.size,
    createdAt: new Date(now()).toISOString(),
    sealed: cipher.seal({ ref, data: toBase64Url(file.bytes) } satisfies SealedBody, place(id)),
  };
  await db.transaction('rw', db.attachments, async () => {
    if (!(await db.attachments.get(id))) await db.attachments.add(row);
  });
  return ref;
}

/**
 * Marks the drafts a saved change refers to as `pending` (to upload). Called by the storage's `write`, inside the
 * transaction that writes the change, so a record and its photo's upload duty are saved together.
 */
export async function markReferencedPending(
  db: KelilingDb,
  cipher: RecordCipher,
  fields: Record<string, unknown>,
): Promise<void> {
  for (const ref of attachmentRefsIn(fields)) {
    const id = attachmentId(cipher, ref.sha256);
    const row = await db.attachments.get(id);
    if (row?.state === 'draft') await db.attachments.update(id, { state: 'pending' });
  }
}

function openRow(cipher: RecordCipher, row: StoredAttachmentRow): StoredAttachment {
  const body = cipher.open(row.sealed, place(row.id)) as SealedBody;
  return {
    ref: body.ref,
    bytes: fromBase64Url(body.data),
    state: row.state,
    ...(row.uploadedAt !== undefined ? { uploadedAt: row.uploadedAt } : {}),
    ...(row.lastError !== undefined ? { lastError: row.lastError } : {}),
  };
}

/** The file with this content hash as the device holds it, or null when it is not on this device. */
export async function readAttachment(
  db: KelilingDb,
  cipher: RecordCipher,
  sha256: string,
): Promise<StoredAttachment | null> {
  const row = await db.attachments.get(attachmentId(cipher, sha256));
  return row ? openRow(cipher, row) : null;
}

/** How many files wait for upload (a count reveals nothing: it works while locked, for the sign-out warning). */
export function pendingUploadCount(db: KelilingDb): Promise<number> {
  return db.attachments.where('state').equals('pending').count();
}

/** The files waiting for upload, opened. */
export async function pendingAttachments(db: KelilingDb, cipher: RecordCipher): Promise<StoredAttachment[]> {
  const rows = await db.attachments.where('state').equals('pending').toArray();
  return rows.map((row) => openRow(cipher, row));
}

export async function markUploaded(db: KelilingDb, cipher: RecordCipher, sha256: string, at: string): Promise<void> {
  await db.attachments.update(attachmentId(cipher, sha256), {
    state: 'uploaded',
    uploadedAt: at,
    lastError: undefined,
  });
}

/** A failed attempt: `failed` for good when the server refused the bytes, else still `pending` with the reason. */
export async function markUploadFailed(
  db: KelilingDb,
  cipher: RecordCipher,
  sha256: string,
  code: string,
  permanent: boolean,
): Promise<void> {
  await db.attachments.update(attachmentId(cipher, sha256), {
    lastError: code,
    ...(permanent ? { state: 'failed' as const } : {}),
  });
}

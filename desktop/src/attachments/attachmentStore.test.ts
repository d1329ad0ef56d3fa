import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryUrlStorage } from '@keliling/sync';
import { blobPath, type RunningServer, silentLogger, startServer } from '@keliling/sync-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type KelilingDb, openDatabase } from '../db/database';
import { createDexieStorage } from '../db/dexieStorage';
import { createRecordCipher } from '../security/recordCipher';
import { attachmentRefsIn, pendingUploadCount, readAttachment, storeAttachment } from './attachmentStore';
import { uploadPendingAttachments } from './uploader';

const cipher = createRecordCipher(new Uint8Array(32).fill(3));
const opened: KelilingDb[] = [];
function freshDb(): KelilingDb {
  const db = openDatabase(`attachments-${opened.length}-${Math.random()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** A small "photo": JPEG magic bytes and then pseudo-random content (deterministic per seed). */
function photoBytes(seed: number, size = 300_000): Uint8Array {
  const bytes = new Uint8Array(size);
  let x = seed * 2654435761;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  bytes.set([0xff, 0xd8, 0xff, 0xe0]);
  return bytes;
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function saveRecordReferring(db: KelilingDb, ref: unknown, id = 'c1') {
  const storage = createDexieStorage(db, { cipher: () => cipher });
  return storage.write({
    id,
    entity: 'sim_applications',
    entityId: 'R1',
    hlc: '2026-11-28T02:00:00.000Z-0000-9f3a6c2e1b7d4a05',
    fields: { fullName: 'Siti Rahayu', photo: ref },
  });
}

describe('the attachment store', () => {
  it('keeps a capture as a sealed draft under its SHA-256, and a saved record makes it pending', async () => {
    const db = freshDb();
    const bytes = photoBytes(1);
    const ref = await storeAttachment(db, cipher, { bytes, mime: 'image/jpeg', name: 'foto.jpg' });
    expect(ref).toEqual({ sha256: sha(bytes), mime: 'image/jpeg', size: bytes.length, name: 'foto.jpg' });
    expect((await readAttachment(db, cipher, ref.sha256))?.state).toBe('draft');
    expect(await pendingUploadCount(db)).toBe(0); // a draft nobody saved is never sent

    // At rest: neither the bytes, nor the hash, nor the file name.
    const [row] = await db.attachments.toArray();
    const sealed = Buffer.from(row?.sealed ?? new Uint8Array());
    expect(sealed.includes(Buffer.from(bytes.subarray(0, 64)))).toBe(false);
    expect(JSON.stringify({ ...row, sealed: null })).not.toContain(ref.sha256);
    expect(sealed.toString('latin1')).not.toContain('foto.jpg');

    // Storing the same bytes again is the same row.
    await storeAttachment(db, cipher, { bytes, mime: 'image/jpeg', name: 'foto.jpg' });
    expect(await db.attachments.count()).toBe(1);

    await saveRecordReferring(db, ref);
    expect(await pendingUploadCount(db)).toBe(1);
    const stored = await readAttachment(db, cipher, ref.sha256);
    expect(stored?.state).toBe('pending');
    expect(sha(stored?.bytes ?? new Uint8Array())).toBe(ref.sha256);
  });

  it('finds the references in a record, single or listed', () => {
    const a = { sha256: 'a'.repeat(64), mime: 'image/jpeg', size: 1, name: 'a.jpg' };
    const b = { ...a, sha256: 'b'.repeat(64) };
    expect(attachmentRefsIn({ photo: a, photos: [b, { sha256: 'x' }], nik: '3404' })).toEqual([a, b]);
  });
});

describe('uploading pending attachments to the sync server (tus, real server)', () => {
  let server: RunningServer;
  let dir: string;
  let token: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'keliling-attach-'));
    server = await startServer({ dataDir: dir, demo: true, webRoot: null, logger: silentLogger() });
    const response = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'hq', password: 'demo-hq-2026' }),
    });
    token = ((await response.json()) as { token: string }).token;
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stays pending with the reason while the server cannot be reached', async () => {
    const db = freshDb();
    const ref = await storeAttachment(db, cipher, { bytes: photoBytes(2, 5000), mime: 'image/jpeg', name: 'a.jpg' });
    await saveRecordReferring(db, ref);
    const report = await uploadPendingAttachments({
      db,
      cipher,
      baseUrl: 'http://127.0.0.1:9',
      token,
      retryDelays: [],
      urlStorage: createMemoryUrlStorage(),
    });
    expect(report).toEqual({ uploaded: 0, failed: [{ code: 'network_error', permanent: false }] });
    expect(await readAttachment(db, cipher, ref.sha256)).toMatchObject({
      state: 'pending',
      lastError: 'network_error',
    });
  });

  it('uploads in chunks, is verified by the server, and becomes uploaded; the next round sends nothing', async () => {
    const db = freshDb();
    const bytes = photoBytes(3);
    const ref = await storeAttachment(db, cipher, { bytes, mime: 'image/jpeg', name: 'ktp.jpg' });
    await saveRecordReferring(db, ref);
    const deps = { db, cipher, baseUrl: server.url, token, chunkSize: 64 * 1024, retryDelays: [] };
    expect(await uploadPendingAttachments(deps)).toEqual({ uploaded: 1, failed: [] });
    expect(await readAttachment(db, cipher, ref.sha256)).toMatchObject({ state: 'uploaded' });
    expect(await pendingUploadCount(db)).toBe(0);
    expect(sha(readFileSync(blobPath(dir, ref.sha256)))).toBe(ref.sha256);
    expect(await uploadPendingAttachments(deps)).toEqual({ uploaded: 0, failed: [] });
  });

  it('marks a file the server refuses for good as failed (the bytes do not match the hash)', async () => {
    const db = freshDb();
    const ref = await storeAttachment(db, cipher, { bytes: photoBytes(4, 4000), mime: 'image/jpeg', name: 'b.jpg' });
    await saveRecordReferring(db, ref);
    const report = await uploadPendingAttachments({
      db,
      cipher,
      baseUrl: server.url,
      token,
      retryDelays: [],
      urlStorage: createMemoryUrlStorage(),
      toFile: (bytes) => bytes.map((b) => b ^ 1), // corrupted on the way
    });
    expect(report).toEqual({ uploaded: 0, failed: [{ code: 'upload_hash_mismatch', permanent: true }] });
    expect(await readAttachment(db, cipher, ref.sha256)).toMatchObject({
      state: 'failed',
      lastError: 'upload_hash_mismatch',
    });
  });
});

import 'fake-indexeddb/auto';
import type { AttachmentRef } from '@keliling/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { type KelilingDb, openDatabase } from '../db/database';
import { createDexieStorage } from '../db/dexieStorage';
import { createRecordCipher } from '../security/recordCipher';
import { attachmentId, markUploaded, readAttachment, storeAttachment } from './attachmentStore';
import { draftLifetimeMs, removeStaleDrafts } from './draftCleanup';

const cipher = createRecordCipher(new Uint8Array(32).fill(5));
const opened: KelilingDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

const day = 24 * 60 * 60 * 1000;
const today = Date.parse('2026-11-28T02:00:00.000Z');
const photo = (seed: number) => Uint8Array.from({ length: 2000 }, (_, i) => (i * seed + seed) % 256);
const hlc = (n: number) => `2026-11-28T02:00:00.000Z-${n.toString(16).padStart(4, '0')}-9f3a6c2e1b7d4a05`;

async function setUp() {
  const db = openDatabase(`drafts-${Math.random()}`);
  opened.push(db);
  const storage = createDexieStorage(db, { cipher: () => cipher });
  const capture = (seed: number, daysAgo: number) =>
    storeAttachment(
      db,
      cipher,
      { bytes: photo(seed), mime: 'image/jpeg', name: `foto-${seed}.jpg` },
      () => today - daysAgo * day,
    );
  const state = async (ref: AttachmentRef) => (await readAttachment(db, cipher, ref.sha256))?.state ?? 'removed';
  return { db, storage, capture, state };
}

describe('removeStaleDrafts', () => {
  it('removes only old drafts that no record refers to; a saved, pulled, uploaded or fresh photo stays', async () => {
    const { db, storage, capture, state } = await setUp();
    const abandoned = await capture(1, 8); // captured into a form closed unsaved, 8 days ago
    const fresh = await capture(2, 2); // maybe still in an open form
    const saved = await capture(3, 30);
    const pulled = await capture(4, 30);
    const uploaded = await capture(5, 30);
    const rejectedOnly = await capture(6, 30);
    await storage.write({
      id: 'c1',
      entity: 'sim_applications',
      entityId: 'R1',
      hlc: hlc(1),
      fields: { fullName: 'Siti Rahayu', photo: saved },
    });
    // Another device's record with the same photo arrives by pull: the draft here stays a draft, but is referred to.
    await storage.applyPull({
      changes: [
        { id: 'c2', entity: 'outreach_sessions', entityId: 'O1', hlc: hlc(2), fields: { photos: [pulled] }, by: 'x' },
      ],
      cursor: 'k1',
      reset: false,
    });
    await markUploaded(db, cipher, uploaded.sha256, new Date(today).toISOString());
    // A refused change keeps its typed values (and photo) on the record page: its photo counts as referred to, even
    // were it a draft.
    const refused = {
      id: 'c3',
      entity: 'skck_applications',
      entityId: 'S1',
      hlc: hlc(3),
      fields: { fullName: 'Budi Santoso', photo: rejectedOnly },
    };
    await storage.write(refused);
    await storage.recordPushOutcomes([
      {
        kind: 'rejected',
        change: refused,
        reason: { code: 'invalid_nik', message: 'NIK tidak valid' },
        rejectedAt: new Date(today).toISOString(),
      },
    ]);
    await db.attachments.update(attachmentId(cipher, rejectedOnly.sha256), { state: 'draft' });
    expect(await state(saved)).toBe('pending');
    expect(await state(pulled)).toBe('draft');

    expect(await removeStaleDrafts(db, { now: () => today })).toBe(1);
    expect(await state(abandoned)).toBe('removed');
    expect(await state(rejectedOnly)).toBe('draft');
    expect(await state(fresh)).toBe('draft');
    expect(await state(saved)).toBe('pending');
    expect(await state(pulled)).toBe('draft');
    expect(await state(uploaded)).toBe('uploaded');
    // A week later the fresh one goes too; running again removes nothing more.
    expect(await removeStaleDrafts(db, { now: () => today + 6 * day })).toBe(1);
    expect(await state(fresh)).toBe('removed');
    expect(await removeStaleDrafts(db, { now: () => today + 6 * day })).toBe(0);
    expect(draftLifetimeMs).toBe(7 * day);
  });

  it('removes nothing while records still wait for their attachment index (written before schema version 5)', async () => {
    const { db, storage, capture, state } = await setUp();
    const abandoned = await capture(1, 8);
    await storage.write({
      id: 'c1',
      entity: 'sim_applications',
      entityId: 'R1',
      hlc: hlc(1),
      fields: { fullName: 'Siti' },
    });
    await db.records.toCollection().modify({ ix: 3 });
    expect(await removeStaleDrafts(db, { now: () => today })).toBe(0);
    expect(await state(abandoned)).toBe('draft');
    await db.records.toCollection().modify({ ix: 4 });
    expect(await removeStaleDrafts(db, { now: () => today })).toBe(1);
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, validVillage } from '../testing/harness.js';
import { leadingZeroBits, powDigest } from './pow.js';

const phone = '081234567890';
const meta = (pairs: Record<string, string>) =>
  Object.entries(pairs)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');

describe('public tus uploads bound to a pending submission', () => {
  let server: TestServer;
  let pendingId: string;
  let otp: string;
  const tus = { 'Tus-Resumable': '1.0.0' };

  const create = (size: number, metadata: Record<string, string>) =>
    fetch(`${server.url}/api/v1/public/uploads`, {
      method: 'POST',
      headers: { ...tus, 'Upload-Length': String(size), 'Upload-Metadata': meta(metadata) },
    });
  const patch = (location: string, offset: number, bytes: Uint8Array) =>
    fetch(new URL(location, server.url), {
      method: 'PATCH',
      headers: { ...tus, 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
      body: bytes,
    });

  beforeAll(async () => {
    server = await startTestServer({
      notifications: { intervalMs: 3_600_000 },
      portal: { serviceDeskUnitId: 'unit-1', powDifficulty: 4, uploads: { maxBytes: 64 * 1024 } },
    });
    const c = (await server.call('/api/v1/public/challenge')).body;
    let n = 0;
    while (leadingZeroBits(powDigest(c.challenge, String(n))) < 4) n++;
    const res = await server.call('/api/v1/public/otp', { body: { phone, challenge: c.challenge, nonce: String(n) } });
    pendingId = res.body.pendingId;
    await server.notifications.runOnce();
    const line = JSON.parse(readFileSync(join(server.dir, 'notifications.log'), 'utf8').trim()) as { body: string };
    otp = /(\d{6})/.exec(line.body)![1]!;
  });
  afterAll(() => server.stop());

  const photo = Buffer.alloc(40_000, 7);
  const sha = createHash('sha256').update(photo).digest('hex');

  it('refuses a wrong type, an oversized file, bad metadata and an unknown submission with clear messages', async () => {
    const wrongType = await create(10, { sha256: sha, mime: 'text/html', name: 'x.html', pending: pendingId });
    expect(wrongType.status).toBe(415);
    expect(((await wrongType.json()) as { error: { message: string } }).error.message).toContain(
      'JPG, PNG, WEBP atau PDF',
    );
    const big = await create(65 * 1024, { sha256: sha, mime: 'image/jpeg', name: 'a.jpg', pending: pendingId });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'upload_too_large',
      message: expect.stringContaining('terlalu besar'),
    });
    const noSha = await create(10, { mime: 'image/jpeg', name: 'a.jpg', pending: pendingId });
    expect(noSha.status).toBe(400);
    const stranger = await create(10, { sha256: sha, mime: 'image/jpeg', name: 'a.jpg', pending: 'f'.repeat(32) });
    expect(stranger.status).toBe(404);
  });

  it('discards a file whose content does not match its sha256', async () => {
    const res = await create(photo.length, {
      sha256: 'a'.repeat(64),
      mime: 'image/jpeg',
      name: 'a.jpg',
      pending: pendingId,
    });
    expect(res.status).toBe(201);
    const done = await patch(res.headers.get('location')!, 0, photo);
    expect(done.status).toBe(422);
    expect(((await done.json()) as { error: { code: string } }).error.code).toBe('upload_hash_mismatch');
  });

  it('resumes an interrupted upload at the offset the server holds, then binds the file to the submission', async () => {
    const res = await create(photo.length, { sha256: sha, mime: 'image/jpeg', name: 'ktp.jpg', pending: pendingId });
    const location = res.headers.get('location')!;
    expect((await patch(location, 0, photo.subarray(0, 16_000))).status).toBe(204);
    const head = await fetch(new URL(location, server.url), { method: 'HEAD', headers: tus });
    expect(head.headers.get('upload-offset')).toBe('16000');
    const rest = await patch(location, 16_000, photo.subarray(16_000));
    expect(rest.status).toBe(204);
    expect(rest.headers.get('upload-sha256')).toBe(sha);
    // Not served back to the public.
    expect((await fetch(new URL(location, server.url))).status).toBe(404);

    const submitted = await server.call('/api/v1/public/submissions', {
      body: {
        entity: 'complaints',
        fields: {
          anonymous: true,
          category: 'lainnya',
          description: 'Lihat foto.',
          urgency: 'rendah',
          villageCode: validVillage,
        },
        attachments: [sha],
        phone,
        otp,
        pendingId,
      },
    });
    expect(submitted.status, submitted.text).toBe(201);

    const hq = await server.login('hq');
    const list = await server.call(`/api/v1/portal/submissions/${submitted.body.receiptNumber}/attachments`, {
      token: hq,
    });
    expect(list.body.attachments).toEqual([
      expect.objectContaining({ sha256: sha, name: 'ktp.jpg', size: photo.length }),
    ]);
    const blob = await fetch(`${server.url}/api/v1/blobs/${sha}`, { headers: { authorization: `Bearer ${hq}` } });
    expect(blob.status).toBe(200);
    expect(Buffer.from(await blob.arrayBuffer()).equals(photo)).toBe(true);
    expect((await fetch(`${server.url}/api/v1/blobs/${sha}`)).status).toBe(401);
    const outsider = await server.enroll('unit-2');
    expect(
      (
        await server.call(`/api/v1/portal/submissions/${submitted.body.receiptNumber}/attachments`, {
          token: outsider.token,
        })
      ).status,
    ).toBe(403);
  });

  it('refuses uploads once the submission is made', async () => {
    const res = await create(10, { sha256: sha, mime: 'image/jpeg', name: 'a.jpg', pending: pendingId });
    expect(res.status).toBe(404);
  });
});

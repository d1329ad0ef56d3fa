import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AttachmentRef, createMemoryUrlStorage, SyncHttpError, sha256Hex, uploadAttachment } from '@keliling/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobPath } from '../http/uploads.js';
import { hlcAt, simCreate, startTestServer, type TestServer } from '../testing/harness.js';

type Device = { token: string; deviceId: string; nodeId: string };

describe('attachments over tus, end to end', () => {
  let server: TestServer;
  let a: Device;
  let b: Device;
  let other: Device;
  let hq: string;

  beforeAll(async () => {
    server = await startTestServer({ attachments: { maxBytes: 1024 * 1024 } });
    a = await server.enroll('unit-1');
    b = await server.enroll('unit-1');
    other = await server.enroll('unit-2');
    hq = await server.login('hq');
  });
  afterAll(() => server.stop());

  const photo = async (bytes = 200 * 1024) => {
    const file = randomBytes(bytes);
    return { file, sha256: await sha256Hex(file) };
  };
  const upload = (
    device: Device,
    file: Uint8Array,
    sha256: string,
    extra: Partial<Parameters<typeof uploadAttachment>[0]> = {},
  ) =>
    uploadAttachment({
      baseUrl: server.url,
      token: device.token,
      file,
      sha256,
      mime: 'image/jpeg',
      name: 'foto.jpg',
      retryDelays: [],
      ...extra,
    });
  const fetchBlob = (sha256: string, token: string) =>
    fetch(`${server.url}/api/v1/blobs/${sha256}`, { headers: { authorization: `Bearer ${token}` } });
  const attachTo = async (device: Device, ref: AttachmentRef, unitId = 'unit-1') => {
    const change = simCreate(unitId, { hlc: hlcAt(Date.now() - 1000, device.nodeId), fields: { photo: ref } });
    const res = await server.call('/api/v1/sync/push', { token: device.token, body: { changes: [change] } });
    expect(res.body.results[0].status).toBe('applied');
  };

  it('uploads, verifies and stores content-addressed; serves it to those who may read a record that refers to it', async () => {
    const { file, sha256 } = await photo();
    const ref = await upload(a, file, sha256);
    expect(ref).toEqual({ sha256, mime: 'image/jpeg', size: file.length, name: 'foto.jpg' });
    expect(readFileSync(blobPath(server.dir, sha256)).equals(file)).toBe(true);
    expect(readdirSync(join(server.dir, 'uploads')).filter((f) => !f.endsWith('.json'))).toEqual([]);

    // No record refers to it yet: nobody may read it.
    expect((await fetchBlob(sha256, a.token)).status).toBe(404);
    await attachTo(a, ref);
    const served = await fetchBlob(sha256, b.token);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await served.arrayBuffer()).equals(file)).toBe(true);
    expect((await fetchBlob(sha256, hq)).status).toBe(200);
    expect((await fetchBlob(sha256, other.token)).status).toBe(404); // unit-2 cannot read unit-1's records
    expect((await fetch(`${server.url}/api/v1/blobs/${sha256}`)).status).toBe(401);
    expect((await fetchBlob(sha256.toUpperCase(), hq)).status).toBe(404);
    expect((await fetchBlob('abc', hq)).status).toBe(404);
    expect((await fetchBlob('0'.repeat(64), hq)).status).toBe(404);
  });

  it('refuses and deletes an upload whose bytes do not match its sha256', async () => {
    const { file } = await photo();
    const claimed = (await photo()).sha256;
    const error = await upload(a, file, claimed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SyncHttpError);
    expect(error).toMatchObject({ status: 422, code: 'upload_hash_mismatch' });
    expect(existsSync(blobPath(server.dir, claimed))).toBe(false);
    expect(readdirSync(join(server.dir, 'uploads'))).toEqual([]);
  });

  it('keeps the same content once, whoever uploads it again', async () => {
    const { file, sha256 } = await photo();
    await upload(a, file, sha256);
    await upload(b, file, sha256, { name: 'salinan.jpg' });
    expect(readdirSync(join(server.dir, 'blobs', sha256.slice(0, 2))).filter((f) => f === sha256)).toHaveLength(1);
    expect(server.store.getBlob(sha256)).toMatchObject({ size: file.length, uploadedBy: `device:${a.deviceId}` });
  });

  it('resumes an interrupted upload from where it broke off', async () => {
    const { file, sha256 } = await photo(512 * 1024);
    const urlStorage = createMemoryUrlStorage();
    const chunkSize = 64 * 1024;
    const stop = new AbortController();
    const first = await upload(a, file, sha256, {
      urlStorage,
      chunkSize,
      signal: stop.signal,
      // Two chunks sent means the first one was acknowledged: interrupt there.
      onProgress: (sent) => {
        if (sent > 2 * chunkSize) stop.abort();
      },
    }).catch((e: unknown) => e);
    expect(first).toMatchObject({ code: 'aborted' });
    expect(await urlStorage.findAllUploads()).toHaveLength(1);
    expect(existsSync(blobPath(server.dir, sha256))).toBe(false);

    let lowest = Number.POSITIVE_INFINITY;
    const ref = await upload(a, file, sha256, {
      urlStorage,
      chunkSize,
      onProgress: (sent) => {
        lowest = Math.min(lowest, sent);
      },
    });
    expect(ref.sha256).toBe(sha256);
    expect(lowest).toBeGreaterThanOrEqual(chunkSize); // it did not start from zero
    expect(readFileSync(blobPath(server.dir, sha256)).equals(file)).toBe(true);
    expect(await urlStorage.findAllUploads()).toEqual([]);
  });

  it('checks metadata, media type, size, credentials and ownership', async () => {
    const { sha256 } = await photo(10);
    const create = (metadata: Record<string, string>, length: number, token: string | null = a.token) =>
      fetch(`${server.url}/api/v1/uploads`, {
        method: 'POST',
        headers: {
          'tus-resumable': '1.0.0',
          'upload-length': String(length),
          'upload-metadata': Object.entries(metadata)
            .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
            .join(','),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      });
    const missing = await create({ mime: 'image/jpeg', name: 'x.jpg' }, 10);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('upload_metadata_invalid');
    expect((await create({ sha256, mime: 'text/html', name: 'x.html' }, 10)).status).toBe(415);
    expect((await create({ sha256, mime: 'image/jpeg', name: 'x.jpg' }, 2 * 1024 * 1024)).status).toBe(413);
    expect((await create({ sha256, mime: 'image/jpeg', name: 'x.jpg' }, 10, null)).status).toBe(401);

    const created = await create({ sha256, mime: 'image/jpeg', name: 'x.jpg' }, 10);
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/api\/v1\/uploads\/[^/]+$/);
    const head = (token: string) =>
      fetch(`${server.url}${location}`, {
        method: 'HEAD',
        headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${token}` },
      });
    expect((await head(a.token)).status).toBe(200);
    expect((await head(b.token)).status).toBe(404); // another credential's upload
    expect((await fetch(`${server.url}${location}`, { headers: { authorization: `Bearer ${a.token}` } })).status).toBe(
      404,
    );
  });
});

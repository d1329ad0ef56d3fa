import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CallResult, startTestServer, type TestServer } from '../testing/harness.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');
const sha = 'a'.repeat(64);
const metadata = `sha256 ${b64(sha)},mime ${b64('image/jpeg')},name ${b64('foto.jpg')}`;

describe('tus uploads answer errors in the contract format', () => {
  let server: TestServer;
  let device: { token: string };
  beforeAll(async () => {
    server = await startTestServer({ attachments: { maxBytes: 1024 } });
    device = await server.enroll('unit-1');
  });
  afterAll(() => server.stop());

  const tus = (path: string, method: string, headers: Record<string, string> = {}, rawBody?: string) =>
    server.call(`/api/v1/uploads${path}`, {
      method,
      token: device.token,
      headers: { 'accept-language': 'en', ...headers },
      ...(rawBody !== undefined ? { rawBody } : {}),
    });
  const expectJsonError = (res: CallResult, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body.error).toMatchObject({ code, message: expect.any(String) });
    expect(res.body.error.message.length).toBeGreaterThan(0);
  };

  it('412 without Tus-Resumable, 400 for a bad tus header, as JSON errors that keep the tus headers', async () => {
    const noVersion = await tus('', 'POST', { 'upload-length': '10', 'upload-metadata': metadata });
    expectJsonError(noVersion, 412, 'invalid_request');
    expect(noVersion.headers.get('tus-resumable')).toBe('1.0.0');
    expect(noVersion.body.error.details).toEqual([
      { path: 'tus', code: 'invalid_request', message: 'Tus-Resumable Required' },
    ]);
    const badLength = await tus('', 'POST', { 'tus-resumable': '1.0.0', 'upload-length': 'ten' });
    expectJsonError(badLength, 400, 'invalid_request');
  });

  it('404 not_found for an unknown upload, 413 for a file over the limit, 409 on an offset conflict', async () => {
    const patchHeaders = {
      'tus-resumable': '1.0.0',
      'upload-offset': '0',
      'content-type': 'application/offset+octet-stream',
    };
    expectJsonError(await tus('/no-such-upload', 'PATCH', patchHeaders, 'abc'), 404, 'not_found');
    expectJsonError(
      await tus('', 'POST', { 'tus-resumable': '1.0.0', 'upload-length': '4096', 'upload-metadata': metadata }),
      413,
      'upload_too_large',
    );

    const created = await tus('', 'POST', {
      'tus-resumable': '1.0.0',
      'upload-length': '10',
      'upload-metadata': metadata,
    });
    expect(created.status).toBe(201);
    const id = created.headers.get('location')!.split('/').at(-1)!;
    const conflict = await tus(`/${id}`, 'PATCH', { ...patchHeaders, 'upload-offset': '5' }, 'abc');
    expectJsonError(conflict, 409, 'upload_offset_conflict');
    // Resuming works as before: HEAD gives the offset (no body), PATCH from there is accepted.
    const head = await tus(`/${id}`, 'HEAD', { 'tus-resumable': '1.0.0' });
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe('0');
    const patched = await tus(`/${id}`, 'PATCH', patchHeaders, 'abc');
    expect(patched.status).toBe(204);
    expect(patched.headers.get('upload-offset')).toBe('3');
  });

  it('keeps the hooks’ own refusals (bad metadata, type not allowed) as they are, now labelled JSON', async () => {
    const noMeta = await tus('', 'POST', { 'tus-resumable': '1.0.0', 'upload-length': '10' });
    expectJsonError(noMeta, 400, 'upload_metadata_invalid');
    expect(noMeta.body.error.details).toBeUndefined();
    const gif = `sha256 ${b64(sha)},mime ${b64('image/gif')},name ${b64('a.gif')}`;
    expectJsonError(
      await tus('', 'POST', { 'tus-resumable': '1.0.0', 'upload-length': '10', 'upload-metadata': gif }),
      415,
      'upload_type_not_allowed',
    );
  });

  it('answers in Indonesian by default', async () => {
    const res = await server.call('/api/v1/uploads', {
      method: 'POST',
      token: device.token,
      headers: { 'upload-length': '1' },
    });
    expectJsonError(res, 412, 'invalid_request');
    expect(res.body.error.message).toBe('Versi protokol tus (Tus-Resumable) wajib disebutkan.');
  });
});

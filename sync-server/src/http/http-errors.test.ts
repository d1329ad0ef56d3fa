import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CallResult, simCreate, startTestServer, type TestServer } from '../testing/harness.js';
import { createTokenBucketLimiter } from './rate-limit.js';

describe('HTTP edges: errors are JSON, bodies may be gzip', () => {
  let server: TestServer;
  let device: { token: string };
  beforeAll(async () => {
    server = await startTestServer({ limits: { maxBatchBytes: 64 * 1024 } });
    device = await server.enroll('unit-1');
  });
  afterAll(() => server.stop());

  const expectJsonError = (res: CallResult, status: number, code: string) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.body.error).toMatchObject({ code, message: expect.any(String) });
    expect(res.text).not.toMatch(/<html|at .*\.ts:\d+/i);
  };

  it('answers 400 invalid_json for a body that does not parse', async () => {
    const res = await server.call('/api/v1/sync/push', {
      token: device.token,
      rawBody: '{"changes": [',
      headers: { 'content-type': 'application/json' },
    });
    expectJsonError(res, 400, 'invalid_json');
    const enroll = await server.call('/api/v1/devices/enroll', {
      rawBody: 'nope',
      headers: { 'content-type': 'application/json' },
    });
    expectJsonError(enroll, 400, 'invalid_json');
  });

  it('answers 400 invalid_request for a JSON body of the wrong shape or type', async () => {
    expectJsonError(
      await server.call('/api/v1/sync/push', { token: device.token, body: { changes: 'many' } }),
      400,
      'invalid_request',
    );
    expectJsonError(
      await server.call('/api/v1/sync/push', {
        token: device.token,
        rawBody: 'x',
        headers: { 'content-type': 'text/plain' },
      }),
      400,
      'invalid_request',
    );
  });

  it('answers 413 batch_too_large for a push body over maxBatchBytes, and 413 for other large bodies', async () => {
    const big = Array.from({ length: 60 }, () => simCreate('unit-1', { fields: { address: 'x'.repeat(2000) } }));
    expectJsonError(
      await server.call('/api/v1/sync/push', { token: device.token, body: { changes: big } }),
      413,
      'batch_too_large',
    );
    expectJsonError(
      await server.call('/api/v1/auth/login', { body: { username: 'x'.repeat(100_000), password: 'y' } }),
      413,
      'payload_too_large',
    );
  });

  it('inflates gzip request bodies, and measures the limit on the inflated size', async () => {
    const change = simCreate('unit-1');
    const res = await server.call('/api/v1/sync/push', {
      token: device.token,
      rawBody: gzipSync(JSON.stringify({ changes: [change] })),
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toEqual({ id: change.id, status: 'applied' });
    // Highly compressible: small on the wire, over the limit once inflated.
    const bomb = Array.from({ length: 60 }, () => simCreate('unit-1', { fields: { address: 'a'.repeat(2000) } }));
    const gz = gzipSync(JSON.stringify({ changes: bomb }));
    expect(gz.length).toBeLessThan(64 * 1024);
    const tooBig = await server.call('/api/v1/sync/push', {
      token: device.token,
      rawBody: gz,
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    });
    expectJsonError(tooBig, 413, 'batch_too_large');
  });

  it('answers 415 for an unknown content encoding', async () => {
    const res = await server.call('/api/v1/sync/push', {
      token: device.token,
      rawBody: 'abc',
      headers: { 'content-type': 'application/json', 'content-encoding': 'br-nope' },
    });
    expectJsonError(res, 415, 'unsupported_encoding');
  });

  it('answers 404 JSON for unknown routes, with or without a credential', async () => {
    expectJsonError(await server.call('/api/v1/nothing-here'), 404, 'not_found');
    expectJsonError(await server.call('/api/v2/sync/pull'), 404, 'not_found');
    expectJsonError(await server.call('/no-web-app-configured'), 404, 'not_found');
    expectJsonError(
      await server.call('/api/v1/sync/pull', { method: 'DELETE', token: device.token }),
      404,
      'not_found',
    );
  });

  it('follows Accept-Language for messages (Indonesian by default)', async () => {
    const id = await server.call('/api/v1/sync/info');
    expect(id.body.error.message).toMatch(/masuk/);
    const en = await server.call('/api/v1/sync/info', { headers: { 'accept-language': 'en' } });
    expect(en.body.error.message).toMatch(/sign in/);
  });

  it('serves health and readiness probes', async () => {
    expect((await server.call('/healthz')).body).toEqual({ ok: true });
    expect((await server.call('/readyz')).status).toBe(200);
  });
});

describe('rate limiting', () => {
  let server: TestServer;
  let now = 1_000_000;
  beforeAll(async () => {
    server = await startTestServer({
      rateLimiters: {
        address: createTokenBucketLimiter({ capacity: 3, refillPerSecond: 1, now: () => now }),
        credential: createTokenBucketLimiter({ capacity: 5, refillPerSecond: 1, now: () => now }),
      },
    });
  });
  afterAll(() => server.stop());

  it('answers 429 rate_limited with Retry-After once an address has used its allowance', async () => {
    const login = () => server.call('/api/v1/auth/login', { body: { username: 'nobody', password: 'x' } });
    for (let i = 0; i < 3; i++) expect((await login()).status).toBe(401);
    const limited = await login();
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    now += 2000;
    expect((await login()).status).toBe(401);
  });

  it('limits authenticated calls per credential', async () => {
    now += 60_000;
    const { token } = await server.enroll('unit-1');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await server.call('/api/v1/sync/info', { token })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe('default rate limits are generous', () => {
  it('allows 60 enrollment attempts a minute from one address', async () => {
    const server = await startTestServer();
    try {
      const results = await Promise.all(
        Array.from({ length: 60 }, () =>
          server.call('/api/v1/devices/enroll', { body: { code: 'AAAA-BBBB-CCCC', name: 'x' } }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(60).fill(410));
    } finally {
      await server.stop();
    }
  });
});

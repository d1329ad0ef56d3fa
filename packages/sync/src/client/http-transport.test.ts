import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SyncHttpError } from './errors.js';
import type { FetchLike } from './http.js';
import { createHttpTransport } from './http-transport.js';
import { enrollDevice, login } from './identity.js';

type Call = { url: string; init: RequestInit | undefined };

function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    const call = { url, init };
    calls.push(call);
    return respond(call);
  };
  return { fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const serverTime = '2026-11-28T02:00:00.000Z';
const limits = { maxBatchChanges: 1000, maxBatchBytes: 4194304, maxPullLimit: 1000, maxClockSkewMs: 300000 };
const change = {
  id: 'c1',
  entity: 'sim_applications',
  entityId: 'r1',
  hlc: '2026-11-28T02:00:00.000Z-0000-00000000000000a1',
  fields: { fullName: 'Budi' },
};

describe('createHttpTransport', () => {
  it('pushes with the bearer token and parses the response', async () => {
    const f = fakeFetch(() => json(200, { results: [{ id: 'c1', status: 'applied' }], serverTime }));
    const t = createHttpTransport({
      baseUrl: 'http://h:1/',
      token: 'tok',
      fetch: f.fetch,
      headers: { 'accept-language': 'en' },
    });
    expect(await t.push([change])).toEqual({ results: [{ id: 'c1', status: 'applied' }], serverTime });
    const [call] = f.calls;
    expect(call?.url).toBe('http://h:1/api/v1/sync/push');
    expect(call?.init?.method).toBe('POST');
    expect(call?.init?.headers).toMatchObject({
      authorization: 'Bearer tok',
      'content-type': 'application/json',
      'accept-language': 'en',
    });
    expect(JSON.parse(String(call?.init?.body))).toEqual({ changes: [change] });
  });

  it('pulls with since and limit, and reads info', async () => {
    const f = fakeFetch(({ url }) =>
      url.includes('/sync/info')
        ? json(200, { serverTime, protocol: 1, limits })
        : json(200, { changes: [change], cursor: 'k2', hasMore: false, serverTime }),
    );
    const t = createHttpTransport({ baseUrl: 'http://h:1', token: 'tok', fetch: f.fetch });
    expect((await t.pull('k 1', 50)).cursor).toBe('k2');
    await t.pull(null, 10);
    expect(f.calls.map((c) => c.url)).toEqual([
      'http://h:1/api/v1/sync/pull?since=k+1&limit=50',
      'http://h:1/api/v1/sync/pull?limit=10',
    ]);
    expect((await t.info()).limits).toEqual(limits);
  });

  it('throws SyncHttpError with the contract code, and Retry-After in ms', async () => {
    const f = fakeFetch(() =>
      json(429, { error: { code: 'rate_limited', message: 'Terlalu banyak permintaan' } }, { 'retry-after': '12' }),
    );
    const t = createHttpTransport({ baseUrl: 'http://h:1', token: 'tok', fetch: f.fetch });
    const e = await t.info().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(SyncHttpError);
    expect(e).toMatchObject({
      status: 429,
      code: 'rate_limited',
      message: 'Terlalu banyak permintaan',
      retryAfterMs: 12_000,
    });
  });

  it('maps a non-JSON error, a network failure and a malformed body', async () => {
    const html = createHttpTransport({
      baseUrl: 'http://h',
      token: 't',
      fetch: async () => new Response('<html>', { status: 502 }),
    });
    await expect(html.info()).rejects.toMatchObject({ status: 502, code: 'http_502' });
    const down = createHttpTransport({
      baseUrl: 'http://h',
      token: 't',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(down.info()).rejects.toMatchObject({ status: 0, code: 'network_error' });
    const odd = createHttpTransport({
      baseUrl: 'http://h',
      token: 't',
      fetch: async () => json(200, { results: 'nope' }),
    });
    await expect(odd.push([change])).rejects.toMatchObject({ status: 200, code: 'invalid_response' });
  });

  it('gzips a large push body (Content-Encoding: gzip) and sends small ones plain', async () => {
    const f = fakeFetch(() => json(200, { results: [], serverTime }));
    const t = createHttpTransport({ baseUrl: 'http://h:1', token: 'tok', fetch: f.fetch });
    const many = Array.from({ length: 200 }, (_, i) => ({ ...change, id: `c${i}`, entityId: `r${i}` }));
    await t.push(many);
    const big = f.calls[0]?.init;
    expect(big?.headers).toMatchObject({ 'content-type': 'application/json', 'content-encoding': 'gzip' });
    const sent = big?.body as Uint8Array;
    expect(sent).toBeInstanceOf(Uint8Array);
    expect(sent.length).toBeLessThan(JSON.stringify({ changes: many }).length / 4);
    expect(JSON.parse(gunzipSync(sent).toString('utf8'))).toEqual({ changes: many });

    await t.push([change]);
    const small = f.calls[1]?.init;
    expect(small?.headers).not.toHaveProperty('content-encoding');
    expect(JSON.parse(String(small?.body))).toEqual({ changes: [change] });

    const plain = createHttpTransport({ baseUrl: 'http://h:1', token: 'tok', fetch: f.fetch, gzipRequests: false });
    await plain.push(many);
    expect(f.calls[2]?.init?.headers).not.toHaveProperty('content-encoding');
    expect(JSON.parse(String(f.calls[2]?.init?.body))).toEqual({ changes: many });
  });
});

describe('enrollDevice and login', () => {
  it('enroll posts the code and name and returns the typed response', async () => {
    const body = {
      deviceId: 'd1',
      nodeId: '00000000000000a1',
      token: 'tok',
      unit: { id: 'unit-sleman-1', name: 'Unit Keliling 1' },
      serverTime,
      limits,
    };
    const f = fakeFetch(() => json(201, body));
    expect(await enrollDevice('http://h', 'ABCD-1234', 'Laptop Unit 1', { fetch: f.fetch })).toEqual(body);
    expect(f.calls[0]?.url).toBe('http://h/api/v1/devices/enroll');
    expect(JSON.parse(String(f.calls[0]?.init?.body))).toEqual({ code: 'ABCD-1234', name: 'Laptop Unit 1' });
  });

  it('enroll with a used code gives enrollment_code_invalid', async () => {
    const f = fakeFetch(() => json(410, { error: { code: 'enrollment_code_invalid', message: 'Kode tidak berlaku' } }));
    await expect(enrollDevice('http://h', 'X', 'L', { fetch: f.fetch })).rejects.toMatchObject({
      status: 410,
      code: 'enrollment_code_invalid',
    });
  });

  it('login returns token, nodeId and user', async () => {
    const body = { token: 't', nodeId: '00000000000000b2', user: { id: 'u1', role: 'hq', unitId: null } };
    const f = fakeFetch(() => json(200, body));
    expect(await login('http://h', 'hq', 'secret', { fetch: f.fetch })).toEqual(body);
    expect(f.calls[0]?.url).toBe('http://h/api/v1/auth/login');
  });
});

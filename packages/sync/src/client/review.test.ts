import { describe, expect, it } from 'vitest';
import { SyncHttpError } from './errors.js';
import { createHttpTransport } from './http-transport.js';
import { fetchConflicts, fetchRejections } from './review.js';

type Call = { url: string; init: RequestInit | undefined };

function fakeFetch(status: number, body: unknown) {
  const calls: Call[] = [];
  const fetch = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, calls };
}

const conflict = {
  id: '7',
  entity: 'sim_applications',
  entityId: 'r1',
  field: 'address',
  winner: { value: 'A', hlc: '2026-11-28T02:00:00.000Z-0000-aaaaaaaaaaaaaaaa', author: 'device:a' },
  loser: { value: 'B', hlc: '2026-11-28T01:00:00.000Z-0000-bbbbbbbbbbbbbbbb', author: 'device:b' },
  status: 'resolved',
  createdAt: '2026-11-28T02:00:01.000Z',
  resolvedBy: 'user:hq',
  resolvedAt: '2026-11-28T03:00:00.000Z',
  resolvedChangeId: 'c9',
};

describe('review helpers', () => {
  it('fetchConflicts sends the filters and the token, and parses the page', async () => {
    const server = fakeFetch(200, { conflicts: [conflict], cursor: 'next', hasMore: true });
    const page = await fetchConflicts(
      { baseUrl: 'http://server/', token: 'tok', fetch: server.fetch },
      { status: 'resolved', entity: 'sim_applications', limit: 50, cursor: 'abc' },
    );
    expect(page).toEqual({ conflicts: [conflict], cursor: 'next', hasMore: true });
    expect(server.calls[0]!.url).toBe(
      'http://server/api/v1/conflicts?status=resolved&entity=sim_applications&limit=50&cursor=abc',
    );
    expect((server.calls[0]!.init!.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('fetchRejections pages and throws SyncHttpError with the contract code', async () => {
    const ok = fakeFetch(200, { rejections: [], cursor: 'c', hasMore: false });
    expect(await fetchRejections({ baseUrl: 'http://server', token: 't', fetch: ok.fetch })).toEqual({
      rejections: [],
      cursor: 'c',
      hasMore: false,
    });
    expect(ok.calls[0]!.url).toBe('http://server/api/v1/rejections');
    const refused = fakeFetch(401, { error: { code: 'device_revoked', message: 'no' } });
    const error = await fetchRejections({ baseUrl: 'http://server', token: 't', fetch: refused.fetch }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SyncHttpError);
    expect(error).toMatchObject({ status: 401, code: 'device_revoked' });
  });

  it('the HTTP transport completes a retirement with the device id in the path', async () => {
    const server = fakeFetch(200, { device: { id: 'dev/1', status: 'retired' } });
    const transport = createHttpTransport({ baseUrl: 'http://server', token: 't', fetch: server.fetch });
    expect(await transport.retireComplete!('dev/1')).toEqual({ device: { id: 'dev/1', status: 'retired' } });
    expect(server.calls[0]!.url).toBe('http://server/api/v1/devices/dev%2F1/retire/complete');
    expect(server.calls[0]!.init!.method).toBe('POST');
  });
});

import type { Change } from '../change.js';
import { pullResponseSchema, pushResponseSchema, retireCompleteResponseSchema, syncInfoSchema } from '../protocol.js';
import { type FetchLike, requestJson } from './http.js';
import type { SyncTransport, TransportCall } from './ports.js';

export type HttpTransportOptions = {
  /** The server root, e.g. `http://127.0.0.1:8080` (the transport adds `/api/v1`). */
  baseUrl: string;
  /** Device or staff bearer token. */
  token: string;
  fetch?: FetchLike;
  /** Extra headers on every call, e.g. `Accept-Language: en`. */
  headers?: Record<string, string>;
  now?: () => number;
  /** Longest one call may take, headers and body together (ms); default 30 s (`defaultRequestTimeoutMs`). */
  timeoutMs?: number;
  /** Gzip large request bodies (pushes); default true. */
  gzipRequests?: boolean;
  /**
   * A device's count of what it still holds, sent as `Keliling-Outbox: changes=N; uploads=M` on each sync call
   * (an optional addition to the contract) so HQ's device list shows how much each laptop still has to send.
   */
  outbox?: () => Promise<{ changes: number; uploads: number }>;
};

/** The `Keliling-Outbox` header value for a device's counts. */
export function outboxHeaderValue(outbox: { changes: number; uploads: number }): string {
  return `changes=${Math.max(0, Math.trunc(outbox.changes))}; uploads=${Math.max(0, Math.trunc(outbox.uploads))}`;
}

/** The sync calls of the contract over fetch (browser and Node 20). Throws SyncHttpError. */
export function createHttpTransport(options: HttpTransportOptions): SyncTransport {
  const http = {
    baseUrl: options.baseUrl,
    headers: { ...options.headers, authorization: `Bearer ${options.token}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.gzipRequests !== undefined ? { gzipRequests: options.gzipRequests } : {}),
  };
  // A failing count never stops a sync: the header is left out.
  const syncHttp = async () => {
    if (!options.outbox) return http;
    const outbox = await options.outbox().catch(() => null);
    return outbox ? { ...http, headers: { ...http.headers, 'keliling-outbox': outboxHeaderValue(outbox) } } : http;
  };
  return {
    push: async (changes: Change[], call?: TransportCall) =>
      requestJson(await syncHttp(), 'POST', '/sync/push', pushResponseSchema, { changes }, call),
    pull: async (since, limit, call) => {
      const query = new URLSearchParams();
      if (since !== null) query.set('since', since);
      query.set('limit', String(limit));
      return requestJson(
        await syncHttp(),
        'GET',
        `/sync/pull?${query.toString()}`,
        pullResponseSchema,
        undefined,
        call,
      );
    },
    info: async (call) => requestJson(await syncHttp(), 'GET', '/sync/info', syncInfoSchema, undefined, call),
    retireComplete: (deviceId: string, call?: TransportCall) =>
      requestJson(
        http,
        'POST',
        `/devices/${encodeURIComponent(deviceId)}/retire/complete`,
        retireCompleteResponseSchema,
        {},
        call,
      ),
  };
}

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
};

/** The sync calls of the contract over fetch (browser and Node 20). Throws SyncHttpError. */
export function createHttpTransport(options: HttpTransportOptions): SyncTransport {
  const http = {
    baseUrl: options.baseUrl,
    headers: { ...options.headers, authorization: `Bearer ${options.token}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
  };
  return {
    push: (changes: Change[], call?: TransportCall) =>
      requestJson(http, 'POST', '/sync/push', pushResponseSchema, { changes }, call),
    pull: (since, limit, call) => {
      const query = new URLSearchParams();
      if (since !== null) query.set('since', since);
      query.set('limit', String(limit));
      return requestJson(http, 'GET', `/sync/pull?${query.toString()}`, pullResponseSchema, undefined, call);
    },
    info: (call) => requestJson(http, 'GET', '/sync/info', syncInfoSchema, undefined, call),
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

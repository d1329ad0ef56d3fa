import type { z } from 'zod';
import { apiErrorBodySchema } from '../protocol.js';
import { startDeadline } from './deadline.js';
import { parseRetryAfter, SyncHttpError } from './errors.js';
import { gzipMinChars, gzipText } from './gzip-body.js';
import type { TransportCall } from './ports.js';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type HttpOptions = {
  baseUrl: string;
  fetch?: FetchLike;
  headers?: Record<string, string>;
  now?: () => number;
  /** Longest a call may take, headers and body together (ms); default `defaultRequestTimeoutMs`. */
  timeoutMs?: number;
  /** Send bodies of `gzipMinChars` or more gzip-compressed (`Content-Encoding: gzip`); default true. */
  gzipRequests?: boolean;
};

/** A call that has not fully answered after this long is abandoned as a network failure. */
export const defaultRequestTimeoutMs = 30_000;

/** The server root without a trailing slash; the API lives under `/api/v1`. */
export function apiUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/v1${path}`;
}

const networkError = (message: string): SyncHttpError =>
  new SyncHttpError({ status: 0, code: 'network_error', message });

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * One JSON call to the server, parsed with `schema`. Non-2xx answers and network failures are thrown as
 * SyncHttpError (status 0 for no response), a 2xx body that does not match the contract as `invalid_response`.
 * The call settles within `timeoutMs` whatever the connection does: a server that accepts and never answers,
 * or sends headers and then stalls the body, ends as `network_error` (transient).
 */
export async function requestJson<S extends z.ZodType>(
  options: HttpOptions,
  method: 'GET' | 'POST',
  path: string,
  schema: S,
  body?: unknown,
  call: TransportCall = {},
): Promise<z.infer<S>> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const timeoutMs = options.timeoutMs ?? defaultRequestTimeoutMs;
  const deadline = startDeadline(timeoutMs, () => new Error(`no complete answer within ${timeoutMs} ms`), call.signal);
  const why = (e: unknown) => messageOf(deadline.signal.aborted ? deadline.signal.reason : e);
  let response: Response;
  let text = '';
  try {
    try {
      const payload = body === undefined ? undefined : await requestBody(JSON.stringify(body), options, headers);
      response = await deadline.race(
        fetchFn(apiUrl(options.baseUrl, path), {
          method,
          headers,
          signal: deadline.signal,
          ...(payload !== undefined ? { body: payload } : {}),
        }),
      );
    } catch (e) {
      throw networkError(why(e));
    }
    try {
      text = await deadline.race(response.text());
    } catch (e) {
      // The connection broke or stalled while the body was arriving: a network failure (transient), not a
      // contract breach. (A non-2xx answer without its body still says what the server meant.)
      if (response.ok || deadline.signal.aborted) throw networkError(`response cut off: ${why(e)}`);
    }
  } finally {
    deadline.clear();
  }
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(json);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), (options.now ?? Date.now)());
    throw new SyncHttpError({
      status: response.status,
      code: parsed.success ? parsed.data.error.code : `http_${response.status}`,
      message: parsed.success ? parsed.data.error.message : `HTTP ${response.status}`,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      ...(parsed.success && parsed.data.error.details ? { details: parsed.data.error.details } : {}),
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new SyncHttpError({
      status: response.status,
      code: 'invalid_response',
      message: `unexpected response from ${method} ${path}: ${parsed.error.message}`,
    });
  }
  return parsed.data;
}

/** The body as sent: gzip (and its header) for a large one when the platform can compress, else the JSON text. */
async function requestBody(
  json: string,
  options: HttpOptions,
  headers: Record<string, string>,
): Promise<string | Uint8Array<ArrayBuffer>> {
  if (options.gzipRequests === false || json.length < gzipMinChars) return json;
  const gzipped = await gzipText(json);
  if (gzipped === null) return json;
  headers['content-encoding'] = 'gzip';
  return gzipped;
}

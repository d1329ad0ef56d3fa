import type { z } from 'zod';
import { apiErrorBodySchema } from '../protocol.js';
import { parseRetryAfter, SyncHttpError } from './errors.js';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type HttpOptions = {
  baseUrl: string;
  fetch?: FetchLike;
  headers?: Record<string, string>;
  now?: () => number;
};

/** The server root without a trailing slash; the API lives under `/api/v1`. */
export function apiUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/v1${path}`;
}

/**
 * One JSON call to the server, parsed with `schema`. Non-2xx answers and network failures are thrown as
 * SyncHttpError (status 0 for no response), a 2xx body that does not match the contract as `invalid_response`.
 */
export async function requestJson<S extends z.ZodType>(
  options: HttpOptions,
  method: 'GET' | 'POST',
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.infer<S>> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetchFn(apiUrl(options.baseUrl, path), {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (e) {
    throw new SyncHttpError({ status: 0, code: 'network_error', message: e instanceof Error ? e.message : String(e) });
  }
  const text = await response.text().catch(() => '');
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

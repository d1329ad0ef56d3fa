import {
  type ConflictListResponse,
  conflictListResponseSchema,
  type RejectionListResponse,
  rejectionListResponseSchema,
} from '../protocol.js';
import { type FetchLike, requestJson } from './http.js';

export type ReviewOptions = {
  /** The server root, e.g. `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** Device or staff bearer token. */
  token: string;
  fetch?: FetchLike;
  headers?: Record<string, string>;
};

export type ConflictListQuery = {
  status?: 'open' | 'resolved';
  entity?: string;
  limit?: number;
  cursor?: string | null;
};
export type RejectionListQuery = { limit?: number; cursor?: string | null };

function http(options: ReviewOptions) {
  return {
    baseUrl: options.baseUrl,
    headers: { ...options.headers, authorization: `Bearer ${options.token}` },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
}

function queryString(params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null) query.set(key, String(value));
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** One page of recorded conflicts (oldest first); follow `cursor` while `hasMore`. Throws SyncHttpError. */
export function fetchConflicts(options: ReviewOptions, query: ConflictListQuery = {}): Promise<ConflictListResponse> {
  const path = `/conflicts${queryString({ status: query.status, entity: query.entity, limit: query.limit, cursor: query.cursor })}`;
  return requestJson(http(options), 'GET', path, conflictListResponseSchema);
}

/** One page of the rejection log (a device: its own; staff: their scope), oldest first. Throws SyncHttpError. */
export function fetchRejections(
  options: ReviewOptions,
  query: RejectionListQuery = {},
): Promise<RejectionListResponse> {
  const path = `/rejections${queryString({ limit: query.limit, cursor: query.cursor })}`;
  return requestJson(http(options), 'GET', path, rejectionListResponseSchema);
}

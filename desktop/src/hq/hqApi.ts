import {
  type FetchLike,
  type HistoryResponse,
  historyResponseSchema,
  type RecordListResponse,
  type RecordView,
  recordListResponseSchema,
  recordViewSchema,
  requestJson,
} from '@keliling/sync';
import { z } from 'zod';
import type { StaffSession } from '../staff/staffSession';

/** The services HQ reviews, in the order the screens list them. */
export const reviewEntities = ['sim_applications', 'skck_applications', 'crowd_permit_requests'] as const;
export type ReviewEntity = (typeof reviewEntities)[number];

export type RecordQuery = { unitId?: string; status?: string; q?: string; limit?: number; cursor?: string | null };

function http(session: StaffSession, fetchFn?: FetchLike) {
  return {
    baseUrl: session.serverUrl,
    headers: { authorization: `Bearer ${session.token}`, 'accept-language': 'id' },
    ...(fetchFn ? { fetch: fetchFn } : {}),
  };
}

function queryString(params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/** One page of an entity's merged records, filtered on the server (`GET /records/:entity`). Throws SyncHttpError. */
export function fetchRecords(
  session: StaffSession,
  entity: string,
  query: RecordQuery = {},
  fetchFn?: FetchLike,
): Promise<RecordListResponse> {
  const path = `/records/${encodeURIComponent(entity)}${queryString({ ...query })}`;
  return requestJson(http(session, fetchFn), 'GET', path, recordListResponseSchema);
}

/** Every page of an entity's records matching `query` (the dashboard counts all of them, not a first page). */
export async function fetchAllRecords(
  session: StaffSession,
  entity: string,
  query: Omit<RecordQuery, 'cursor' | 'limit'> = {},
  fetchFn?: FetchLike,
): Promise<RecordListResponse['records']> {
  const all: RecordListResponse['records'] = [];
  let cursor: string | null | undefined;
  for (;;) {
    const page = await fetchRecords(session, entity, { ...query, limit: 500, cursor }, fetchFn);
    all.push(...page.records);
    if (!page.hasMore || !page.cursor) return all;
    cursor = page.cursor;
  }
}

/** A record's changes and the conflicts recorded on it (`GET /records/:entity/:id/history`). */
export function fetchHistory(
  session: StaffSession,
  entity: string,
  id: string,
  fetchFn?: FetchLike,
): Promise<HistoryResponse> {
  const path = `/records/${encodeURIComponent(entity)}/${encodeURIComponent(id)}/history`;
  return requestJson(http(session, fetchFn), 'GET', path, historyResponseSchema);
}

/** A record's merged current state (`GET /records/:entity/:id`). */
export function fetchRecord(
  session: StaffSession,
  entity: string,
  id: string,
  fetchFn?: FetchLike,
): Promise<RecordView> {
  const path = `/records/${encodeURIComponent(entity)}/${encodeURIComponent(id)}`;
  return requestJson(http(session, fetchFn), 'GET', path, recordViewSchema);
}

const deviceListSchema = z.object({
  devices: z.array(
    z.object({
      id: z.string(),
      unitId: z.string(),
      unitName: z.string().nullish(),
      name: z.string(),
      status: z.string(),
      lastSeenAt: z.string().nullish(),
      outbox: z.object({ changes: z.number(), uploads: z.number(), reportedAt: z.string() }).nullish(),
    }),
  ),
});
export type DeviceListing = z.infer<typeof deviceListSchema>['devices'][number];

/** Enrolled devices with when each last reached the server (`GET /admin/devices`, HQ and admin). */
export async function fetchDevices(
  session: StaffSession,
  unitId?: string,
  fetchFn?: FetchLike,
): Promise<DeviceListing[]> {
  const path = `/admin/devices${queryString({ unitId })}`;
  return (await requestJson(http(session, fetchFn), 'GET', path, deviceListSchema)).devices;
}

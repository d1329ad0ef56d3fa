import { apiUrl, type FetchLike, requestJson, SyncHttpError } from '@keliling/sync';
import { z } from 'zod';
import type { StaffSession } from '../staff/staffSession';

/** HQ's oversight endpoints: the audit log and its verification, the notification outbox, reports. */
function http(session: StaffSession, fetchFn?: FetchLike) {
  return {
    baseUrl: session.serverUrl,
    headers: { authorization: `Bearer ${session.token}`, 'accept-language': 'id' },
    ...(fetchFn ? { fetch: fetchFn } : {}),
  };
}

function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : '';
}

const auditEntrySchema = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  actorKind: z.string(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  cursor: z.string().nullable(),
  hasMore: z.boolean(),
});
export type AuditFilter = {
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  since?: string;
  until?: string;
};

export const fetchAudit = (session: StaffSession, filter: AuditFilter, cursor: string | null, limit = 50) =>
  requestJson(http(session), 'GET', `/audit${query({ ...filter, cursor, limit })}`, auditPageSchema);

const verifySchema = z.union([
  z.object({ ok: z.literal(true), entries: z.number(), checkedAt: z.string() }),
  z.object({
    ok: z.literal(false),
    seq: z.number(),
    reason: z.enum(['hash', 'link']),
    entry: auditEntrySchema.nullable(),
    checkedAt: z.string(),
  }),
]);
export type AuditVerification = z.infer<typeof verifySchema>;
export const verifyAudit = (session: StaffSession) => requestJson(http(session), 'GET', '/audit/verify', verifySchema);

export const outboxStates = ['pending', 'sent', 'failed'] as const;
export type OutboxState = (typeof outboxStates)[number];
const notificationSchema = z.object({
  id: z.string(),
  entity: z.string(),
  entityId: z.string(),
  status: z.string(),
  phone: z.string(),
  body: z.string(),
  state: z.enum(outboxStates),
  attempts: z.number(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof notificationSchema>;
const notificationPageSchema = z.object({
  notifications: z.array(notificationSchema),
  cursor: z.string().nullable(),
  hasMore: z.boolean(),
});
export const fetchNotifications = (session: StaffSession, state: OutboxState | '', cursor: string | null) =>
  requestJson(
    http(session),
    'GET',
    `/notifications${query({ status: state, cursor, limit: 50 })}`,
    notificationPageSchema,
  );
export const retryNotification = (session: StaffSession, id: string) =>
  requestJson(
    http(session),
    'POST',
    `/notifications/${encodeURIComponent(id)}/retry`,
    z.object({ notification: z.object({ id: z.string(), state: z.string() }) }),
    {},
  );

const ikmSchema = z.object({ index: z.number(), grade: z.enum(['A', 'B', 'C', 'D']), responses: z.number() });
const satisfactionSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  gradeTable: z.object({
    regulation: z.string(),
    confirmed: z.boolean(),
    grades: z.array(z.object({ grade: z.string(), min: z.number(), label: z.string() })),
  }),
  overall: ikmSchema.nullable(),
  elements: z.record(z.string(), z.number().nullable()),
  byService: z.array(z.object({ service: z.string(), ikm: ikmSchema })),
  byMonth: z.array(z.object({ month: z.string(), ikm: ikmSchema })),
  byOfficer: z.array(
    z.object({ officerId: z.string(), name: z.string().nullable(), unitId: z.string().nullable(), ikm: ikmSchema }),
  ),
  units: z.array(
    z.object({
      unitId: z.string(),
      ikm: ikmSchema.nullable(),
      complaints: z.record(z.string(), z.number()),
      officers: z.array(
        z.object({
          officerId: z.string(),
          name: z.string(),
          ikm: ikmSchema.nullable(),
          trainings: z.array(
            z.object({ trainingId: z.string(), title: z.string(), topic: z.string(), date: z.string() }),
          ),
        }),
      ),
      officersTrained: z.number(),
    }),
  ),
});
export type SatisfactionReport = z.infer<typeof satisfactionSchema>;
export const fetchSatisfaction = (session: StaffSession, p: { unitId?: string; from?: string; to?: string }) =>
  requestJson(http(session), 'GET', `/reports/satisfaction${query(p)}`, satisfactionSchema);

/**
 * The monthly PDF of a unit as a Blob (the bearer token rides in a header, never in the URL), or a SyncHttpError
 * carrying the server's JSON error.
 */
export async function fetchMonthlyPdf(session: StaffSession, unitId: string, month: string): Promise<Blob> {
  const url = apiUrl(session.serverUrl, `/reports/monthly.pdf${query({ unitId, month })}`);
  const res = await fetch(url, { headers: { authorization: `Bearer ${session.token}`, 'accept-language': 'id' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
    throw new SyncHttpError({
      status: res.status,
      code: body?.error?.code ?? `http_${res.status}`,
      message: body?.error?.message ?? `HTTP ${res.status}`,
    });
  }
  return res.blob();
}

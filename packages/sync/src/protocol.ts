import { z } from 'zod';
import { changeSchema, idSchema } from './change.js';

/** Wire shapes of sync-api.md, version 1. Objects are not strict: the contract may add optional fields. */

export const protocolVersion = 1;

export const limitsSchema = z.object({
  maxBatchChanges: z.number().int().positive(),
  maxBatchBytes: z.number().int().positive(),
  maxPullLimit: z.number().int().positive(),
  maxClockSkewMs: z.number().int().nonnegative(),
});
export type Limits = z.infer<typeof limitsSchema>;

/** The contract's minimums (and the default skew), used until the server has stated its own. */
export const defaultLimits: Limits = Object.freeze({
  maxBatchChanges: 1000,
  maxBatchBytes: 4 * 1024 * 1024,
  maxPullLimit: 1000,
  maxClockSkewMs: 300_000,
});

const isoInstant = z.string().min(1);

// ---- errors ----
export const apiErrorDetailSchema = z.object({ path: z.string(), code: z.string(), message: z.string() });
export const apiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.array(apiErrorDetailSchema).optional() }),
});
export type ApiErrorDetail = z.infer<typeof apiErrorDetailSchema>;
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

/** Error codes of the contract's table (others may appear; match by code). */
export const apiErrorCodes = [
  'invalid_json',
  'invalid_request',
  'unauthorized',
  'device_revoked',
  'forbidden',
  'not_found',
  'resync_required',
  'enrollment_code_invalid',
  'batch_too_large',
  'rate_limited',
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

// ---- push ----
export const pushStatuses = ['applied', 'duplicate', 'stale', 'rejected'] as const;
export type PushStatus = (typeof pushStatuses)[number];

/** Rejection codes named by the contract; the server may add more, so the schema accepts any string. */
export const rejectionCodes = [
  'invalid_field',
  'invalid_nik',
  'forbidden_transition',
  'out_of_scope',
  'unknown_entity',
  'id_reused',
  'clock_skew',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

export const rejectionReasonSchema = z.object({ code: z.string(), message: z.string(), field: z.string().optional() });
export type RejectionReason = z.infer<typeof rejectionReasonSchema>;

export const pushStatusSchema = z.enum(pushStatuses);

export const pushOriginalSchema = z.object({
  status: pushStatusSchema,
  reason: rejectionReasonSchema.optional(),
});
export type PushOriginal = z.infer<typeof pushOriginalSchema>;

export const pushResultSchema = z.object({
  id: z.string(),
  status: pushStatusSchema,
  reason: rejectionReasonSchema.optional(),
  original: pushOriginalSchema.optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushRequestSchema = z.object({ changes: z.array(changeSchema) });
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResponseSchema = z.object({ results: z.array(pushResultSchema), serverTime: isoInstant });
export type PushResponse = z.infer<typeof pushResponseSchema>;

// ---- pull ----
export const pullQuerySchema = z.object({
  since: z.string().optional(),
  limit: z.coerce.number().int().positive().optional(),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

export const pullResponseSchema = z.object({
  changes: z.array(changeSchema),
  cursor: z.string(),
  hasMore: z.boolean(),
  serverTime: isoInstant,
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

// ---- identity ----
export const enrollRequestSchema = z.object({ code: z.string().min(1), name: z.string().min(1).max(200) });
export type EnrollRequest = z.infer<typeof enrollRequestSchema>;

export const nodeIdSchema = z.string().regex(/^[0-9a-f]{16}$/);

export const enrollResponseSchema = z.object({
  deviceId: z.string(),
  nodeId: nodeIdSchema,
  token: z.string(),
  unit: z.object({ id: z.string(), name: z.string() }),
  serverTime: isoInstant,
  limits: limitsSchema,
});
export type EnrollResponse = z.infer<typeof enrollResponseSchema>;

export const roles = ['officer', 'coordinator', 'hq', 'admin'] as const;
export type Role = (typeof roles)[number];

export const loginRequestSchema = z.object({ username: z.string().min(1), password: z.string().min(1) });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  nodeId: nodeIdSchema,
  user: z.object({ id: z.string(), role: z.enum(roles), unitId: z.string().nullable().optional() }),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const deviceStatuses = ['active', 'retired', 'revoked'] as const;
export type DeviceStatus = (typeof deviceStatuses)[number];

export const syncInfoSchema = z.object({
  serverTime: isoInstant,
  protocol: z.number().int(),
  limits: limitsSchema,
  /** Optional addition: a device's own standing; `retired` asks it to push everything, then wipe. */
  device: z.object({ id: z.string(), status: z.string() }).optional(),
});
export type SyncInfo = z.infer<typeof syncInfoSchema>;

// ---- records (read side) ----
export const recordViewSchema = z.object({
  id: idSchema,
  entity: z.string(),
  fields: z.record(z.string(), z.unknown()),
  deleted: z.boolean(),
  updatedAt: isoInstant,
});
export type RecordView = z.infer<typeof recordViewSchema>;

export const recordListQuerySchema = z.object({
  unitId: z.string().optional(),
  status: z.string().optional(),
  q: z.string().optional(),
  updatedSince: z.string().optional(),
  limit: z.coerce.number().int().positive().optional(),
  cursor: z.string().optional(),
});
export type RecordListQuery = z.infer<typeof recordListQuerySchema>;

export const recordListResponseSchema = z.object({
  records: z.array(recordViewSchema),
  cursor: z.string().nullish(),
  hasMore: z.boolean(),
});
export type RecordListResponse = z.infer<typeof recordListResponseSchema>;

export const historyEntrySchema = changeSchema.extend({
  status: pushStatusSchema,
  author: z.string(),
  receivedAt: isoInstant,
  reason: rejectionReasonSchema.optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

// ---- conflicts and rejections ----
const conflictSideSchema = z.object({
  value: z.unknown(),
  hlc: z.string(),
  author: z.string(),
  /** Optional addition: the change that wrote this value (links a conflict to the record's history). */
  changeId: z.string().optional(),
});
export const conflictSchema = z.object({
  id: z.string(),
  entity: z.string(),
  entityId: z.string(),
  field: z.string(),
  winner: conflictSideSchema,
  loser: conflictSideSchema,
  status: z.enum(['open', 'resolved']),
  createdAt: isoInstant,
  /** Optional additions, once a later change to the field has resolved it: who, when, and which change. */
  resolvedBy: z.string().optional(),
  resolvedAt: isoInstant.optional(),
  resolvedChangeId: z.string().optional(),
});
export type Conflict = z.infer<typeof conflictSchema>;
export const conflictListResponseSchema = z.object({
  conflicts: z.array(conflictSchema),
  cursor: z.string().nullish(),
  hasMore: z.boolean(),
});
export type ConflictListResponse = z.infer<typeof conflictListResponseSchema>;

/** A record's history; `conflicts` (optional addition) lists the conflicts recorded on the record, oldest first. */
export const historyResponseSchema = z.object({
  changes: z.array(historyEntrySchema),
  conflicts: z.array(conflictSchema).optional(),
});
export type HistoryResponse = z.infer<typeof historyResponseSchema>;

export const rejectionEntrySchema = z.object({
  changeId: z.string(),
  change: changeSchema,
  reason: rejectionReasonSchema,
  author: z.string(),
  createdAt: isoInstant,
});
export type RejectionEntry = z.infer<typeof rejectionEntrySchema>;
export const rejectionListResponseSchema = z.object({
  rejections: z.array(rejectionEntrySchema),
  cursor: z.string().nullish(),
  hasMore: z.boolean(),
});
export type RejectionListResponse = z.infer<typeof rejectionListResponseSchema>;

export const retireCompleteResponseSchema = z.object({ device: z.object({ id: z.string(), status: z.string() }) });
export type RetireCompleteResponse = z.infer<typeof retireCompleteResponseSchema>;

// ---- health ----
export const healthResponseSchema = z.object({ ok: z.boolean() });

import { createHash, randomBytes } from 'node:crypto';
import {
  checkCrowdPermitRequest,
  checkLostItemReport,
  checkLostItems,
  checkPortalForm,
  complaintSchema,
  crowdPermitIssuingLevel,
  crowdPermitRequestSchema,
  type EventScale,
  errorsOf,
  eventScales,
  formatAccessCode,
  localDateOf,
  lostItemReportSchema,
  lostItemSchema,
  makeReceiptNumber,
  maxLostItems,
  portalFieldNames,
  portalService,
  type ReceiptService,
  type RuleIssue,
  ruleMessage,
} from '@keliling/domain';
import type { ApiErrorDetail } from '@keliling/sync';
import type { z } from 'zod';
import type { AuditLog } from '../audit/audit-log.js';
import type { SqliteDatabase } from '../db/open.js';
import type { Lang } from '../http/lang.js';
import { issueMessage } from '../http/messages.js';
import { canonicalJson } from '../store/content-hash.js';
import type { ReceiptIndex } from '../store/receipts.js';
import type { SyncStore } from '../store/types.js';

/** A UUIDv7 (records.md: ids are ULIDs or UUIDv7 made where the record is created). */
export function uuidV7(ms: number): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The services a citizen may file through the portal, and what the portal fills in itself. The fields a citizen
 * may send are the portal form's (@keliling/domain `portalServices`), checked by the same `checkPortalForm`.
 */
export const portalEntities = {
  lost_item_reports: {
    service: 'LAP',
    initialStatus: 'submitted',
    schema: lostItemReportSchema,
    citizenFields: portalFieldNames('lost_item_reports'),
  },
  crowd_permit_requests: {
    service: 'IZN',
    initialStatus: 'submitted',
    schema: crowdPermitRequestSchema,
    citizenFields: portalFieldNames('crowd_permit_requests'),
  },
  complaints: {
    service: 'ADU',
    initialStatus: 'received',
    schema: complaintSchema,
    citizenFields: portalFieldNames('complaints'),
  },
} as const satisfies Record<
  string,
  { service: ReceiptService; initialStatus: string; schema: z.ZodType; citizenFields: readonly string[] }
>;
export type PortalEntity = keyof typeof portalEntities;
export const isPortalEntity = (s: unknown): s is PortalEntity =>
  typeof s === 'string' && Object.hasOwn(portalEntities, s);

export { maxLostItems };
/** A second identical submission from the same phone within this window gets the first one's receipt back. */
export const duplicateWindowMs = 24 * 60 * 60_000;
/** The device code the portal's receipt numbers carry (devices derive theirs from a random id; taken numbers are skipped). */
export const portalDeviceCode = 'ZZZZ';

export type SubmissionInput = {
  entity: PortalEntity;
  fields: Record<string, unknown>;
  items: Record<string, unknown>[];
  attachments: string[];
  phone: string;
  phoneHash: string;
  pendingId: string;
};

export type Receipt = { receiptNumber: string; accessCode: string; entityId: string; contentHash: string };

/** What is wrong with a submission, one detail per field, in the caller's language. */
export type Invalid = { ok: false; details: ApiErrorDetail[] };
export type Built = {
  ok: true;
  record: Record<string, unknown>;
  items: Record<string, unknown>[];
  warnings: { code: string; field: string; message: string }[];
};

const zodIssues = (error: z.ZodError, lang: Lang, prefix: string[]): ApiErrorDetail[] =>
  error.issues.slice(0, 50).map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join('.'),
    code: issue.code,
    message: issueMessage(issue.code, issue.message, lang),
  }));

const ruleDetails = (issues: RuleIssue[], lang: Lang): ApiErrorDetail[] =>
  issues.map((i) => ({ path: `fields.${i.field}`, code: i.code, message: ruleMessage(i, lang) }));

/**
 * The record (and child records) a submission becomes, judged by the domain's schemas and rules; the server
 * fills in the unit, the day, the first status, the phone (verified by the code), and for a crowd permit the
 * level that decides. Fields the server fills, or that the service does not have, are refused by name.
 */
export function buildSubmission(
  input: Pick<SubmissionInput, 'entity' | 'fields' | 'items' | 'phone'>,
  context: { unitId: string; now: number; lang: Lang; receiptNumber: string; accessCode: string },
): Built | Invalid {
  const spec = portalEntities[input.entity];
  const allowed: readonly string[] = spec.citizenFields;
  const unknown = Object.keys(input.fields).filter((f) => !allowed.includes(f));
  if (unknown.length > 0) {
    return {
      ok: false,
      details: unknown.map((f) => ({
        path: `fields.${f}`,
        code: 'unrecognized_keys',
        message:
          context.lang === 'en'
            ? `This service's form has no field "${f}".`
            : `Formulir layanan ini tidak memiliki isian "${f}".`,
      })),
    };
  }
  const createdAt = new Date(context.now).toISOString();
  const today = localDateOf(createdAt);
  const record: Record<string, unknown> = {
    ...input.fields,
    unitId: context.unitId,
    createdAt,
    status: spec.initialStatus,
    phone: input.phone,
    receiptNumber: context.receiptNumber,
    accessCode: context.accessCode,
  };
  if (input.entity === 'complaints' && record.anonymous === true) {
    // Anonymous: name and NIK are not collected (the verified phone stays, to send the status to).
    delete record.fullName;
    delete record.nik;
  }
  if (input.entity === 'crowd_permit_requests' && eventScales.includes(record.scale as EventScale)) {
    record.issuingLevel = crowdPermitIssuingLevel({ scale: record.scale as EventScale });
  }
  // The portal's own checks first, so the answer names the same fields with the same words as the form.
  const fieldMessages = [
    ...checkPortalForm(portalService(input.entity), record, context.lang, today),
    ...(input.entity === 'lost_item_reports' ? checkLostItems(input.items, context.lang) : []),
  ];
  if (fieldMessages.length > 0) {
    return {
      ok: false,
      details: fieldMessages.map((m) => ({
        path: m.field.startsWith('items') ? m.field : `fields.${m.field}`,
        code: 'invalid_field',
        message: m.message,
      })),
    };
  }
  const parsed = spec.schema.safeParse(record);
  if (!parsed.success) return { ok: false, details: zodIssues(parsed.error, context.lang, ['fields']) };

  const items: Record<string, unknown>[] = [];
  if (input.entity === 'lost_item_reports') {
    if (input.items.length === 0 || input.items.length > maxLostItems) {
      return {
        ok: false,
        details: [
          {
            path: 'items',
            code: 'too_small',
            message:
              context.lang === 'en'
                ? `Name between 1 and ${maxLostItems} lost items`
                : `Sebutkan 1 sampai ${maxLostItems} barang yang hilang.`,
          },
        ],
      };
    }
    const details: ApiErrorDetail[] = [];
    input.items.forEach((item, i) => {
      const child = { ...item, reportId: 'pending', unitId: context.unitId, createdAt };
      const result = lostItemSchema.safeParse(child);
      if (!result.success) details.push(...zodIssues(result.error, context.lang, ['items', String(i)]));
      else items.push(child);
    });
    if (details.length > 0) return { ok: false, details };
  } else if (input.items.length > 0) {
    return {
      ok: false,
      details: [{ path: 'items', code: 'unrecognized_keys', message: 'items: lost_item_reports only' }],
    };
  }

  const issues =
    input.entity === 'lost_item_reports'
      ? checkLostItemReport(parsed.data as never, { today })
      : input.entity === 'crowd_permit_requests'
        ? checkCrowdPermitRequest(parsed.data as never, { today })
        : [];
  const errors = errorsOf(issues);
  if (errors.length > 0) return { ok: false, details: ruleDetails(errors, context.lang) };
  const warnings = issues
    .filter((i) => i.severity === 'warning')
    .map((i) => ({ code: i.code, field: i.field, message: ruleMessage(i, context.lang) }));
  return { ok: true, record, items, warnings };
}

export function submissionContentHash(input: SubmissionInput): string {
  const content = canonicalJson({
    entity: input.entity,
    fields: input.fields,
    items: input.items,
    attachments: [...input.attachments].sort(),
    phone: input.phoneHash,
  });
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

type SubmissionRow = {
  receipt_number: string;
  access_code: string;
  entity_id: string;
  pending_id: string;
  content_hash: string;
};

export type SubmissionStore = ReturnType<typeof createSubmissionStore>;

/**
 * Writes a verified submission as ordinary records through the store's server changes (so they sync to HQ and the
 * unit like any other, with the receipt index, audit and notification effects), binds its uploads to the record,
 * and audits it, all in one transaction.
 */
export function createSubmissionStore(
  db: SqliteDatabase,
  input: { store: SyncStore; audit: AuditLog; receipts: ReceiptIndex; now: () => number },
) {
  const s = {
    byPending: db.prepare<[string], SubmissionRow>('SELECT * FROM public_submissions WHERE pending_id = ?'),
    byContent: db.prepare<[string, string], SubmissionRow>(
      'SELECT * FROM public_submissions WHERE content_hash = ? AND created_at > ? ORDER BY created_at DESC LIMIT 1',
    ),
    byReceipt: db.prepare<[string], SubmissionRow & { entity: string }>(
      'SELECT * FROM public_submissions WHERE receipt_number = ?',
    ),
    insert: db.prepare(
      `INSERT INTO public_submissions (receipt_number, entity, entity_id, access_code, content_hash, phone_hash, pending_id, created_at)
       VALUES (@receiptNumber, @entity, @entityId, @accessCode, @contentHash, @phoneHash, @pendingId, @createdAt)`,
    ),
    nextSeq: db.prepare<[string], { next_seq: number }>(
      `INSERT INTO public_receipt_sequence (service, next_seq) VALUES (?, 1)
       ON CONFLICT (service) DO UPDATE SET next_seq = next_seq + 1 RETURNING next_seq`,
    ),
    uploads: db.prepare<[string], { sha256: string; mime: string; size: number; name: string }>(
      'SELECT sha256, mime, size, name FROM public_uploads WHERE pending_id = ? ORDER BY created_at',
    ),
    ref: db.prepare('INSERT OR IGNORE INTO attachment_refs (sha256, entity, entity_id) VALUES (?, ?, ?)'),
  };

  const toReceipt = (row: SubmissionRow): Receipt => ({
    receiptNumber: row.receipt_number,
    accessCode: row.access_code,
    entityId: row.entity_id,
    contentHash: row.content_hash,
  });

  function nextReceiptNumber(service: ReceiptService): string {
    for (;;) {
      const sequence = s.nextSeq.get(service)!.next_seq;
      const receiptNumber = makeReceiptNumber({ service, deviceCode: portalDeviceCode, sequence });
      if (!input.receipts.find(receiptNumber)) return receiptNumber;
    }
  }

  return {
    /** A submission of the same content (and phone) within the duplicate window. */
    findDuplicate(contentHash: string): Receipt | null {
      const row = s.byContent.get(contentHash, new Date(input.now() - duplicateWindowMs).toISOString());
      return row ? toReceipt(row) : null;
    },
    findByPending: (pendingId: string): Receipt | null => {
      const row = s.byPending.get(pendingId);
      return row ? toReceipt(row) : null;
    },
    uploadsOf: (pendingId: string) => s.uploads.all(pendingId),
    /** The portal row behind a receipt (staff look up its uploads). */
    byReceipt: (receiptNumber: string) => s.byReceipt.get(receiptNumber) ?? null,

    create(
      submission: SubmissionInput,
      build: (receiptNumber: string, accessCode: string) => Built | Invalid,
      contentHash: string,
    ): { ok: true; receipt: Receipt; warnings: Built['warnings'] } | Invalid {
      return db
        .transaction(() => {
          const spec = portalEntities[submission.entity];
          const receiptNumber = nextReceiptNumber(spec.service);
          const accessCode = formatAccessCode(randomBytes(5));
          const built = build(receiptNumber, accessCode);
          if (!built.ok) return built;
          const entityId = uuidV7(input.now());
          const unitId = built.record.unitId as string;
          input.store.writeServerChange({ entity: submission.entity, entityId, unitId, fields: built.record });
          for (const item of built.items) {
            input.store.writeServerChange({
              entity: 'lost_items',
              entityId: uuidV7(input.now()),
              unitId,
              fields: { ...item, reportId: entityId },
            });
          }
          for (const sha256 of submission.attachments) s.ref.run(sha256, submission.entity, entityId);
          const createdAt = new Date(input.now()).toISOString();
          s.insert.run({
            receiptNumber,
            entity: submission.entity,
            entityId,
            accessCode,
            contentHash,
            phoneHash: submission.phoneHash,
            pendingId: submission.pendingId,
            createdAt,
          });
          input.audit.append({
            actor: 'public:portal',
            actorKind: 'anonymous',
            action: 'public_submission',
            entity: submission.entity,
            entityId,
            details: { receiptNumber, unitId, items: built.items.length, attachments: submission.attachments.length },
          });
          return {
            ok: true as const,
            receipt: { receiptNumber, accessCode, entityId, contentHash },
            warnings: built.warnings,
          };
        })
        .immediate();
    },
  };
}

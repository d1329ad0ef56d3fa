import { createHash, timingSafeEqual } from 'node:crypto';
import { citizenStatus, isLabelKey, type Lang, label } from '@keliling/domain';
import express, { type Router } from 'express';
import type { AppContext } from '../http/context.js';
import { HttpError, langOf } from '../http/errors.js';
import { limitByAddress } from '../http/rate-limit.js';
import type { ReceiptIndex } from '../store/receipts.js';
import type { StoredRecord } from '../store/types.js';

/** Entities a citizen may look up by receipt. */
const publicEntities = new Set([
  'sim_applications',
  'skck_applications',
  'lost_item_reports',
  'complaints',
  'crowd_permit_requests',
]);

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
/** Compared when there is no record, so a miss takes the same path as a wrong secret. */
const decoy = digest('\u0000no-record');

/** What the caller proves: `n:<last four NIK digits>` or `c:<access code>`; null when neither is well-formed. */
function claimOf(query: Record<string, unknown>): string | null {
  const { nik4, code } = query;
  if (typeof nik4 === 'string' && /^\d{4}$/.test(nik4)) return `n:${nik4}`;
  if (typeof code === 'string' && code.length > 0 && code.length <= 64) return `c:${code}`;
  return null;
}

function secretOf(fields: Record<string, unknown>, claim: string): string | null {
  if (claim.startsWith('n:'))
    return typeof fields.nik === 'string' && fields.nik.length >= 4 ? `n:${fields.nik.slice(-4)}` : null;
  return typeof fields.accessCode === 'string' && fields.accessCode !== '' ? `c:${fields.accessCode}` : null;
}

export type PublicStatus = {
  receiptNumber: string;
  service: string;
  status: string;
  statusLabel: string;
  updatedAt: string;
  /** The next steps as one text (the contract's field), and the same steps one by one. */
  nextSteps: string;
  steps: string[];
  /** What the status means for the resident. */
  meaning: string;
  /** The reason staff wrote (a rejection, or what is still needed), shown to the resident; null when none. */
  reason: string | null;
};

/** Where a record stands, in the resident's words (the citizen vocabulary of @keliling/domain). */
export function publicStatusOf(record: StoredRecord, receiptNumber: string, status: string, lang: Lang): PublicStatus {
  const entityKey = `entity.${record.entity}`;
  const reason = typeof record.fields.statusReason === 'string' ? record.fields.statusReason : null;
  const reading = citizenStatus(record.entity, status, lang, reason);
  return {
    receiptNumber,
    service: isLabelKey(entityKey) ? label(entityKey, lang) : record.entity,
    status,
    statusLabel: reading.title,
    updatedAt: record.updatedAt,
    nextSteps: reading.nextSteps.join(' '),
    steps: reading.nextSteps,
    meaning: reading.meaning,
    reason: reading.reason,
  };
}

/**
 * The record behind a receipt when the caller proves it (`n:<nik4>` or `c:<access code>`), else null, after the
 * same lookup and comparison whatever was wrong. Shared by the status endpoint, the portal's plain-HTML status
 * page, the status-link survey and the letter download.
 */
export function findByReceipt(
  ctx: AppContext,
  receipts: ReceiptIndex,
  receiptInput: string,
  query: Record<string, unknown>,
  lang: Lang = 'id',
): { receiptNumber: string; record: StoredRecord; status: PublicStatus } | null {
  const receiptNumber = receiptInput.slice(0, 64).toUpperCase();
  const claim = claimOf(query) ?? 'x:';
  const ref = receipts.find(receiptNumber);
  const record = ref && publicEntities.has(ref.entity) ? ctx.store.getRecord(ref.entity, ref.entityId) : null;
  const usable = record && !record.deleted ? record : null;
  const secret = usable ? secretOf(usable.fields, claim) : null;
  const matches = timingSafeEqual(digest(claim), secret === null ? decoy : digest(secret));
  const status = usable?.fields.status;
  if (!usable || secret === null || !matches || typeof status !== 'string') return null;
  return { receiptNumber, record: usable, status: publicStatusOf(usable, receiptNumber, status, lang) };
}

/**
 * `GET /public/status/:receiptNumber?nik4=` or `?code=` (sync-api.md "Public"): unknown, malformed, wrong proof
 * all answer the same 404, after the same lookup and comparison.
 */
export function publicRoutes(ctx: AppContext, receipts: ReceiptIndex): Router {
  const router = express.Router();
  router.get('/public/status/:receiptNumber', limitByAddress(ctx.rate.address), (req, res) => {
    const found = findByReceipt(
      ctx,
      receipts,
      String(req.params.receiptNumber),
      req.query as Record<string, unknown>,
      langOf(req),
    );
    if (!found) throw new HttpError(404, 'not_found');
    res.json(found.status);
  });
  return router;
}

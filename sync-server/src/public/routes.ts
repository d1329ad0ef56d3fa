import {
  addDays,
  type EventScale,
  eventScales,
  isIsoDate,
  latestApplicationDate,
  normalizePhone,
  surveyAnswersSchema,
} from '@keliling/domain';
import express, { type Request, type Router } from 'express';
import { z } from 'zod';
import { authenticate, principalOf, requireStaff } from '../auth/authenticate.js';
import { inScope } from '../auth/principal.js';
import type { AppContext } from '../http/context.js';
import { langOf, zodDetails } from '../http/errors.js';
import { limitByAddress, type RateLimiter, rateLimited } from '../http/rate-limit.js';
import { findByReceipt } from '../routes/public.js';
import type { ReceiptIndex } from '../store/receipts.js';
import { PortalError, portalErrorHandler } from './errors.js';
import { holidayKinds } from './holidays.js';
import { lostItemsOf, sktlkPdf } from './letter.js';
import { phoneHash } from './otp.js';
import type { Portal } from './portal.js';
import { buildSubmission, isPortalEntity, type SubmissionInput, submissionContentHash } from './submissions.js';
import { publicUploadRoutes } from './uploads.js';

const sha256List = z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(10);
const otpRequestSchema = z.strictObject({
  phone: z.string().max(32),
  challenge: z.string().max(64),
  nonce: z.string().max(32),
  pendingId: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .optional(),
});
const submissionSchema = z.strictObject({
  entity: z.string().max(64),
  fields: z.record(z.string(), z.unknown()),
  items: z.array(z.record(z.string(), z.unknown())).max(20).optional(),
  attachments: sha256List.optional(),
  phone: z.string().max(32),
  otp: z.string().max(16),
  pendingId: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .optional(),
});
const surveySchema = z.strictObject({
  receiptNumber: z.string().min(1).max(64),
  nik4: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  accessCode: z.string().min(1).max(64).optional(),
  answers: surveyAnswersSchema,
  comment: z.string().max(2000).optional(),
});
const letterSchema = z.strictObject({
  receiptNumber: z.string().min(1).max(64),
  nik4: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  accessCode: z.string().min(1).max(64).optional(),
});
const holidaySchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(holidayKinds),
  source: z.string().trim().min(1).max(200).optional(),
});
const slaSchema = z.strictObject({
  firstResponseHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365),
  resolutionHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365),
});

function parse<T>(schema: z.ZodType<T>, value: unknown, req: Request): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new PortalError(400, 'invalid_request', { details: zodDetails(result.error, langOf(req)) });
}

function take(limiter: RateLimiter, key: string): void {
  const decision = limiter.take(key);
  if (!decision.ok) throw rateLimited(decision.retryAfterSeconds);
}

function phoneOf(raw: string): string {
  const phone = normalizePhone(raw);
  if (phone === null)
    throw new PortalError(400, 'invalid_phone', {
      details: [{ path: 'phone', code: 'invalid_phone', message: 'phone' }],
    });
  return phone;
}

/**
 * The citizen portal's API (sync-api.md "Public", extended): challenge, one-time code, submissions, uploads,
 * the crowd-permit deadline, holidays, status-link surveys; and for staff the holiday table, complaint SLA
 * targets and overdue complaints, and a submission's uploads.
 */
export function portalRoutes(ctx: AppContext, receipts: ReceiptIndex, portal: Portal): Router {
  const router = express.Router();
  const json = express.json({ limit: '64kb' });
  const byAddress = limitByAddress(portal.limits.address);
  const auth = authenticate(ctx.store, ctx.rate);

  router.get('/public/challenge', limitByAddress(ctx.rate.address), (_req, res) => {
    res.json(portal.pow.issue());
  });

  router.post('/public/otp', byAddress, json, (req, res) => {
    const body = parse(otpRequestSchema, req.body, req);
    const phone = phoneOf(body.phone);
    if (!portal.pow.verify(body.challenge, body.nonce)) throw new PortalError(400, 'pow_invalid');
    take(portal.limits.phone, `otp:${phoneHash(phone)}`);
    const pending = portal.otp.issue(phone, body.pendingId);
    res.status(202).json(pending);
  });

  router.use(
    '/public/uploads',
    publicUploadRoutes({
      db: portal.db,
      store: ctx.store,
      otp: portal.otp,
      logger: ctx.logger,
      now: ctx.now,
      dataDir: portal.dataDir,
      limiter: ctx.rate.address,
      options: portal.uploads,
    }),
  );

  router.post('/public/submissions', byAddress, json, (req, res) => {
    const lang = langOf(req);
    const body = parse(submissionSchema, req.body, req);
    if (!isPortalEntity(body.entity)) throw new PortalError(400, 'unknown_entity');
    const phone = phoneOf(body.phone);
    const hash = phoneHash(phone);
    take(portal.limits.phone, `submit:${hash}`);
    const pendingId = body.pendingId ?? portal.otp.latestFor(phone);
    if (pendingId === null) throw new PortalError(401, 'otp_invalid');
    const check = portal.otp.check(pendingId, phone, body.otp);
    if (!check.ok) throw new PortalError(check.code === 'otp_expired' ? 410 : 401, check.code);

    const submission: SubmissionInput = {
      entity: body.entity,
      fields: body.fields,
      items: body.items ?? [],
      attachments: body.attachments ?? [],
      phone,
      phoneHash: hash,
      pendingId,
    };
    const contentHash = submissionContentHash(submission);
    const again = (receipt: { receiptNumber: string; accessCode: string }) =>
      res.status(200).json({ receiptNumber: receipt.receiptNumber, accessCode: receipt.accessCode, duplicate: true });

    if (check.used) {
      const earlier = portal.submissions.findByPending(pendingId);
      if (earlier && earlier.contentHash === contentHash) return again(earlier);
      const duplicate = portal.submissions.findDuplicate(contentHash);
      if (duplicate) return again(duplicate);
      throw new PortalError(409, 'otp_used');
    }
    const duplicate = portal.submissions.findDuplicate(contentHash);
    if (duplicate) {
      portal.otp.markUsed(pendingId);
      return again(duplicate);
    }
    const uploaded = new Set(portal.submissions.uploadsOf(pendingId).map((u) => u.sha256));
    const missing = submission.attachments.filter((sha) => !uploaded.has(sha));
    if (missing.length > 0) {
      throw new PortalError(400, 'upload_unknown', {
        details: missing.map((sha) => ({ path: 'attachments', code: 'upload_unknown', message: sha })),
      });
    }
    const result = portal.db
      .transaction(() => {
        const created = portal.submissions.create(
          submission,
          (receiptNumber, accessCode) =>
            buildSubmission(submission, {
              unitId: portal.serviceDeskUnitId,
              now: ctx.now(),
              lang,
              receiptNumber,
              accessCode,
            }),
          contentHash,
        );
        if (created.ok) portal.otp.markUsed(pendingId);
        return created;
      })
      .immediate();
    if (!result.ok) throw new PortalError(400, 'invalid_field', { details: result.details });
    res.status(201).json({
      receiptNumber: result.receipt.receiptNumber,
      accessCode: result.receipt.accessCode,
      warnings: result.warnings,
    });
  });

  router.get('/public/crowd-permits/latest-date', limitByAddress(ctx.rate.address), (req, res) => {
    const eventDate = String(req.query.eventDate ?? '');
    const scale = String(req.query.scale ?? '');
    if (!isIsoDate(eventDate) || !eventScales.includes(scale as EventScale)) {
      throw new PortalError(400, 'invalid_request', {
        details: [{ path: 'eventDate', code: 'invalid_format', message: 'eventDate=YYYY-MM-DD&scale=…' }],
      });
    }
    const holidays = portal.holidays.datesBetween(addDays(eventDate, -120), eventDate);
    // Whether the table has the event's year at all (an admin adds each year's SKB); without it only weekends count.
    const holidaysKnown = portal.holidays.list(Number(eventDate.slice(0, 4))).length > 0;
    res.json({ ...latestApplicationDate(eventDate, scale as EventScale, holidays), holidaysKnown });
  });

  router.get('/public/holidays', limitByAddress(ctx.rate.address), (req, res) => {
    const year = Number(req.query.year ?? new Date(ctx.now()).getUTCFullYear());
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new PortalError(400, 'invalid_request');
    res.json({ year, holidays: portal.holidays.list(year) });
  });

  router.post('/public/surveys', byAddress, json, (req, res) => {
    const body = parse(surveySchema, req.body, req);
    const claim = body.nik4 !== undefined ? { nik4: body.nik4 } : { code: body.accessCode };
    const found = findByReceipt(ctx, receipts, body.receiptNumber, claim);
    if (!found) throw new PortalError(404, 'not_found');
    const outcome = portal.surveys.record(found.receiptNumber, found.record, body.answers, body.comment);
    if (!outcome.ok) {
      if (outcome.code === 'survey_exists') throw new PortalError(409, 'survey_exists');
      if (outcome.code === 'not_delivered') throw new PortalError(409, 'not_delivered');
      throw new PortalError(400, 'invalid_field', {
        details: [{ path: 'answers', code: 'invalid_field', message: outcome.message ?? '' }],
      });
    }
    res.status(201).json({ ok: true });
  });

  // The SKTLK letter of an issued lost-item report, for the receipt holder (the proof in the body, not the URL).
  router.post('/public/letters', byAddress, json, (req, res) => {
    const body = parse(letterSchema, req.body, req);
    const claim = body.nik4 !== undefined ? { nik4: body.nik4 } : { code: body.accessCode };
    const found = findByReceipt(ctx, receipts, body.receiptNumber, claim);
    if (found?.record.entity !== 'lost_item_reports' || found.record.fields.status !== 'issued') {
      throw new PortalError(404, 'not_found');
    }
    const report = found.record;
    const unit = report.unitId ? ctx.store.getUnit(report.unitId) : null;
    const pdf = sktlkPdf(report, lostItemsOf(portal.db, report.id), unit?.name ?? 'Kepolisian Resor');
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="SKTLK-${found.receiptNumber}.pdf"`);
    res.send(pdf);
  });

  // Staff: the holiday table (admins edit), SLA targets, overdue complaints, a submission's uploads.
  router.put('/holidays/:date', auth, requireStaff('admin'), json, (req, res) => {
    const date = String(req.params.date);
    if (!isIsoDate(date)) throw new PortalError(400, 'invalid_request');
    const body = parse(holidaySchema, req.body, req);
    const principal = principalOf(res);
    const holiday = ctx.audit.record(
      () => portal.holidays.put({ date, name: body.name, kind: body.kind, source: body.source ?? 'admin' }),
      () => ({
        actor: principal.author,
        actorKind: 'user',
        action: 'holiday_put',
        details: { date, kind: body.kind },
      }),
    );
    res.json(holiday);
  });
  router.delete('/holidays/:date', auth, requireStaff('admin'), (req, res) => {
    const date = String(req.params.date);
    const principal = principalOf(res);
    const removed = ctx.audit.record(
      () => portal.holidays.remove(date),
      (done) =>
        done ? { actor: principal.author, actorKind: 'user', action: 'holiday_delete', details: { date } } : null,
    );
    if (!removed) throw new PortalError(404, 'not_found');
    res.status(204).end();
  });

  router.get('/complaints/sla', auth, requireStaff(), (_req, res) => {
    res.json({ targets: portal.sla.targets() });
  });
  router.put('/complaints/sla/:urgency', auth, requireStaff('admin'), json, (req, res) => {
    const body = parse(slaSchema, req.body, req);
    const urgency = String(req.params.urgency);
    const principal = principalOf(res);
    const changed = ctx.audit.record(
      () => portal.sla.setTarget(urgency, body.firstResponseHours, body.resolutionHours),
      (done) =>
        done
          ? { actor: principal.author, actorKind: 'user', action: 'complaint_sla_put', details: { urgency, ...body } }
          : null,
    );
    if (!changed) throw new PortalError(404, 'not_found');
    res.json({ targets: portal.sla.targets() });
  });
  router.get('/complaints/overdue', auth, requireStaff('hq', 'coordinator', 'admin'), (_req, res) => {
    res.json({ overdue: portal.sla.overdue(principalOf(res).scope) });
  });

  router.get('/portal/submissions/:receiptNumber/attachments', auth, requireStaff(), (req, res) => {
    const row = portal.submissions.byReceipt(String(req.params.receiptNumber).toUpperCase());
    const record = row ? ctx.store.getRecord(row.entity, row.entity_id) : null;
    if (!row || !record || !inScope(principalOf(res).scope, record.unitId)) throw new PortalError(404, 'not_found');
    res.json({
      entity: row.entity,
      entityId: row.entity_id,
      attachments: portal.submissions.uploadsOf(row.pending_id),
    });
  });

  router.use(portalErrorHandler);
  return router;
}

import { isEntityName } from '@keliling/domain';
import express, { type Router } from 'express';
import { z } from 'zod';
import { principalOf, requireStaff } from '../auth/authenticate.js';
import type { Scope } from '../auth/principal.js';
import { inScope } from '../auth/principal.js';
import type { AppContext } from '../http/context.js';
import { HttpError, parseOr400 } from '../http/errors.js';
import { allRecords } from '../reports/all-records.js';
import { toCsv } from '../reports/csv.js';
import { monthlyReport, serviceEntities } from '../reports/monthly.js';
import { renderMonthlyPdf } from '../reports/monthly-pdf.js';
import { satisfactionReport } from '../reports/satisfaction.js';
import type { StoredRecord } from '../store/types.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const csvQuery = z.object({ unitId: z.string().max(64).optional(), from: date.optional(), to: date.optional() });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const monthlyPdfQuery = z.object({ unitId: z.string().min(1).max(64), month });
const satisfactionQuery = z
  .object({ unitId: z.string().min(1).max(64).optional(), from: date.optional(), to: date.optional() })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'from after to',
    path: ['from'],
  });
const monthlyQuery = z.object({
  unitId: z.string().max(64).optional(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});

const dayOf = (r: StoredRecord) => {
  const at = r.fields.createdAt ?? r.fields.date ?? r.fields.startedAt;
  return typeof at === 'string' ? at.slice(0, 10) : r.updatedAt.slice(0, 10);
};

/** CSV exports (audited) and the monthly summary; coordinators within their units, HQ and admin everywhere. */
export function reportRoutes(ctx: AppContext): Router {
  const router = express.Router();
  const staff = requireStaff('coordinator', 'hq', 'admin');
  const checkUnit = (scope: Scope, unitId: string | undefined) => {
    if (unitId !== undefined && !inScope(scope, unitId)) throw new HttpError(403, 'forbidden');
  };

  const monthlyOf = (scope: Scope, month: string, unitId: string | undefined) =>
    monthlyReport(
      { month, unitId: unitId ?? null },
      {
        services: serviceEntities.flatMap((e) => allRecords(ctx.store, e, scope, unitId)),
        visits: allRecords(ctx.store, 'visits', scope, unitId),
        outreach: allRecords(ctx.store, 'outreach_sessions', scope, unitId),
      },
    );

  router.get('/reports/monthly', staff, (req, res) => {
    const q = parseOr400(monthlyQuery, req.query, req);
    const { scope } = principalOf(res);
    checkUnit(scope, q.unitId);
    res.json(monthlyOf(scope, q.month, q.unitId));
  });

  // The satisfaction index per unit, service, officer and month, beside complaint outcomes and officers' trainings.
  router.get('/reports/satisfaction', staff, (req, res) => {
    const q = parseOr400(satisfactionQuery, req.query, req);
    const { scope } = principalOf(res);
    checkUnit(scope, q.unitId);
    if (q.unitId !== undefined && !ctx.store.getUnit(q.unitId)) throw new HttpError(404, 'not_found');
    const unitIds =
      q.unitId !== undefined
        ? [q.unitId]
        : ctx.store
            .listUnits()
            .filter((u) => inScope(scope, u.id))
            .map((u) => u.id);
    const read = (entity: string) => allRecords(ctx.store, entity, scope, q.unitId);
    res.json(
      satisfactionReport(
        {
          surveys: read('satisfaction_surveys'),
          complaints: read('complaints'),
          officers: read('officers'),
          trainings: allRecords(ctx.store, 'trainings', scope, undefined),
          attendance: allRecords(ctx.store, 'training_attendance', scope, undefined),
          unitIds,
        },
        { from: q.from, to: q.to },
      ),
    );
  });

  // The printable report of one unit (issue 6 item 8): HQ only, the same figures as the JSON, audited as an export.
  router.get('/reports/monthly.pdf', requireStaff('hq'), async (req, res) => {
    const q = parseOr400(monthlyPdfQuery, req.query, req);
    const principal = principalOf(res);
    const unit = ctx.store.getUnit(q.unitId);
    if (!unit) throw new HttpError(404, 'not_found');
    const report = monthlyOf(principal.scope, q.month, q.unitId);
    const pdf = await renderMonthlyPdf(report, {
      unitName: unit.name,
      polres: unit.polres,
      generatedBy: principal.author,
      generatedAt: `${new Date(ctx.now()).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    });
    ctx.audit.record(
      () => null,
      () => ({
        actor: principal.author,
        actorKind: 'user',
        action: 'export',
        entity: 'units',
        entityId: unit.id,
        details: { format: 'pdf', report: 'monthly', month: q.month, bytes: pdf.length },
      }),
    );
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="laporan-${unit.id}-${q.month}.pdf"`);
    res.send(pdf);
  });

  router.get('/reports/:file', staff, (req, res) => {
    const file = String(req.params.file);
    const entity = file.endsWith('.csv') ? file.slice(0, -4) : '';
    if (!isEntityName(entity)) throw new HttpError(404, 'not_found');
    const q = parseOr400(csvQuery, req.query, req);
    const principal = principalOf(res);
    checkUnit(principal.scope, q.unitId);
    const records = allRecords(ctx.store, entity, principal.scope, q.unitId).filter((r) => {
      const day = dayOf(r);
      return !r.deleted && (q.from === undefined || day >= q.from) && (q.to === undefined || day <= q.to);
    });
    const fields = [...new Set(records.flatMap((r) => Object.keys(r.fields)))].filter((f) => f !== 'unitId').sort();
    const header = ['id', 'unitId', 'updatedAt', ...fields];
    const rows = records.map((r) => [r.id, r.unitId, r.updatedAt, ...fields.map((f) => r.fields[f])]);
    const csv = ctx.audit.record(
      () => toCsv(header, rows),
      () => ({
        actor: principal.author,
        actorKind: 'user',
        action: 'export',
        entity,
        details: {
          format: 'csv',
          unitId: q.unitId ?? null,
          from: q.from ?? null,
          to: q.to ?? null,
          records: records.length,
        },
      }),
    );
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${entity}.csv"`);
    res.send(csv);
  });

  return router;
}

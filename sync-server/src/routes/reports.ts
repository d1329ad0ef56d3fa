import { isEntityName } from '@keliling/domain';
import express, { type Router } from 'express';
import { z } from 'zod';
import { principalOf, requireStaff } from '../auth/authenticate.js';
import type { Scope } from '../auth/principal.js';
import { inScope } from '../auth/principal.js';
import type { AppContext } from '../http/context.js';
import { HttpError, parseOr400 } from '../http/errors.js';
import { toCsv } from '../reports/csv.js';
import { monthlyReport, serviceEntities } from '../reports/monthly.js';
import type { StoredRecord, SyncStore } from '../store/types.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const csvQuery = z.object({ unitId: z.string().max(64).optional(), from: date.optional(), to: date.optional() });
const monthlyQuery = z.object({
  unitId: z.string().max(64).optional(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});

/** Every record of an entity in scope (optionally one unit), page by page. */
function allRecords(store: SyncStore, entity: string, scope: Scope, unitId: string | undefined): StoredRecord[] {
  const out: StoredRecord[] = [];
  let before: string | undefined;
  for (;;) {
    const page = store.listRecords({ entity, scope, unitId, before, limit: 1000 });
    out.push(...page.records);
    if (!page.hasMore) return out;
    before = page.records[page.records.length - 1]!.id;
  }
}

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

  router.get('/reports/monthly', staff, (req, res) => {
    const q = parseOr400(monthlyQuery, req.query, req);
    const { scope } = principalOf(res);
    checkUnit(scope, q.unitId);
    const services = serviceEntities.flatMap((e) => allRecords(ctx.store, e, scope, q.unitId));
    res.json(
      monthlyReport(
        { month: q.month, unitId: q.unitId ?? null },
        {
          services,
          visits: allRecords(ctx.store, 'visits', scope, q.unitId),
          outreach: allRecords(ctx.store, 'outreach_sessions', scope, q.unitId),
        },
      ),
    );
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

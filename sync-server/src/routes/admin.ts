import { validateRecord } from '@keliling/domain';
import express, { type Router } from 'express';
import { z } from 'zod';
import type { AuditInput } from '../audit/audit-log.js';
import { principalOf, requireStaff } from '../auth/authenticate.js';
import { hashPassword } from '../auth/password.js';
import { makePinVerifier } from '../auth/pin-verifier.js';
import { addUser, roles } from '../auth/users.js';
import type { AppContext } from '../http/context.js';
import { HttpError, parseOr400 } from '../http/errors.js';
import { allRecords } from '../reports/all-records.js';
import type { AdminStore } from '../store/admin.js';

const id = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/);
const role = z.enum(roles as [string, ...string[]]).transform((r) => r as (typeof roles)[number]);
const password = z.string().min(8).max(1000);
const pin = z.string().regex(/^\d{6}$/);
const userBody = z.object({
  username: z.string().trim().min(1).max(200),
  role,
  unitId: id.nullish(),
  polres: z.string().max(100).nullish(),
  name: z.string().max(200).nullish(),
  password,
});
const roleBody = z.object({ role, unitId: id.nullish(), polres: z.string().max(100).nullish() });
const unitBody = z.object({ id, name: z.string().trim().min(1).max(200), polres: z.string().max(100).nullish() });
const officerBody = z.object({
  id: id.optional(),
  unitId: id,
  name: z.string().trim().min(1).max(200),
  nrp: z.string().max(18),
  role: role.default('officer'),
  rank: z.string().max(100).optional(),
  pin,
});
const feeTableBody = z.object({
  id,
  regulation: z.string().min(1).max(200),
  validFrom: z.string().max(10),
  rows: z.array(z.unknown()).min(1).max(100),
  notes: z.string().max(2000).optional(),
});

/** A record the server writes must pass the same entity rules a device's change would. */
function checkRecord(entity: string, fields: Record<string, unknown>): void {
  const result = validateRecord(entity, fields);
  if (!result.ok) {
    throw new HttpError(400, 'invalid_request', {
      details: [{ path: result.field ?? '', code: result.code, message: result.message }],
    });
  }
}

/**
 * Admin (records.md): users, units, officers, devices, enrollment codes, fee tables. HQ may read units, officers,
 * devices, pending codes and the actors' names. Every write is audited in its own transaction.
 */
export function adminRoutes(ctx: AppContext, admin: AdminStore): Router {
  const router = express.Router();
  const json = express.json({ limit: '64kb' });
  const adminOnly = requireStaff('admin');
  const readers = requireStaff('hq', 'admin');
  const by = (res: express.Response) => ({ actor: principalOf(res).author, actorKind: 'user' as const });
  const audited = <T>(work: () => T, entry: (r: T) => AuditInput | null) => ctx.audit.record(work, entry);

  router.get('/admin/users', adminOnly, (_req, res) => {
    res.json({ users: admin.listUsers() });
  });

  router.post('/admin/users', adminOnly, json, async (req, res) => {
    const body = parseOr400(userBody, req.body, req);
    const actor = by(res);
    const result = await addUser(ctx.store, {
      username: body.username,
      role: body.role,
      unitId: body.unitId ?? null,
      polres: body.polres ?? null,
      name: body.name ?? null,
      password: body.password,
    });
    if (!result.ok) throw new HttpError(result.code === 'username_taken' ? 409 : 400, result.code);
    const { user } = result;
    audited(
      () => null,
      () => ({
        ...actor,
        action: 'user_create',
        entity: 'users',
        entityId: user.id,
        details: { role: user.role, unitId: user.unitId },
      }),
    );
    res.status(201).json({ user });
  });

  router.post('/admin/users/:userId/role', adminOnly, json, (req, res) => {
    const body = parseOr400(roleBody, req.body, req);
    const before = admin.getUser(String(req.params.userId));
    if (!before) throw new HttpError(404, 'not_found');
    const unitId = body.unitId ?? null;
    if (unitId !== null && !ctx.store.getUnit(unitId)) throw new HttpError(400, 'unknown_unit');
    if (body.role === 'officer' && unitId === null) throw new HttpError(400, 'unit_required');
    const user = audited(
      () => admin.setRole(before.id, body.role, unitId, body.polres ?? null)!,
      (u) => ({
        ...by(res),
        action: 'user_role_change',
        entity: 'users',
        entityId: u.id,
        details: { from: before.role, to: u.role, unitId: u.unitId },
      }),
    );
    res.json({ user });
  });

  router.post('/admin/users/:userId/password', adminOnly, json, async (req, res) => {
    const body = parseOr400(z.object({ password }), req.body, req);
    const user = admin.getUser(String(req.params.userId));
    if (!user) throw new HttpError(404, 'not_found');
    const hash = await hashPassword(body.password);
    audited(
      () => admin.setPassword(user.id, hash),
      () => ({ ...by(res), action: 'user_password_reset', entity: 'users', entityId: user.id }),
    );
    res.status(204).end();
  });

  router.post('/admin/users/:userId/status', adminOnly, json, (req, res) => {
    const body = parseOr400(z.object({ status: z.enum(['active', 'disabled']) }), req.body, req);
    const before = admin.getUser(String(req.params.userId));
    if (!before) throw new HttpError(404, 'not_found');
    const actor = by(res);
    // An admin who locks themselves out needs the CLI to get back in.
    const self = principalOf(res);
    if (self.kind === 'user' && self.userId === before.id && body.status === 'disabled') {
      throw new HttpError(409, 'cannot_disable_self', { messageKey: 'invalid_request' });
    }
    const user = audited(
      () => admin.setStatus(before.id, body.status)!,
      (u) => ({
        ...actor,
        action: u.status === 'disabled' ? 'user_disable' : 'user_enable',
        entity: 'users',
        entityId: u.id,
        details: { from: before.status, to: u.status },
      }),
    );
    res.json({ user });
  });

  router.get('/admin/units', readers, (_req, res) => {
    res.json({ units: ctx.store.listUnits() });
  });

  router.post('/admin/units', adminOnly, json, (req, res) => {
    const body = parseOr400(unitBody, req.body, req);
    if (ctx.store.getUnit(body.id)) throw new HttpError(409, 'unit_exists');
    const unit = audited(
      () => ctx.store.createUnit({ id: body.id, name: body.name, polres: body.polres ?? null }),
      (u) => ({ ...by(res), action: 'unit_create', entity: 'units', entityId: u.id, details: { polres: u.polres } }),
    );
    res.status(201).json({ unit });
  });

  router.post('/admin/officers', adminOnly, json, async (req, res) => {
    const body = parseOr400(officerBody, req.body, req);
    if (!ctx.store.getUnit(body.unitId)) throw new HttpError(400, 'unknown_unit');
    const officerId = body.id ?? crypto.randomUUID();
    if (ctx.store.getRecord('officers', officerId)) throw new HttpError(409, 'officer_exists');
    const fields: Record<string, unknown> = {
      unitId: body.unitId,
      name: body.name,
      nrp: body.nrp,
      role: body.role,
      ...(body.rank ? { rank: body.rank } : {}),
      active: true,
      createdAt: new Date(ctx.now()).toISOString(),
      pinVerifier: await makePinVerifier(body.pin),
    };
    checkRecord('officers', fields);
    audited(
      () => ctx.store.writeServerChange({ entity: 'officers', entityId: officerId, unitId: body.unitId, fields }),
      () => ({
        ...by(res),
        action: 'officer_create',
        entity: 'officers',
        entityId: officerId,
        details: { unitId: body.unitId },
      }),
    );
    res
      .status(201)
      .json({ officer: { id: officerId, unitId: body.unitId, name: body.name, nrp: body.nrp, role: body.role } });
  });

  // Officers of one unit without their PIN verifiers (the admin screen never needs them).
  router.get('/admin/officers', readers, (req, res) => {
    const q = parseOr400(z.object({ unitId: id }), req.query, req);
    if (!ctx.store.getUnit(q.unitId)) throw new HttpError(404, 'not_found');
    const officers = allRecords(ctx.store, 'officers', { all: true }, q.unitId)
      .filter((r) => !r.deleted)
      .map((r) => ({
        id: r.id,
        unitId: r.unitId,
        name: r.fields.name,
        nrp: r.fields.nrp,
        role: r.fields.role,
        rank: r.fields.rank ?? null,
        active: r.fields.active ?? true,
        updatedAt: r.updatedAt,
      }));
    res.json({ officers });
  });

  // A PIN reset is a new verifier, synced to the unit's devices like any change.
  router.post('/admin/officers/:officerId/pin', adminOnly, json, async (req, res) => {
    const body = parseOr400(z.object({ pin }), req.body, req);
    const officer = ctx.store.getRecord('officers', String(req.params.officerId));
    if (!officer || officer.deleted) throw new HttpError(404, 'not_found');
    const pinVerifier = await makePinVerifier(body.pin);
    audited(
      () =>
        ctx.store.writeServerChange({
          entity: 'officers',
          entityId: officer.id,
          unitId: officer.unitId,
          fields: { pinVerifier },
        }),
      () => ({
        ...by(res),
        action: 'officer_pin_reset',
        entity: 'officers',
        entityId: officer.id,
        details: { unitId: officer.unitId },
      }),
    );
    res.json({ officer: { id: officer.id, unitId: officer.unitId } });
  });

  router.get('/admin/enrollment-codes', readers, (_req, res) => {
    res.json({ codes: admin.pendingCodes() });
  });

  router.get('/admin/devices', readers, (req, res) => {
    const unitId = typeof req.query.unitId === 'string' ? req.query.unitId : null;
    res.json({ devices: admin.listDevices(unitId) });
  });

  // The names behind the author ids of the audit log, conflicts and rejections (`user:…`, `device:…`, officer ids),
  // in one read for HQ's screens: names only, no roles, statuses or PIN verifiers. Disabled users, retired devices
  // and deleted officers stay listed, because old entries still name them.
  router.get('/admin/actors', readers, (_req, res) => {
    const text = (value: unknown) => (typeof value === 'string' ? value : null);
    res.json({
      users: admin.listUsers().map((u) => ({ id: u.id, username: u.username, name: u.name })),
      officers: allRecords(ctx.store, 'officers', { all: true }, undefined).map((r) => ({
        id: r.id,
        unitId: r.unitId,
        name: text(r.fields.name),
      })),
      devices: admin.listDevices(null).map((d) => ({ id: d.id, name: d.name, unitId: d.unitId, unitName: d.unitName })),
    });
  });

  router.post('/admin/fee-tables', adminOnly, json, (req, res) => {
    const body = parseOr400(feeTableBody, req.body, req);
    const { id: tableId, ...fields } = body;
    checkRecord('fee_tables', fields);
    const outcome = audited(
      () => ctx.store.writeServerChange({ entity: 'fee_tables', entityId: tableId, unitId: null, fields }),
      () => ({
        ...by(res),
        action: 'fee_table_publish',
        entity: 'fee_tables',
        entityId: tableId,
        details: { regulation: body.regulation, validFrom: body.validFrom, rows: body.rows.length },
      }),
    );
    res.status(201).json({ feeTable: { id: tableId, ...fields }, outcome });
  });

  return router;
}

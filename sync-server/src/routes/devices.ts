import express, { type Router } from 'express';
import { z } from 'zod';
import { principalOf, requireStaff } from '../auth/authenticate.js';
import { issueEnrollmentCode } from '../auth/enrollment.js';
import { inScope } from '../auth/principal.js';
import type { AppContext } from '../http/context.js';
import { HttpError, parseOr400 } from '../http/errors.js';
import type { Device } from '../store/types.js';

const codeBody = z.object({
  unitId: z.string().min(1).max(64),
  ttlHours: z
    .number()
    .positive()
    .max(24 * 30)
    .optional(),
});

const deviceView = (d: Device) => ({
  id: d.id,
  unitId: d.unitId,
  name: d.name,
  status: d.status,
  enrolledAt: d.enrolledAt,
  lastSeenAt: d.lastSeenAt,
});

/** Device administration: enrollment codes (coordinator for its units, HQ, admin), revoke and retire (HQ, admin). */
export function deviceRoutes(ctx: AppContext): Router {
  const router = express.Router();
  const json = express.json({ limit: '16kb' });

  router.post('/enrollment-codes', requireStaff('coordinator', 'hq', 'admin'), json, (req, res) => {
    const body = parseOr400(codeBody, req.body ?? {}, req);
    const principal = principalOf(res);
    if (!inScope(principal.scope, body.unitId)) throw new HttpError(403, 'forbidden');
    const issued = issueEnrollmentCode(ctx.store, {
      unitId: body.unitId,
      ttlMs: body.ttlHours !== undefined ? body.ttlHours * 3_600_000 : ctx.enrollmentTtlMs,
      createdBy: principal.author,
      now: ctx.now(),
    });
    if (!issued.ok) throw new HttpError(404, 'not_found');
    res.status(201).json({ code: issued.code, unitId: issued.unitId, expiresAt: issued.expiresAt });
  });

  for (const action of ['revoke', 'retire'] as const) {
    router.post(`/devices/:deviceId/${action}`, requireStaff('hq', 'admin'), (req, res) => {
      const device = ctx.store.getDevice(String(req.params.deviceId));
      if (!device) throw new HttpError(404, 'not_found');
      // Retiring never un-revokes a device.
      const status = action === 'revoke' || device.status === 'revoked' ? 'revoked' : 'retired';
      const updated = ctx.store.setDeviceStatus(device.id, status, principalOf(res).author);
      ctx.logger.info({ deviceId: device.id, status }, `device ${action}d`);
      res.json({ device: deviceView(updated!) });
    });
  }

  return router;
}

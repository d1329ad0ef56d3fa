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
  retireCompletedAt: d.retireCompletedAt,
});

/** Device administration: enrollment codes (coordinator for its units, HQ, admin), revoke and retire (HQ, admin). */
export function deviceRoutes(ctx: AppContext): Router {
  const router = express.Router();
  const json = express.json({ limit: '16kb' });

  router.post('/enrollment-codes', requireStaff('coordinator', 'hq', 'admin'), json, (req, res) => {
    const body = parseOr400(codeBody, req.body ?? {}, req);
    const principal = principalOf(res);
    if (!inScope(principal.scope, body.unitId)) throw new HttpError(403, 'forbidden');
    const issued = ctx.audit.record(
      () =>
        issueEnrollmentCode(ctx.store, {
          unitId: body.unitId,
          ttlMs: body.ttlHours !== undefined ? body.ttlHours * 3_600_000 : ctx.enrollmentTtlMs,
          createdBy: principal.author,
          now: ctx.now(),
        }),
      (r) =>
        r.ok
          ? {
              actor: principal.author,
              actorKind: 'user',
              action: 'enrollment_code_issue',
              entity: 'units',
              entityId: r.unitId,
              details: { expiresAt: r.expiresAt },
            }
          : null,
    );
    if (!issued.ok) throw new HttpError(404, 'not_found');
    res.status(201).json({ code: issued.code, unitId: issued.unitId, expiresAt: issued.expiresAt });
  });

  for (const action of ['revoke', 'retire'] as const) {
    router.post(`/devices/:deviceId/${action}`, requireStaff('hq', 'admin'), (req, res) => {
      const device = ctx.store.getDevice(String(req.params.deviceId));
      if (!device) throw new HttpError(404, 'not_found');
      // Retiring never un-revokes a device.
      const status = action === 'revoke' || device.status === 'revoked' ? 'revoked' : 'retired';
      const author = principalOf(res).author;
      const updated = ctx.audit.record(
        () => ctx.store.setDeviceStatus(device.id, status, author),
        () => ({
          actor: author,
          actorKind: 'user',
          action: `device_${action}`,
          entity: 'devices',
          entityId: device.id,
          details: { unitId: device.unitId, from: device.status, to: status },
        }),
      );
      ctx.logger.info({ deviceId: device.id, status }, `device ${action}d`);
      res.json({ device: deviceView(updated!) });
    });
  }

  // The retire handshake's last step: the device itself says its final push is done and it is wiping.
  router.post('/devices/:deviceId/retire/complete', (req, res) => {
    const principal = principalOf(res);
    if (principal.kind !== 'device' || principal.deviceId !== String(req.params.deviceId)) {
      throw new HttpError(403, 'forbidden');
    }
    if (principal.status !== 'retired') throw new HttpError(409, 'not_retired');
    const device = ctx.audit.record(
      () => ctx.store.completeRetirement(principal.deviceId)!,
      (d) => ({
        actor: principal.author,
        actorKind: 'device',
        action: 'device_retire_complete',
        entity: 'devices',
        entityId: d.id,
        details: { unitId: d.unitId },
      }),
    );
    ctx.logger.info({ deviceId: device.id }, 'device retirement complete');
    res.json({ device: { id: device.id, status: device.status } });
  });

  return router;
}

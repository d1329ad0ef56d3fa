import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { authenticate, principalOf } from '../auth/authenticate.js';
import { verifyPin } from '../auth/pin-verifier.js';
import type { AppContext } from '../http/context.js';
import { errorBody, HttpError, langOf, parseOr400 } from '../http/errors.js';
import { limitByAddress, rateLimited } from '../http/rate-limit.js';
import type { KeyEscrowStore } from '../store/key-escrow.js';

const depositBody = z.object({ dataKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
const releaseBody = z.object({ officerId: z.string().min(1).max(64), pin: z.string().min(1).max(256) });

// Codes only this route uses; texts kept here so the shared catalogue stays untouched.
const texts = {
  escrow_exists: {
    id: 'Kunci perangkat ini sudah dititipkan dan tidak dapat diganti.',
    en: "This device's key is already in escrow and cannot be replaced.",
  },
  wrong_pin: { id: 'Petugas atau PIN salah.', en: 'Wrong officer or PIN.' },
} as const;

function refuse(req: Request, res: Response, status: number, code: keyof typeof texts): void {
  res.status(status).json(errorBody(code, texts[code][langOf(req)]));
}

/**
 * Key escrow (docs/security.md). PUT: an enrolled device deposits its data key once (its own token). POST release:
 * an officer of the device's unit proves the PIN and the device gets its data key back; no token is needed (on a
 * locked device the token itself is sealed with that key), so wrong PINs are limited per address and lock the
 * device's release after a few tries. Mounted before the /devices credential check.
 */
export function keyEscrowRoutes(ctx: AppContext, escrow: KeyEscrowStore): Router {
  const router = express.Router();
  const json = express.json({ limit: '4kb' });

  router.put('/devices/:deviceId/key-escrow', authenticate(ctx.store, ctx.rate), json, (req, res) => {
    const principal = principalOf(res);
    const deviceId = String(req.params.deviceId);
    if (principal.kind !== 'device' || principal.deviceId !== deviceId) throw new HttpError(403, 'forbidden');
    const body = parseOr400(depositBody, req.body ?? {}, req);
    const outcome = ctx.audit.record(
      () => escrow.deposit(deviceId, Buffer.from(body.dataKey, 'base64url')),
      (o) =>
        o === 'stored'
          ? { actor: principal.author, actorKind: 'device', action: 'key_escrow_deposit', entity: 'devices', entityId: deviceId }
          : null,
    );
    if (outcome === 'exists') return refuse(req, res, 409, 'escrow_exists');
    ctx.logger.info({ deviceId }, 'device key deposited in escrow');
    res.status(201).json({ status: 'stored' });
  });

  router.post('/devices/:deviceId/key-escrow/release', limitByAddress(ctx.rate.address), json, async (req, res) => {
    const body = parseOr400(releaseBody, req.body ?? {}, req);
    const device = ctx.store.getDevice(String(req.params.deviceId));
    if (!device) throw new HttpError(404, 'not_found');
    if (device.status === 'revoked' || device.retireCompletedAt !== null) throw new HttpError(401, 'device_revoked');
    const locked = escrow.lockedUntil(device.id);
    if (locked) throw rateLimited(Math.max(1, Math.ceil((Date.parse(locked) - ctx.now()) / 1000)));

    const officer = ctx.store.getRecord('officers', body.officerId);
    const verifier = officer?.fields.pinVerifier;
    const eligible =
      officer !== null &&
      !officer.deleted &&
      officer.fields.unitId === device.unitId &&
      officer.fields.active !== false;
    // The same answer for an unknown officer, another unit's officer and a wrong PIN.
    if (!eligible || typeof verifier !== 'string' || !(await verifyPin(body.pin, verifier))) {
      ctx.audit.record(
        () => escrow.recordFailure(device.id),
        () => ({
          actor: 'anonymous',
          actorKind: 'anonymous',
          action: 'key_escrow_release_refused',
          entity: 'devices',
          entityId: device.id,
          details: { officerId: body.officerId },
        }),
      );
      ctx.logger.warn({ deviceId: device.id }, 'key escrow release refused: wrong officer or PIN');
      return refuse(req, res, 403, 'wrong_pin');
    }
    const dataKey = escrow.open(device.id);
    if (!dataKey) throw new HttpError(404, 'not_found');
    ctx.audit.record(
      () => escrow.recordRelease(device.id),
      () => ({
        actor: `officer:${body.officerId}`,
        actorKind: 'anonymous',
        action: 'key_escrow_release',
        entity: 'devices',
        entityId: device.id,
        details: { officerId: body.officerId, unitId: device.unitId },
      }),
    );
    ctx.logger.info({ deviceId: device.id, officerId: body.officerId }, 'device key released from escrow');
    res.json({ dataKey: dataKey.toString('base64url'), pinVerifier: verifier });
  });

  return router;
}

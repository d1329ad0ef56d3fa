import type { EnrollResponse, LoginResponse } from '@keliling/sync';
import express, { type Router } from 'express';
import { z } from 'zod';
import { unknownUserHash, verifyPassword } from '../auth/password.js';
import { enrollmentCodeHash, newDeviceToken, newNodeId, newSessionToken, sha256 } from '../auth/tokens.js';
import type { AppContext } from '../http/context.js';
import { HttpError, parseOr400 } from '../http/errors.js';
import { limitByAddress } from '../http/rate-limit.js';

const enrollBody = z.object({
  code: z.string().max(100),
  name: z.string().trim().min(1).max(200).optional(),
});
const loginBody = z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(1000) });

/** Device enrollment and staff login: public endpoints, limited per client address. */
export function identityRoutes(ctx: AppContext): Router {
  const router = express.Router();
  const json = express.json({ limit: '16kb' });
  const limit = limitByAddress(ctx.rate.address);

  router.post('/devices/enroll', limit, json, (req, res) => {
    const body = parseOr400(enrollBody, req.body, req);
    const codeHash = enrollmentCodeHash(body.code);
    if (codeHash === null) throw new HttpError(410, 'enrollment_code_invalid');
    const token = newDeviceToken();
    const result = ctx.audit.record(
      () =>
        ctx.store.enrollDevice({
          codeHash,
          name: body.name ?? 'Perangkat',
          deviceId: crypto.randomUUID(),
          nodeId: newNodeId(),
          tokenHash: sha256(token),
        }),
      (r) =>
        r.ok
          ? {
              actor: `device:${r.device.id}`,
              actorKind: 'device',
              action: 'device_enroll',
              entity: 'devices',
              entityId: r.device.id,
              details: { unitId: r.unit.id, name: r.device.name },
            }
          : null,
    );
    if (!result.ok) throw new HttpError(410, 'enrollment_code_invalid');
    const response: EnrollResponse = {
      deviceId: result.device.id,
      nodeId: result.device.nodeId,
      token,
      unit: { id: result.unit.id, name: result.unit.name },
      serverTime: new Date(ctx.now()).toISOString(),
      limits: ctx.limits,
    };
    ctx.logger.info({ deviceId: result.device.id, unitId: result.unit.id }, 'device enrolled');
    res.status(201).json(response);
  });

  router.post('/auth/login', limit, json, async (req, res) => {
    const body = parseOr400(loginBody, req.body, req);
    const user = ctx.store.findUserForLogin(body.username);
    const ok = await verifyPassword(body.password, user?.passwordHash ?? unknownUserHash);
    if (!user || !ok) {
      ctx.audit.record(
        () => null,
        () => ({
          actor: user ? `user:${user.id}` : 'anonymous',
          actorKind: user ? 'user' : 'anonymous',
          action: 'sign_in_failed',
          details: { username: body.username.slice(0, 200) },
        }),
      );
      throw new HttpError(401, 'unauthorized', { messageKey: 'invalid_credentials' });
    }
    const token = newSessionToken();
    const nodeId = newNodeId();
    ctx.audit.record(
      () =>
        ctx.store.createSession({
          tokenHash: sha256(token),
          userId: user.id,
          nodeId,
          expiresAt: new Date(ctx.now() + ctx.sessionTtlMs),
        }),
      () => ({ actor: `user:${user.id}`, actorKind: 'user', action: 'sign_in', details: { role: user.role, nodeId } }),
    );
    const response: LoginResponse = { token, nodeId, user: { id: user.id, role: user.role, unitId: user.unitId } };
    res.json(response);
  });

  return router;
}

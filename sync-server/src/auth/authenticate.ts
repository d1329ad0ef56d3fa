import type { RequestHandler, Response } from 'express';
import { HttpError } from '../http/errors.js';
import { type RateLimiter, rateLimited } from '../http/rate-limit.js';
import type { SyncStore } from '../store/types.js';
import type { Principal, Role } from './principal.js';
import { sha256 } from './tokens.js';

const bearer = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,512})$/i;

/**
 * Resolves `Authorization: Bearer <token>` to a Principal in `res.locals.principal`. Calls are rate limited per
 * credential; calls without a usable credential are charged to the client address instead.
 */
export function authenticate(
  store: SyncStore,
  limits: { credential: RateLimiter; address: RateLimiter },
): RequestHandler {
  return (req, res, next) => {
    const match = bearer.exec(req.get('authorization') ?? '');
    const tokenHash = match ? sha256(match[1]!) : null;
    const decision = tokenHash ? limits.credential.take(`cred:${tokenHash}`) : limits.address.take(`ip:${req.ip}`);
    if (!decision.ok) throw rateLimited(decision.retryAfterSeconds);
    if (!tokenHash) throw new HttpError(401, 'unauthorized');
    const found = store.findCredential(tokenHash);
    if (found.kind !== 'ok') {
      const byAddress = limits.address.take(`ip:${req.ip}`);
      if (!byAddress.ok) throw rateLimited(byAddress.retryAfterSeconds);
      throw found.kind === 'revoked' ? new HttpError(401, 'device_revoked') : new HttpError(401, 'unauthorized');
    }
    res.locals.principal = found.principal;
    next();
  };
}

export function principalOf(res: Response): Principal {
  const principal = res.locals.principal as Principal | undefined;
  if (!principal) throw new Error('principalOf: route is missing the authenticate middleware');
  return principal;
}

/** Only staff users with one of these roles (devices are refused). */
export function requireStaff(...roles: Role[]): RequestHandler {
  return (_req, res, next) => {
    const principal = principalOf(res);
    if (principal.kind !== 'user' || (roles.length > 0 && !roles.includes(principal.role))) {
      throw new HttpError(403, 'forbidden');
    }
    next();
  };
}

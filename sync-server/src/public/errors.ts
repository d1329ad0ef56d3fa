import { type PortalErrorCode, portalErrorText } from '@keliling/domain';
import type { ApiErrorDetail } from '@keliling/sync';
import type { ErrorRequestHandler } from 'express';
import { errorBody, HttpError, langOf } from '../http/errors.js';
import type { Lang } from '../http/lang.js';

/** The portal's refusals say what the citizen vocabulary says (@keliling/domain), in the contract's error shape. */
export type { PortalErrorCode } from '@keliling/domain';

export function portalText(code: PortalErrorCode, lang: Lang): string {
  return portalErrorText(code, lang);
}

/** A refusal from the portal's endpoints; the router's handler writes it as the contract's JSON error. */
export class PortalError extends Error {
  readonly status: number;
  readonly code: PortalErrorCode;
  readonly details: ApiErrorDetail[] | undefined;
  readonly headers: Record<string, string>;
  constructor(
    status: number,
    code: PortalErrorCode,
    options: { details?: ApiErrorDetail[]; headers?: Record<string, string> } = {},
  ) {
    super(code);
    this.status = status;
    this.code = code;
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

/** Turns PortalErrors (and the shared HttpError's rate limit) into JSON; anything else goes on to the app's handler. */
export const portalErrorHandler: ErrorRequestHandler = (error, req, res, next) => {
  if (error instanceof PortalError) {
    for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
    res.status(error.status).json(errorBody(error.code, portalText(error.code, langOf(req)), error.details));
    return;
  }
  if (error instanceof HttpError && error.code === 'rate_limited') {
    for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
    res.status(429).json(errorBody('rate_limited', portalText('rate_limited', langOf(req))));
    return;
  }
  next(error);
};

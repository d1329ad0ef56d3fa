import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Principal } from '../auth/principal.js';

/**
 * One log line per request: method, path WITHOUT the query string (a `q` may hold a NIK), status, duration and
 * who called. Bodies and headers are never logged.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const principal = res.locals.principal as Principal | undefined;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = {
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        who: principal?.author,
      };
      if (res.statusCode >= 500) logger.error(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}

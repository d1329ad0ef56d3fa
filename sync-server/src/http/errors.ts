import type { ApiErrorBody, ApiErrorDetail } from '@keliling/sync';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { type Lang, pickLang } from './lang.js';
import { issueMessage, type MessageKey, message } from './messages.js';

/** An HTTP failure with a contract error code; thrown by handlers and turned into the JSON error body. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageKey: MessageKey;
  readonly details: ApiErrorDetail[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    options: { messageKey?: MessageKey; details?: ApiErrorDetail[]; headers?: Record<string, string> } = {},
  ) {
    super(code);
    this.status = status;
    this.code = code;
    this.messageKey = options.messageKey ?? (code as MessageKey);
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

export function langOf(req: Request): Lang {
  return pickLang(req.get('accept-language'));
}

export function errorBody(code: string, text: string, details?: ApiErrorDetail[]): ApiErrorBody {
  return { error: details && details.length > 0 ? { code, message: text, details } : { code, message: text } };
}

export function sendError(req: Request, res: Response, error: HttpError): void {
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
  res.status(error.status).json(errorBody(error.code, message(error.messageKey, langOf(req)), error.details));
}

/** One detail per zod issue, paths joined with dots under `prefix` (e.g. `changes.3.fields.nik`). */
export function zodDetails(error: z.ZodError, lang: Lang, prefix: string[] = []): ApiErrorDetail[] {
  return error.issues.slice(0, 50).map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join('.'),
    code: issue.code,
    message: issueMessage(issue.code, issue.message, lang),
  }));
}

/** Parses with a zod schema or throws 400 invalid_request with one detail per bad field. */
export function parseOr400<T>(schema: z.ZodType<T>, value: unknown, req: Request, prefix: string[] = []): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new HttpError(400, 'invalid_request', { details: zodDetails(result.error, langOf(req), prefix) });
}

export const notFoundHandler: RequestHandler = (req, res) => {
  sendError(req, res, new HttpError(404, 'not_found'));
};

type BodyParserError = Error & { type?: string; status?: number; expose?: boolean };

/** Errors body-parser raises for bad input, mapped onto contract codes (they are 4xx, never 5xx). */
function fromBodyParser(error: BodyParserError, req: Request): HttpError | null {
  // The router could not percent-decode a path parameter (`/blobs/%zz`): a malformed id, which the contract answers 404.
  if (error instanceof URIError) return new HttpError(404, 'not_found');
  switch (error.type) {
    case 'entity.parse.failed':
      return new HttpError(400, 'invalid_json');
    case 'entity.too.large':
      return req.path.endsWith('/sync/push')
        ? new HttpError(413, 'batch_too_large')
        : new HttpError(413, 'payload_too_large');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new HttpError(415, 'unsupported_encoding');
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new HttpError(400, 'invalid_request');
    default:
      if (typeof error.status === 'number' && error.status >= 400 && error.status < 500 && error.expose) {
        return new HttpError(error.status, 'invalid_request');
      }
      return null;
  }
}

/** The last middleware: contract errors as JSON; anything unexpected is logged and becomes a bare 500. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const known =
      error instanceof HttpError
        ? error
        : error instanceof Error
          ? fromBodyParser(error as BodyParserError, req)
          : null;
    if (res.headersSent) {
      logger.error({ err: error, path: req.path }, 'error after response started');
      res.end();
      return;
    }
    if (known) {
      sendError(req, res, known);
      return;
    }
    logger.error({ err: error, method: req.method, path: req.path }, 'unhandled error');
    sendError(req, res, new HttpError(500, 'internal_error'));
  };
}

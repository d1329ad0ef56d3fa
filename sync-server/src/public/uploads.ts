import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server, type Upload } from '@tus/server';
import express, { type Router } from 'express';
import type { Logger } from 'pino';
import type { SqliteDatabase } from '../db/open.js';
import { errorBody } from '../http/errors.js';
import { type Lang, pickLang } from '../http/lang.js';
import { limitByAddress, type RateLimiter } from '../http/rate-limit.js';
import { blobPath } from '../http/uploads.js';
import { isSha256 } from '../store/attachments.js';
import type { SyncStore } from '../store/types.js';
import { PortalError, type PortalErrorCode, portalText } from './errors.js';
import type { OtpService } from './otp.js';

export const publicUploadDefaults = {
  maxBytes: 5 * 1024 * 1024,
  maxFiles: 5,
  mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'],
} as const;

export type PublicUploadOptions = { maxBytes?: number; maxFiles?: number; mimeTypes?: readonly string[] };

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

type NodeContext = { runtime?: { node?: { req?: IncomingMessage } } };

/**
 * Citizens' tus uploads at /api/v1/public/uploads, bound to a pending submission (`pending` in Upload-Metadata,
 * the id the code request answered with): photos and PDFs up to 5 MB, five per submission, SHA-256 checked on
 * completion, then moved into the blob store under the data directory (outside the web root). Nothing is served
 * back here: staff read a submission's files through /blobs once the submission refers to them.
 */
export function publicUploadRoutes(input: {
  db: SqliteDatabase;
  store: SyncStore;
  otp: OtpService;
  logger: Logger;
  now: () => number;
  dataDir: string;
  limiter: RateLimiter;
  options?: PublicUploadOptions;
}): Router {
  const { db, store, otp, logger, dataDir } = input;
  const maxBytes = input.options?.maxBytes ?? publicUploadDefaults.maxBytes;
  const maxFiles = input.options?.maxFiles ?? publicUploadDefaults.maxFiles;
  const mimeTypes = new Set<string>(input.options?.mimeTypes ?? publicUploadDefaults.mimeTypes);
  const uploadsDir = join(dataDir, 'public-uploads');
  const datastore = new FileStore({ directory: uploadsDir, expirationPeriodInMilliseconds: 24 * 3_600_000 });
  const s = {
    count: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM public_uploads WHERE pending_id = ?'),
    insert: db.prepare(
      `INSERT OR IGNORE INTO public_uploads (pending_id, sha256, mime, size, name, created_at)
       VALUES (@pendingId, @sha256, @mime, @size, @name, @createdAt)`,
    ),
  };
  const langs = new WeakMap<IncomingMessage, Lang>();
  const langOf = (req: unknown): Lang => {
    const node = (req as NodeContext).runtime?.node?.req;
    return (node && langs.get(node)) ?? 'id';
  };
  const refuse = (status: number, code: PortalErrorCode, lang: Lang) => ({
    status_code: status,
    body: JSON.stringify(errorBody(code, portalText(code, lang))),
  });

  const tus = new Server({
    path: '/api/v1/public/uploads',
    datastore,
    maxSize: maxBytes,
    relativeLocation: true,
    async onUploadCreate(req, upload: Upload) {
      const lang = langOf(req);
      const meta = upload.metadata ?? {};
      const name = meta.name ?? '';
      const pending = meta.pending ?? '';
      if (
        !isSha256(meta.sha256) ||
        !meta.mime ||
        name.length === 0 ||
        name.length > 255 ||
        !/^[0-9a-f]{32}$/.test(pending)
      ) {
        throw refuse(400, 'upload_metadata_invalid', lang);
      }
      if (!mimeTypes.has(meta.mime)) throw refuse(415, 'upload_type_not_allowed', lang);
      if (upload.size === undefined) throw refuse(400, 'upload_metadata_invalid', lang);
      if (upload.size > maxBytes) throw refuse(413, 'upload_too_large', lang);
      if (!otp.isOpen(pending)) throw refuse(404, 'not_found', lang);
      if (s.count.get(pending)!.n >= maxFiles) throw refuse(409, 'upload_too_many', lang);
      return { metadata: { sha256: meta.sha256, mime: meta.mime, name, pending } };
    },
    async onUploadFinish(req, upload: Upload) {
      const lang = langOf(req);
      const claimed = upload.metadata?.sha256 ?? '';
      const path = join(uploadsDir, upload.id);
      const actual = await fileSha256(path);
      if (actual !== claimed) {
        await datastore.remove(upload.id).catch(() => undefined);
        logger.warn({ uploadId: upload.id }, 'public upload refused: sha256 mismatch');
        throw refuse(422, 'upload_hash_mismatch', lang);
      }
      const target = blobPath(dataDir, actual);
      if (existsSync(target)) await rm(path, { force: true });
      else {
        await mkdir(join(dataDir, 'blobs', actual.slice(0, 2)), { recursive: true });
        await rename(path, target);
      }
      await datastore.configstore.delete(upload.id);
      const createdAt = new Date(input.now()).toISOString();
      const pendingId = upload.metadata?.pending ?? '';
      const mime = upload.metadata?.mime ?? 'application/octet-stream';
      store.addBlob({
        sha256: actual,
        size: upload.size ?? 0,
        mime,
        name: upload.metadata?.name ?? null,
        uploadedBy: `public:${pendingId.slice(0, 8)}`,
        createdAt,
      });
      s.insert.run({
        pendingId,
        sha256: actual,
        mime,
        size: upload.size ?? 0,
        name: upload.metadata?.name ?? '',
        createdAt,
      });
      return { headers: { 'Upload-Sha256': actual } };
    },
  });

  const router = express.Router();
  router.use(limitByAddress(input.limiter), async (req, res, next) => {
    try {
      if (req.method === 'GET') throw new PortalError(404, 'not_found');
      // A declared size over the limit is refused before any byte is read, with the portal's message.
      const declared = Number(req.get('upload-length'));
      if (req.method === 'POST' && Number.isFinite(declared) && declared > maxBytes) {
        throw new PortalError(413, 'upload_too_large');
      }
      langs.set(req, pickLang(req.get('accept-language')));
      req.url = req.originalUrl;
      await tus.handle(req, res);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

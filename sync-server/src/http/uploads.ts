import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server, type Upload } from '@tus/server';
import express, { type Router } from 'express';
import type { Logger } from 'pino';
import { principalOf } from '../auth/authenticate.js';
import type { Principal } from '../auth/principal.js';
import { isSha256 } from '../store/attachments.js';
import type { SyncStore } from '../store/types.js';
import { errorBody, HttpError } from './errors.js';
import type { Lang } from './lang.js';
import { pickLang } from './lang.js';
import { type MessageKey, message } from './messages.js';

export type AttachmentOptions = {
  /** `<data-dir>`: uploads in progress go to `uploads/`, verified files to `blobs/ab/abcdef…`. */
  dataDir: string;
  /** Largest accepted file; default 20 MiB. */
  maxBytes?: number;
  /** Accepted media types; default photos and scanned documents. */
  mimeTypes?: readonly string[];
};

export const defaultAttachmentMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const defaultAttachmentMaxBytes = 20 * 1024 * 1024;

/** Where a verified attachment lives: content-addressed, fanned out by its first two hex digits. */
export function blobPath(dataDir: string, sha256: string): string {
  return join(dataDir, 'blobs', sha256.slice(0, 2), sha256);
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

type NodeContext = { runtime?: { node?: { req?: IncomingMessage } } };
/** A tus hook's refusal: tus sends status and body as they are (the body in the contract's JSON error shape). */
type Refusal = { status_code: number; body: string };

/**
 * tus 1.0 uploads at /api/v1/uploads (@tus/server over @tus/file-store), behind `authenticate`. Creation must
 * announce `sha256`, `mime` and `name`; on completion the file's SHA-256 is checked: a mismatch deletes the upload
 * and answers 422 `upload_hash_mismatch`, a match moves the file to the blob store (the same content twice is
 * kept once). Each upload belongs to the credential that created it; others get 404 for it.
 */
export function uploadRoutes(input: {
  store: SyncStore;
  logger: Logger;
  now: () => number;
  options: AttachmentOptions;
}): Router {
  const { store, logger, options } = input;
  const maxBytes = options.maxBytes ?? defaultAttachmentMaxBytes;
  const mimeTypes = new Set<string>(options.mimeTypes ?? defaultAttachmentMimeTypes);
  const uploadsDir = join(options.dataDir, 'uploads');
  const datastore = new FileStore({ directory: uploadsDir, expirationPeriodInMilliseconds: 7 * 24 * 3_600_000 });
  // Who sent each request, for the tus hooks (which see only a Web Request wrapping the Node one).
  const principals = new WeakMap<IncomingMessage, { principal: Principal; lang: Lang }>();
  const callerOf = (req: unknown) => {
    const node = (req as NodeContext).runtime?.node?.req;
    const caller = node ? principals.get(node) : undefined;
    if (!caller) throw new Error('upload without an authenticated caller');
    return caller;
  };
  const refuse = (status: number, code: MessageKey, lang: Lang): Refusal => ({
    status_code: status,
    body: JSON.stringify(errorBody(code, message(code, lang))),
  });

  const tus = new Server({
    path: '/api/v1/uploads',
    datastore,
    maxSize: maxBytes,
    relativeLocation: true,
    async onUploadCreate(req, upload: Upload) {
      const { principal, lang } = callerOf(req);
      const meta = upload.metadata ?? {};
      const name = meta.name ?? '';
      if (!isSha256(meta.sha256) || !meta.mime || name.length === 0 || name.length > 255) {
        throw refuse(400, 'upload_metadata_invalid', lang);
      }
      if (!mimeTypes.has(meta.mime)) throw refuse(415, 'upload_type_not_allowed', lang);
      if (upload.size === undefined) throw refuse(400, 'upload_metadata_invalid', lang); // deferred length: no
      return { metadata: { ...meta, owner: principal.author } };
    },
    async onUploadFinish(req, upload: Upload) {
      const { principal, lang } = callerOf(req);
      const claimed = upload.metadata?.sha256 ?? '';
      const path = join(uploadsDir, upload.id);
      const actual = await fileSha256(path);
      if (actual !== claimed) {
        await datastore.remove(upload.id).catch(() => undefined);
        logger.warn({ uploadId: upload.id, claimed, actual }, 'upload refused: sha256 mismatch');
        throw refuse(422, 'upload_hash_mismatch', lang);
      }
      const target = blobPath(options.dataDir, actual);
      if (existsSync(target)) {
        await rm(path, { force: true }); // the same content was stored before: keep one copy
      } else {
        await mkdir(join(options.dataDir, 'blobs', actual.slice(0, 2)), { recursive: true });
        await rename(path, target);
      }
      await datastore.configstore.delete(upload.id);
      store.addBlob({
        sha256: actual,
        size: upload.size ?? 0,
        mime: upload.metadata?.mime ?? 'application/octet-stream',
        name: upload.metadata?.name ?? null,
        uploadedBy: principal.author,
        createdAt: new Date(input.now()).toISOString(),
      });
      return { headers: { 'Upload-Sha256': actual } };
    },
  });

  const router = express.Router();
  router.use(async (req, res, next) => {
    try {
      // Served only through /blobs, with its access check; tus's own download is not offered.
      if (req.method === 'GET') throw new HttpError(404, 'not_found');
      const principal = principalOf(res);
      const id = /^\/([^/]+)\/?$/.exec(req.path)?.[1];
      if (id !== undefined && req.method !== 'POST') {
        const upload = await datastore.getUpload(id).catch(() => null);
        if (upload && upload.metadata?.owner !== principal.author) throw new HttpError(404, 'not_found');
      }
      principals.set(req, { principal, lang: pickLang(req.get('accept-language')) });
      req.url = req.originalUrl; // tus routes by the full path it was configured with
      await tus.handle(req, res);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

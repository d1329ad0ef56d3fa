import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server, type Upload } from '@tus/server';
import express, { type Router } from 'express';
import type { Logger } from 'pino';
import { NodeRequest, sendNodeResponse } from 'srvx/node';
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
      const lang = pickLang(req.get('accept-language'));
      principals.set(req, { principal, lang });
      req.url = req.originalUrl; // tus routes by the full path it was configured with
      // What tus.handle does, with its error answers turned into the contract's JSON error on the way out.
      const answer = await tus.handleWeb(new NodeRequest({ req, res }));
      await sendNodeResponse(res, await asContractError(answer, lang));
    } catch (error) {
      next(error);
    }
  });
  return router;
}

/** tus protocol failures by status: the contract code, and its text (tus's own reason goes in `details`). */
const tusErrors: Record<number, { code: string; text: Record<Lang, string> }> = {
  400: {
    code: 'invalid_request',
    text: { id: 'Permintaan unggahan tidak sah.', en: 'The upload request is not valid.' },
  },
  403: {
    code: 'invalid_request',
    text: { id: 'Permintaan unggahan tidak lengkap.', en: 'The upload request is incomplete.' },
  },
  404: { code: 'not_found', text: { id: 'Unggahan tidak ditemukan.', en: 'No such upload.' } },
  409: {
    code: 'upload_offset_conflict',
    text: {
      id: 'Posisi unggahan tidak cocok; tanyakan posisinya (HEAD) lalu lanjutkan.',
      en: 'The upload offset does not match; ask for it (HEAD) and resume.',
    },
  },
  410: { code: 'not_found', text: { id: 'Unggahan sudah tidak ada.', en: 'The upload no longer exists.' } },
  412: {
    code: 'invalid_request',
    text: { id: 'Versi protokol tus (Tus-Resumable) wajib disebutkan.', en: 'Tus-Resumable is required.' },
  },
  413: { code: 'upload_too_large', text: { id: 'Berkas terlalu besar.', en: 'The file is too large.' } },
  415: {
    code: 'invalid_request',
    text: { id: 'Jenis isi permintaan unggahan tidak sah.', en: 'The upload content type is not valid.' },
  },
};

/**
 * @tus/server answers its own protocol errors (missing Tus-Resumable, unknown upload, offset conflict, ...) in
 * text/plain, and even our hooks' JSON refusals go out labelled text/plain. Every 4xx/5xx leaves here as the
 * contract's JSON error, with tus's status and headers (Tus-Resumable, CORS) kept, since tus clients act on them.
 */
export async function asContractError(answer: Response, lang: Lang): Promise<Response> {
  if (answer.status < 400) return answer;
  const text = answer.body ? await answer.text() : '';
  const headers = new Headers(answer.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  headers.delete('content-length');
  let body: string;
  if (isContractErrorText(text)) {
    body = text; // one of our hooks' refusals: already in the contract's shape
  } else {
    const known = tusErrors[answer.status];
    const code = known?.code ?? (answer.status >= 500 ? 'internal_error' : 'invalid_request');
    const fallbackText = answer.status >= 500 ? message('internal_error', lang) : message('invalid_request', lang);
    const reason = text.trim().slice(0, 200);
    const details = reason ? [{ path: 'tus', code, message: reason }] : undefined;
    body = JSON.stringify(errorBody(code, known?.text[lang] ?? fallbackText, details));
  }
  return new Response(body, { status: answer.status, statusText: answer.statusText, headers });
}

function isContractErrorText(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    return typeof parsed.error?.code === 'string' && typeof parsed.error.message === 'string';
  } catch {
    return false;
  }
}

import { type DetailedError, type PreviousUpload, Upload, type UrlStorage } from 'tus-js-client';
import { apiErrorBodySchema } from '../protocol.js';
import { SyncHttpError } from './errors.js';
import { apiUrl } from './http.js';

/** How a record refers to an attachment (sync-api.md "Attachments"). */
export type AttachmentRef = { sha256: string; mime: string; size: number; name: string };

export type UploadAttachmentOptions = {
  /** The server root, e.g. `http://127.0.0.1:8080`. */
  baseUrl: string;
  token: string;
  /** The file's bytes: a Blob in the browser, a Uint8Array/Buffer anywhere. */
  file: Blob | Uint8Array;
  /** SHA-256 of the bytes, 64 lowercase hex (see `sha256Hex`); the server verifies it. */
  sha256: string;
  mime: string;
  name: string;
  /**
   * Where unfinished uploads are remembered, so a later call for the same file resumes where the last one broke
   * off. Default: tus-js-client's own (localStorage in browsers; none in Node). `createMemoryUrlStorage` for tests.
   */
  urlStorage?: UrlStorage;
  /** Bytes per PATCH request; smaller chunks lose less on a weak link. Default 1 MiB. */
  chunkSize?: number;
  /** Waits between automatic retries within one call (ms); default [0, 1000, 3000, 10000]. */
  retryDelays?: number[];
  onProgress?: (bytesSent: number, bytesTotal: number) => void;
  /** Aborting stops the upload (it stays resumable) and rejects with SyncHttpError code `aborted`. */
  signal?: AbortSignal;
  headers?: Record<string, string>;
};

/** SHA-256 as 64 lowercase hex digits, with WebCrypto (browsers and Node 20). */
export async function sha256Hex(bytes: Blob | Uint8Array): Promise<string> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(await bytes.arrayBuffer());
  const digest = await globalThis.crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A UrlStorage kept in memory (tests, tools); the desktop passes one backed by IndexedDB or localStorage. */
export function createMemoryUrlStorage(): UrlStorage {
  const entries = new Map<string, PreviousUpload & { fingerprint: string }>();
  let next = 0;
  return {
    findAllUploads: async () => [...entries.values()],
    findUploadsByFingerprint: async (fingerprint) => [...entries.values()].filter((e) => e.fingerprint === fingerprint),
    removeUpload: async (key) => {
      entries.delete(key);
    },
    addUpload: async (fingerprint, upload) => {
      const key = `tus::${fingerprint}::${next++}`;
      entries.set(key, { ...upload, urlStorageKey: key, fingerprint });
      return key;
    },
  };
}

type NodeBufferLike = {
  isBuffer(value: unknown): boolean;
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): Uint8Array;
};

function toSyncError(error: Error | DetailedError): SyncHttpError {
  const response = (error as DetailedError).originalResponse ?? null;
  if (!response) return new SyncHttpError({ status: 0, code: 'network_error', message: error.message });
  const status = response.getStatus();
  let body: unknown;
  try {
    body = JSON.parse(response.getBody());
  } catch {
    body = undefined;
  }
  const parsed = apiErrorBodySchema.safeParse(body);
  return new SyncHttpError({
    status,
    code: parsed.success ? parsed.data.error.code : `http_${status}`,
    message: parsed.success ? parsed.data.error.message : error.message,
  });
}

/**
 * Uploads one attachment with tus (resumable): the fingerprint is the content hash and the server, so a call
 * for a file whose earlier upload broke off continues from the server's offset instead of from zero. Resolves
 * to the reference a record stores once the server has verified the hash; rejects with SyncHttpError
 * (`upload_hash_mismatch`: the bytes do not match `sha256`, and the server discarded them).
 */
export function uploadAttachment(options: UploadAttachmentOptions): Promise<AttachmentRef> {
  const size = options.file instanceof Uint8Array ? options.file.byteLength : options.file.size;
  const endpoint = apiUrl(options.baseUrl, '/uploads');
  return new Promise<AttachmentRef>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new SyncHttpError({ status: 0, code: 'aborted', message: 'upload aborted' }));
      return;
    }
    // tus-js-client reads Buffers in Node and Blobs in browsers (no Node types here: this also builds for browsers).
    const nodeBuffer = (globalThis as { Buffer?: NodeBufferLike }).Buffer;
    const input =
      options.file instanceof Uint8Array && nodeBuffer && !nodeBuffer.isBuffer(options.file)
        ? nodeBuffer.from(options.file.buffer, options.file.byteOffset, options.file.byteLength)
        : options.file;
    const upload = new Upload(input as Blob, {
      endpoint,
      uploadSize: size,
      chunkSize: options.chunkSize ?? 1024 * 1024,
      retryDelays: options.retryDelays ?? [0, 1000, 3000, 10000],
      metadata: { sha256: options.sha256, mime: options.mime, name: options.name },
      headers: { ...options.headers, authorization: `Bearer ${options.token}` },
      fingerprint: async () => `keliling:${endpoint}:${options.sha256}:${size}`,
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      ...(options.urlStorage ? { urlStorage: options.urlStorage } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      onSuccess: () => resolve({ sha256: options.sha256, mime: options.mime, size, name: options.name }),
      onError: (error) => reject(toSyncError(error)),
    });
    options.signal?.addEventListener(
      'abort',
      () => {
        void upload
          .abort(false)
          .finally(() => reject(new SyncHttpError({ status: 0, code: 'aborted', message: 'upload aborted' })));
      },
      { once: true },
    );
    upload
      .findPreviousUploads()
      .then((previous) => {
        const last = previous.at(-1);
        if (last) upload.resumeFromPreviousUpload(last);
        upload.start();
      })
      .catch((error: Error) => reject(toSyncError(error)));
  });
}

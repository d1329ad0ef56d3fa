import { type AttachmentRef, isSyncHttpError, type UploadAttachmentOptions, uploadAttachment } from '@keliling/sync';
import type { KelilingDb } from '../db/database';
import type { RecordCipher } from '../security/recordCipher';
import { markUploaded, markUploadFailed, pendingAttachments } from './attachmentStore';

type UrlStorage = NonNullable<UploadAttachmentOptions['urlStorage']>;
type PreviousUpload = Awaited<ReturnType<UrlStorage['findAllUploads']>>[number];
type Entry = PreviousUpload & { fingerprint: string };

const urlStorageMetaKey = 'attachments.tus';

/**
 * Where tus remembers unfinished uploads (so the next round resumes from the server's offset): IndexedDB `meta`,
 * sealed, because a fingerprint holds the file's hash. Survives a reload, unlike an in-memory list.
 */
export function createDexieUrlStorage(db: KelilingDb, cipher: RecordCipher): UrlStorage {
  const read = async (): Promise<Entry[]> => {
    const value = (await db.meta.get(urlStorageMetaKey))?.value;
    return value instanceof Uint8Array ? (cipher.open(value, `meta/${urlStorageMetaKey}`) as Entry[]) : [];
  };
  const write = (entries: Entry[]) =>
    db.meta.put({ key: urlStorageMetaKey, value: cipher.seal(entries, `meta/${urlStorageMetaKey}`) });
  return {
    findAllUploads: () => read(),
    findUploadsByFingerprint: async (fingerprint) =>
      (await read()).filter((entry) => entry.fingerprint === fingerprint),
    removeUpload: async (key) => {
      await write((await read()).filter((entry) => entry.urlStorageKey !== key));
    },
    addUpload: async (fingerprint, upload) => {
      const key = `tus::${fingerprint}::${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
      await write([...(await read()), { ...upload, urlStorageKey: key, fingerprint }]);
      return key;
    },
  };
}

export type UploadRoundDeps = {
  db: KelilingDb;
  cipher: RecordCipher;
  baseUrl: string;
  token: string;
  now?: () => number;
  urlStorage?: UrlStorage;
  chunkSize?: number;
  retryDelays?: number[];
  /** The bytes as tus reads them: a Blob in the browser (default there), the bytes themselves in Node. */
  toFile?: (bytes: Uint8Array, mime: string) => Blob | Uint8Array;
  upload?: (options: UploadAttachmentOptions) => Promise<AttachmentRef>;
};

export type UploadRoundReport = { uploaded: number; failed: { code: string; permanent: boolean }[] };

/** Errors after which trying the same bytes again cannot help. */
function isPermanent(code: string, status: number): boolean {
  if (code === 'upload_hash_mismatch' || code === 'payload_too_large' || code === 'invalid_field') return true;
  return status >= 400 && status < 500 && ![401, 403, 408, 409, 423, 429].includes(status);
}

const defaultFile = (bytes: Uint8Array, mime: string): Blob | Uint8Array =>
  typeof document === 'undefined' ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });

/**
 * Uploads every file a saved record refers to and the server does not have yet, one after another (tus: a broken
 * upload resumes at the next round). A network failure stops the round; other failures are noted per file.
 */
export async function uploadPendingAttachments(deps: UploadRoundDeps): Promise<UploadRoundReport> {
  const now = deps.now ?? Date.now;
  const upload = deps.upload ?? uploadAttachment;
  const toFile = deps.toFile ?? defaultFile;
  const urlStorage = deps.urlStorage ?? createDexieUrlStorage(deps.db, deps.cipher);
  const report: UploadRoundReport = { uploaded: 0, failed: [] };
  for (const attachment of await pendingAttachments(deps.db, deps.cipher)) {
    const { ref } = attachment;
    try {
      await upload({
        baseUrl: deps.baseUrl,
        token: deps.token,
        file: toFile(attachment.bytes, ref.mime),
        sha256: ref.sha256,
        mime: ref.mime,
        name: ref.name,
        urlStorage,
        ...(deps.chunkSize !== undefined ? { chunkSize: deps.chunkSize } : {}),
        ...(deps.retryDelays !== undefined ? { retryDelays: deps.retryDelays } : {}),
      });
      await markUploaded(deps.db, deps.cipher, ref.sha256, new Date(now()).toISOString());
      report.uploaded += 1;
    } catch (e) {
      const code = isSyncHttpError(e) ? e.code : 'upload_failed';
      const permanent = isSyncHttpError(e) && isPermanent(e.code, e.status);
      await markUploadFailed(deps.db, deps.cipher, ref.sha256, code, permanent);
      report.failed.push({ code, permanent });
      if (code === 'network_error') break;
    }
  }
  return report;
}

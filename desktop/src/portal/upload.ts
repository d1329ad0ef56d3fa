import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Upload } from 'tus-js-client';

export const maxUploadBytes = 5 * 1024 * 1024;
export const acceptedTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
/** Photos are downscaled on the phone to this longest side before upload (a document stays legible). */
export const maxImageSide = 1600;

/** A photo redrawn on a canvas at most `maxImageSide` wide or high, as JPEG; other files unchanged. */
export async function downscale(file: File): Promise<File> {
  if (!file.type.startsWith('image/')) return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return file;
  }
  const scale = Math.min(1, maxImageSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.82));
  // A photo within the size cap that JPEG would not make smaller goes as it is; a larger one is always shrunk.
  if (!blob || (scale === 1 && blob.size >= file.size)) return file;
  return new File([blob], `${file.name.replace(/\.[^.]+$/, '')}.jpg`, { type: 'image/jpeg' });
}

export async function sha256Hex(file: Blob): Promise<string> {
  return bytesToHex(sha256(new Uint8Array(await file.arrayBuffer())));
}

export type UploadHandle = {
  file: File;
  sha256: string;
  start(): void;
  abort(): Promise<void>;
};

export type UploadEvents = {
  onProgress(sent: number, total: number): void;
  onDone(): void;
  onError(message: string): void;
};

/** Why the server refused an upload, from its JSON error body (tus passes it through). */
function refusal(error: Error): string {
  const body = (error as { originalResponse?: { getBody(): string } | null }).originalResponse?.getBody();
  try {
    const parsed = JSON.parse(body ?? '') as { error?: { message?: string } };
    if (parsed.error?.message) return parsed.error.message;
  } catch {
    // not JSON: a network failure
  }
  return 'Unggahan terputus. Tekan "Lanjutkan unggahan" bila sudah ada sinyal.';
}

/**
 * A resumable tus upload to /api/v1/public/uploads, bound to the pending submission. Small chunks, so a broken
 * link loses little; retried on its own, and resumable by hand (or after a reload, by fingerprint).
 */
export async function prepareUpload(file: File, pendingId: string, events: UploadEvents): Promise<UploadHandle> {
  const digest = await sha256Hex(file);
  const upload = new Upload(file, {
    endpoint: '/api/v1/public/uploads',
    chunkSize: 64 * 1024,
    retryDelays: [0, 1000, 2000, 4000, 8000],
    metadata: { sha256: digest, mime: file.type, name: file.name.slice(0, 200), pending: pendingId },
    storeFingerprintForResuming: true,
    removeFingerprintOnSuccess: true,
    headers: { 'Accept-Language': 'id' },
    onProgress: (sent, total) => events.onProgress(sent, total),
    onSuccess: () => events.onDone(),
    onError: (error) => events.onError(refusal(error)),
    onShouldRetry: (error) => {
      const status =
        (error as { originalResponse?: { getStatus(): number } | null }).originalResponse?.getStatus() ?? 0;
      return status === 0 || status === 423 || status >= 500;
    },
  });
  return {
    file,
    sha256: digest,
    start() {
      void upload.findPreviousUploads().then((previous) => {
        const [last] = previous;
        if (last) upload.resumeFromPreviousUpload(last);
        upload.start();
      });
    },
    abort: () => upload.abort(),
  };
}

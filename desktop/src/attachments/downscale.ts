/** Longest edge of a stored photo: enough to recognise a face or read a document, small enough for a weak link. */
export const maxPhotoEdge = 1280;

/**
 * Re-encodes an image as JPEG no larger than `maxEdge` on its longest side. Re-encoding also drops the file's
 * metadata (camera, GPS position). Browser only (createImageBitmap, canvas).
 */
export async function downscaleImage(source: Blob, maxEdge = maxPhotoEdge, quality = 0.85): Promise<Blob> {
  const bitmap = await createImageBitmap(source);
  try {
    const scale = Math.min(1, maxEdge / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d unavailable');
    context.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('could not encode the photo'))),
        'image/jpeg',
        quality,
      ),
    );
  } finally {
    bitmap.close();
  }
}

/** "IMG 2024.HEIC" → "IMG 2024.jpg" (the stored photo is a JPEG whatever came in). */
export function jpegName(name: string): string {
  const base = name
    .replace(/\.[^./\\]*$/, '')
    .replace(/[^\p{L}\p{N} ._-]+/gu, '')
    .trim()
    .slice(0, 200);
  return `${base || 'foto'}.jpg`;
}

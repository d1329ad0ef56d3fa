/** Request bodies whose JSON text is at least this long go gzip-compressed (smaller ones gain nothing). */
export const gzipMinChars = 1024;

/**
 * The JSON text gzip-compressed with the platform's CompressionStream (browsers, Node 18+), or null where there is
 * none: the caller then sends it plain, which the server accepts just as well (sync-api.md: a request body *may* be
 * gzip-compressed).
 */
export async function gzipText(text: string): Promise<Uint8Array<ArrayBuffer> | null> {
  if (typeof CompressionStream === 'undefined') return null;
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

import { sha256 } from '@noble/hashes/sha2.js';

/** Finds a nonce whose SHA-256 over `challenge:nonce` starts with `difficulty` zero bits (the server's check). */
function leadingZeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

const encoder = new TextEncoder();

self.onmessage = (event: MessageEvent<{ challenge: string; difficulty: number }>) => {
  const { challenge, difficulty } = event.data;
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    if (leadingZeroBits(sha256(encoder.encode(`${challenge}:${nonce}`))) >= difficulty) {
      self.postMessage({ nonce, tries: n + 1 });
      return;
    }
  }
};

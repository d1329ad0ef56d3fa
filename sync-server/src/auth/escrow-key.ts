import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The server's escrow key (AES-256): from KELILING_ESCROW_KEY (base64url, 32 bytes) when set, else
 * `<data-dir>/escrow.key`, created on first start with mode 0600. Keep it out of the database's backups: a copy of
 * the database alone then reveals no device's data key.
 */
export type EscrowKey = { id: string; key: Buffer };

export function loadEscrowKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): EscrowKey {
  const fromEnv = env.KELILING_ESCROW_KEY;
  let key: Buffer;
  if (fromEnv) {
    key = Buffer.from(fromEnv, 'base64url');
    if (key.length !== 32) throw new Error('KELILING_ESCROW_KEY must be 32 bytes in base64url');
  } else {
    const path = join(dataDir, 'escrow.key');
    if (!existsSync(path)) writeFileSync(path, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
    key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
    if (key.length !== 32) throw new Error(`${path} must hold 32 bytes in base64url`);
  }
  // An id (not the key) is stored with each entry, so a rotated key is recognised instead of failing obscurely.
  return { id: createHash('sha256').update(key).digest('base64url').slice(0, 12), key };
}

/**
 * Opaque cursors: base64url JSON carrying the database epoch, so a cursor from before a restore is recognised.
 * Pull cursors hold a change sequence number; record-list cursors hold the last record id of a page.
 */
/** `snapshot`: the cursor is in the middle of a compacted pull (sync-api.md "Pull"; store/snapshot.ts). */
export type PullCursor = { epoch: string; seq: number; snapshot?: boolean };
export type ListCursor = { epoch: string; after: string };

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: 'malformed' | 'other_epoch' };

function decodeJson(text: string): unknown {
  if (!/^[A-Za-z0-9_-]{1,512}$/.test(text)) return null;
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

export function encodePullCursor(cursor: PullCursor): string {
  return encode(cursor.snapshot ? { e: cursor.epoch, s: cursor.seq, m: 's' } : { e: cursor.epoch, s: cursor.seq });
}

export function decodePullCursor(text: string, epoch: string): Decoded<PullCursor> {
  const raw = decodeJson(text) as { e?: unknown; s?: unknown; m?: unknown } | null;
  if (
    !raw ||
    typeof raw !== 'object' ||
    typeof raw.e !== 'string' ||
    !Number.isSafeInteger(raw.s) ||
    (raw.s as number) < 0 ||
    (raw.m !== undefined && raw.m !== 's')
  ) {
    return { ok: false, reason: 'malformed' };
  }
  if (raw.e !== epoch) return { ok: false, reason: 'other_epoch' };
  const value: PullCursor = { epoch: raw.e, seq: raw.s as number };
  if (raw.m === 's') value.snapshot = true;
  return { ok: true, value };
}

export function encodeListCursor(cursor: ListCursor): string {
  return encode({ e: cursor.epoch, a: cursor.after });
}

export function decodeListCursor(text: string, epoch: string): Decoded<ListCursor> {
  const raw = decodeJson(text) as { e?: unknown; a?: unknown } | null;
  if (!raw || typeof raw !== 'object' || typeof raw.e !== 'string' || typeof raw.a !== 'string') {
    return { ok: false, reason: 'malformed' };
  }
  if (raw.e !== epoch) return { ok: false, reason: 'other_epoch' };
  return { ok: true, value: { epoch: raw.e, after: raw.a } };
}

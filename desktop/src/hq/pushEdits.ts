import type { LocalEdit, Rejection } from '@keliling/sync';
import type { StaffSync } from '../staff/staffSync';

export type PushOutcome = { rejections: Rejection[] };

/**
 * Writes HQ's edits through the session's sync client and pushes them at once. A round first, so the client has
 * merged the records the screen shows and each change's `baseHlc` covers what HQ saw (no false conflicts).
 * Throws the round's error when the push did not reach the server; refusals come back as `rejections`.
 */
export async function pushEdits(sync: StaffSync, edits: readonly LocalEdit[]): Promise<PushOutcome> {
  await sync.syncOnce();
  const ids = new Set(await sync.write(edits));
  const report = await sync.syncOnce();
  if (!report.ok) throw report.error ?? { code: 'unknown_error' };
  const rejections = (await sync.rejections()).filter((r) => ids.has(r.change.id));
  return { rejections };
}

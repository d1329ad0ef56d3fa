import type { Change, LocalRecord, Rejection } from '@keliling/sync';

/** i18next's `t` as the record page passes it: a marked Indonesian text and its values → the shown text. */
export type Translate = (text: string, values?: Record<string, unknown>) => string;

/** One change in a record's history as the record page lists it. */
export type HistoryItem = {
  changeId: string;
  hlc: string;
  /** When it was made (the HLC's wall time). */
  at: string;
  /** The officer or user who made it (`by`), when known. */
  by?: string;
  fields: Record<string, unknown>;
  deleted?: boolean;
  /**
   * `pending`: on this device only; `applied`: the server has it; `confirmed`: known from the merged state only;
   * `rejected`: refused, with `reason`.
   */
  state: 'pending' | 'applied' | 'confirmed' | 'rejected';
  reason?: { code: string; message: string; field?: string };
};

export function hlcTime(hlc: string): string {
  const end = hlc.indexOf('Z');
  return end > 0 ? hlc.slice(0, end + 1) : hlc;
}

/**
 * A record's changes, newest first: the confirmed changes this device has seen (its own once the server took them,
 * and everything pulled), else — for records from before the device kept them — what the merged state tells
 * (which change wrote each field), plus what only this device knows: changes waiting in the outbox and changes
 * the server refused.
 */
export function historyItems(
  local: LocalRecord | null,
  logged: readonly Change[],
  rejections: readonly Rejection[],
): HistoryItem[] {
  const items = new Map<string, HistoryItem>();
  for (const change of logged) {
    items.set(change.id, {
      changeId: change.id,
      hlc: change.hlc,
      at: hlcTime(change.hlc),
      ...(change.by !== undefined ? { by: change.by } : {}),
      fields: change.fields,
      ...(change.deleted !== undefined ? { deleted: change.deleted } : {}),
      state: 'applied',
    });
  }
  if (logged.length === 0 && local?.confirmed) {
    for (const [field, version] of Object.entries(local.confirmed.fields)) {
      const item = items.get(version.changeId) ?? {
        changeId: version.changeId,
        hlc: version.hlc,
        at: hlcTime(version.hlc),
        fields: {},
        state: 'confirmed' as const,
      };
      item.fields[field] = version.value;
      items.set(version.changeId, item);
    }
  }
  for (const change of local?.pending ?? []) {
    if (items.has(change.id)) continue;
    items.set(change.id, {
      changeId: change.id,
      hlc: change.hlc,
      at: hlcTime(change.hlc),
      ...(change.by !== undefined ? { by: change.by } : {}),
      fields: change.fields,
      ...(change.deleted !== undefined ? { deleted: change.deleted } : {}),
      state: 'pending',
    });
  }
  for (const rejection of rejections) {
    const { change, reason } = rejection;
    items.set(change.id, {
      changeId: change.id,
      hlc: change.hlc,
      at: hlcTime(change.hlc),
      ...(change.by !== undefined ? { by: change.by } : {}),
      fields: change.fields,
      state: 'rejected',
      reason,
    });
  }
  return [...items.values()].sort((a, b) => (a.hlc < b.hlc ? 1 : a.hlc > b.hlc ? -1 : 0));
}

/**
 * Who made a change or a conflicting value, in words: an officer's name from the directory (else the id), a device
 * ("Perangkat …"), or "tidak diketahui" when the server kept no author.
 */
export function authorName(
  item: { by?: string | undefined; author?: string | undefined },
  names: ReadonlyMap<string, string>,
  t: Translate,
): string {
  if (item.by) return names.get(item.by) ?? item.by;
  if (item.author?.startsWith('device:')) return t('Perangkat {{device}}', { device: item.author.slice(7) });
  return item.author ?? t('tidak diketahui');
}

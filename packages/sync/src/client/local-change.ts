import type { Change } from '../change.js';
import type { HlcClock } from '../hlc.js';
import { maxHlc } from '../merge.js';
import type { LocalRecord } from './ports.js';

export type LocalEdit = {
  entity: string;
  entityId: string;
  /** The fields this edit sets; null clears a field. */
  fields: Record<string, unknown>;
  deleted?: boolean;
  /** The officer (or user) making the edit. */
  by?: string;
};

/** The greatest HLC merged into what the author sees of a record: confirmed layer and its own pending changes. */
export function seenHlc(record: LocalRecord | null): string | undefined {
  if (!record) return undefined;
  let max = record.confirmed ? maxHlc(record.confirmed) : null;
  for (const change of record.pending) if (max === null || change.hlc > max) max = change.hlc;
  return max ?? undefined;
}

/** Stamp a local edit as a change: a new id, the clock's next HLC, and `baseHlc` from what the author had seen. */
export function stampChange(edit: LocalEdit, clock: HlcClock, newId: () => string, seen?: string): Change {
  return {
    id: newId(),
    entity: edit.entity,
    entityId: edit.entityId,
    hlc: clock.next(),
    fields: { ...edit.fields },
    ...(edit.deleted !== undefined ? { deleted: edit.deleted } : {}),
    ...(edit.by !== undefined ? { by: edit.by } : {}),
    ...(seen !== undefined ? { baseHlc: seen } : {}),
  };
}

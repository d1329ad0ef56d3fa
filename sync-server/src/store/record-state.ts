import { type Change, deletedField, type FieldVersion, type RecordState } from '@keliling/sync';

/**
 * A record's merged state as it is stored: one JSON array in its `records` row (`records.state`), with one entry
 * per change that still holds a field, sorted by HLC then change id. Each entry is a compacted change without its
 * record address: the original id, HLC and `by`, and the fields (and `deleted`) it still holds. Reading a record
 * is one row, writing a change one row, and a compacted pull sends these entries as they are.
 */
export type StoredGroup = {
  id: string;
  hlc: string;
  fields: Record<string, unknown>;
  by?: string;
  deleted?: boolean;
};

/** A stored state made usable: the merge state, and the `by` of each change that holds a field. */
export type LoadedState = { state: RecordState; by: Map<string, string | null> };

export function parseGroups(text: string): StoredGroup[] {
  return JSON.parse(text) as StoredGroup[];
}

export function loadState(entity: string, entityId: string, groups: readonly StoredGroup[]): LoadedState {
  const state: RecordState = { entity, entityId, fields: {}, deleted: null };
  const by = new Map<string, string | null>();
  for (const group of groups) {
    by.set(group.id, group.by ?? null);
    for (const field in group.fields) {
      state.fields[field] = { value: group.fields[field], hlc: group.hlc, changeId: group.id };
    }
    if (group.deleted !== undefined) state.deleted = { value: group.deleted, hlc: group.hlc, changeId: group.id };
  }
  return { state, by };
}

/** The plain field values of stored groups (each field is held by exactly one group). */
export function groupValues(groups: readonly StoredGroup[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const group of groups) Object.assign(fields, group.fields);
  return fields;
}

const byStamp = (a: StoredGroup, b: StoredGroup) =>
  a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The state as stored groups; `by` names the author of every change that holds a field. */
export function toGroups(state: RecordState, by: ReadonlyMap<string, string | null>): StoredGroup[] {
  const groups = new Map<string, StoredGroup>();
  const groupOf = (version: FieldVersion): StoredGroup => {
    let group = groups.get(version.changeId);
    if (!group) {
      group = { id: version.changeId, hlc: version.hlc, fields: {} };
      const author = by.get(version.changeId);
      if (author !== undefined && author !== null) group.by = author;
      groups.set(version.changeId, group);
    }
    return group;
  };
  for (const field in state.fields) {
    const version = state.fields[field]!;
    groupOf(version).fields[field] = version.value;
  }
  if (state.deleted) groupOf(state.deleted).deleted = state.deleted.value === true;
  return [...groups.values()].sort(byStamp);
}

/** A stored group as the change a compacted pull sends. */
export function groupToChange(entity: string, entityId: string, group: StoredGroup): Change {
  const change: Change = { id: group.id, entity, entityId, hlc: group.hlc, fields: group.fields };
  if (group.deleted !== undefined) change.deleted = group.deleted;
  if (group.by !== undefined) change.by = group.by;
  return change;
}

/** The surviving fields a change still holds in a record's state (`$deleted` for the tombstone flag). */
export function survivorsOf(groups: readonly StoredGroup[], changeId: string): Record<string, unknown> | undefined {
  const group = groups.find((g) => g.id === changeId);
  if (!group) return undefined;
  return group.deleted === undefined ? group.fields : { ...group.fields, [deletedField]: group.deleted };
}

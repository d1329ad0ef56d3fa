import type { Change } from './change.js';

/** Per-field last-writer-wins: the value with the greatest HLC wins; between equal HLCs, the greater change id. */
export type FieldVersion = { value: unknown; hlc: string; changeId: string };

export type RecordState = {
  entity: string;
  entityId: string;
  fields: Record<string, FieldVersion>;
  /** The `deleted` flag is merged like a field; null until a change sets it. */
  deleted: FieldVersion | null;
};

export type ApplyResult = {
  state: RecordState;
  /** Field names (and '$deleted') that this change now holds. */
  won: string[];
  /** Fields where an existing value beat this change. */
  lost: { field: string; current: FieldVersion }[];
};

export const deletedField = '$deleted';

type Stamp = { hlc: string; changeId: string };

/** True when `a` wins over `b`: greater HLC, or equal HLC and greater change id. Equal stamps do not beat each other. */
export function beats(a: Stamp, b: Stamp): boolean {
  if (a.hlc !== b.hlc) return a.hlc > b.hlc;
  return a.changeId > b.changeId;
}

export function emptyRecordState(entity: string, entityId: string): RecordState {
  return { entity, entityId, fields: {}, deleted: null };
}

/**
 * Merge one change into a record's state. Pure: returns a new state when something changed, the same object
 * otherwise. Re-applying a change that already holds a field is a no-op (idempotent) and reports the field as won.
 */
export function applyChange(state: RecordState | undefined, change: Change): ApplyResult {
  const base = state ?? emptyRecordState(change.entity, change.entityId);
  const stamp: Stamp = { hlc: change.hlc, changeId: change.id };
  const won: string[] = [];
  const lost: { field: string; current: FieldVersion }[] = [];
  let fields: Record<string, FieldVersion> | null = null;

  for (const [field, value] of Object.entries(change.fields)) {
    const current = Object.hasOwn(base.fields, field) ? base.fields[field] : undefined;
    if (current && current.hlc === stamp.hlc && current.changeId === stamp.changeId) {
      won.push(field);
    } else if (!current || beats(stamp, current)) {
      fields ??= { ...base.fields };
      fields[field] = { value: value === undefined ? null : value, hlc: stamp.hlc, changeId: stamp.changeId };
      won.push(field);
    } else {
      lost.push({ field, current });
    }
  }

  let deleted = base.deleted;
  if (change.deleted !== undefined) {
    const current = base.deleted;
    if (current && current.hlc === stamp.hlc && current.changeId === stamp.changeId) {
      won.push(deletedField);
    } else if (!current || beats(stamp, current)) {
      deleted = { value: change.deleted, hlc: stamp.hlc, changeId: stamp.changeId };
      won.push(deletedField);
    } else {
      lost.push({ field: deletedField, current });
    }
  }

  if (fields === null && deleted === base.deleted && state) return { state, won, lost };
  return {
    state: { entity: base.entity, entityId: base.entityId, fields: fields ?? base.fields, deleted },
    won,
    lost,
  };
}

/** Merge two states of the same record (the join of the lattice): commutative, associative, idempotent. */
export function mergeStates(a: RecordState, b: RecordState): RecordState {
  const fields: Record<string, FieldVersion> = { ...a.fields };
  for (const [field, version] of Object.entries(b.fields)) {
    const current = Object.hasOwn(fields, field) ? fields[field] : undefined;
    if (!current || beats(version, current)) fields[field] = version;
  }
  let deleted = a.deleted;
  if (b.deleted && (!deleted || beats(b.deleted, deleted))) deleted = b.deleted;
  return { entity: a.entity, entityId: a.entityId, fields, deleted };
}

/** The plain values of a record, and whether it is deleted. */
export function materialize(state: RecordState): { fields: Record<string, unknown>; deleted: boolean } {
  const fields: Record<string, unknown> = {};
  for (const [field, version] of Object.entries(state.fields)) fields[field] = version.value;
  return { fields, deleted: state.deleted?.value === true };
}

/** The greatest HLC merged into a record (what a new local change reports as its `baseHlc`). */
export function maxHlc(state: RecordState): string | null {
  let max: string | null = state.deleted?.hlc ?? null;
  for (const version of Object.values(state.fields)) if (max === null || version.hlc > max) max = version.hlc;
  return max;
}

/**
 * The record's state expressed as changes, one per (HLC, change id) group, each keeping its original id and HLC,
 * so the same content re-pushed is recognised as a duplicate (used for a resync after a server restore).
 */
export function stateToChanges(state: RecordState): Change[] {
  const groups = new Map<string, Change>();
  const group = (v: FieldVersion): Change => {
    const key = `${v.hlc}\u0000${v.changeId}`;
    let change = groups.get(key);
    if (!change) {
      change = { id: v.changeId, entity: state.entity, entityId: state.entityId, hlc: v.hlc, fields: {} };
      groups.set(key, change);
    }
    return change;
  };
  for (const [field, version] of Object.entries(state.fields)) group(version).fields[field] = version.value;
  if (state.deleted) group(state.deleted).deleted = state.deleted.value === true;
  return [...groups.values()].sort((x, y) => (x.hlc < y.hlc ? -1 : x.hlc > y.hlc ? 1 : 0));
}

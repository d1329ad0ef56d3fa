import { type Change, recordKey } from '../change.js';
import { applyChange, materialize, type RecordState } from '../merge.js';
import type { LocalRecord, PushOutcome, Rejection, SyncState, SyncStorage } from './ports.js';

export type MemoryStorage = SyncStorage & {
  /** A deep copy of everything held, for tests and debugging. */
  snapshot(): MemorySnapshot;
};

export type MemorySnapshot = {
  confirmed: RecordState[];
  outbox: Change[];
  rejections: Rejection[];
  cursor: string | null;
  meta: Record<string, unknown>;
};

const clone = <T>(value: T): T => structuredClone(value);

/**
 * The reference SyncStorage, all in memory. Each method does its work synchronously before returning, so
 * every call is atomic with respect to others (the property a Dexie/SQLite implementation gets from one
 * transaction). Values are cloned on the way in and out so callers cannot mutate the store.
 */
export function createMemoryStorage(initial?: Partial<MemorySnapshot>): MemoryStorage {
  const confirmed = new Map<string, RecordState>();
  for (const state of initial?.confirmed ?? []) confirmed.set(recordKey(state.entity, state.entityId), clone(state));
  let outbox: Change[] = clone(initial?.outbox ?? []);
  // The ids in the outbox, so writing and settling a batch stay linear however long the outbox grows.
  const outboxIds = new Set(outbox.map((c) => c.id));
  const rejections: Rejection[] = clone(initial?.rejections ?? []);
  let cursor: string | null = initial?.cursor ?? null;
  const meta = new Map<string, unknown>(Object.entries(clone(initial?.meta ?? {})));

  const mergeConfirmed = (change: Change): void => {
    const key = recordKey(change.entity, change.entityId);
    confirmed.set(key, applyChange(confirmed.get(key), change).state);
  };

  const view = (entity: string, entityId: string): LocalRecord | null => {
    const key = recordKey(entity, entityId);
    const base = confirmed.get(key);
    const pending = outbox.filter((c) => c.entity === entity && c.entityId === entityId);
    const rejected = rejections.filter(
      (r) => !r.dismissed && r.change.entity === entity && r.change.entityId === entityId,
    );
    if (!base && pending.length === 0 && rejected.length === 0) return null;
    let state = base;
    for (const change of pending) state = applyChange(state, change).state;
    const { fields, deleted } = state ? materialize(state) : { fields: {}, deleted: false };
    const syncState: SyncState = pending.length > 0 ? 'pending' : rejected.length > 0 ? 'rejected' : 'synced';
    return {
      entity,
      entityId,
      fields: clone(fields),
      deleted,
      syncState,
      confirmed: base ? clone(base) : null,
      pending: clone(pending),
      rejections: clone(rejected),
    };
  };

  const keysOf = (entity: string): Set<string> => {
    const ids = new Set<string>();
    for (const state of confirmed.values()) if (state.entity === entity) ids.add(state.entityId);
    for (const c of outbox) if (c.entity === entity) ids.add(c.entityId);
    for (const r of rejections) if (!r.dismissed && r.change.entity === entity) ids.add(r.change.entityId);
    return ids;
  };

  return {
    async write(change) {
      if (outboxIds.has(change.id)) return; // the same change written twice is one change
      outbox.push(clone(change));
      outboxIds.add(change.id);
    },
    async outbox(limit) {
      return clone(limit === undefined ? outbox : outbox.slice(0, limit));
    },
    async outboxSize() {
      return outbox.length;
    },
    async recordPushOutcomes(outcomes: PushOutcome[]) {
      // Outcomes apply in order: slots are replaced or emptied through an id -> position index, then compacted.
      const slots: (Change | null)[] = [...outbox];
      const position = new Map(outbox.map((c, i) => [c.id, i]));
      for (const outcome of outcomes) {
        if (outcome.kind === 'replaced') {
          const at = position.get(outcome.replacesId);
          if (at === undefined) continue;
          position.delete(outcome.replacesId);
          // An id is in the outbox at most once: when the new change is already queued, the old entry just goes.
          if (position.has(outcome.change.id)) {
            slots[at] = null;
          } else {
            slots[at] = clone(outcome.change);
            position.set(outcome.change.id, at);
          }
          continue;
        }
        const at = position.get(outcome.change.id);
        if (at !== undefined) {
          slots[at] = null;
          position.delete(outcome.change.id);
        }
        if (outcome.kind === 'confirmed') mergeConfirmed(outcome.change);
        else if (!rejections.some((r) => r.change.id === outcome.change.id)) {
          rejections.push({
            change: clone(outcome.change),
            reason: clone(outcome.reason),
            rejectedAt: outcome.rejectedAt,
            dismissed: false,
          });
        }
      }
      outbox = slots.filter((c): c is Change => c !== null);
      outboxIds.clear();
      for (const c of outbox) outboxIds.add(c.id);
    },
    async applyPull({ changes, cursor: nextCursor, reset }) {
      if (reset) confirmed.clear();
      // One clone of the page: a single structured clone of the array costs far less than one per change.
      for (const change of clone(changes)) mergeConfirmed(change);
      cursor = nextCursor;
    },
    async cursor() {
      return cursor;
    },
    async confirmedStates() {
      return clone([...confirmed.values()]);
    },
    async record(entity, entityId) {
      return view(entity, entityId);
    },
    async records(entity) {
      return [...keysOf(entity)].map((id) => view(entity, id)).filter((r): r is LocalRecord => r !== null);
    },
    async rejections(options) {
      return clone(options?.includeDismissed ? rejections : rejections.filter((r) => !r.dismissed));
    },
    async dismissRejection(changeId) {
      for (const r of rejections) if (r.change.id === changeId) r.dismissed = true;
    },
    async getMeta(key) {
      return clone(meta.get(key));
    },
    async setMeta(key, value) {
      meta.set(key, clone(value));
    },
    snapshot() {
      return clone({
        confirmed: [...confirmed.values()],
        outbox,
        rejections,
        cursor,
        meta: Object.fromEntries(meta),
      });
    },
  };
}

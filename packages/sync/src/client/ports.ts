import type { Change } from '../change.js';
import type { RecordState } from '../merge.js';
import type { PullResponse, PushResponse, RejectionReason, RetireCompleteResponse, SyncInfo } from '../protocol.js';

/** 'pending': changes wait in the outbox; 'rejected': the server refused a change (kept for review); else 'synced'. */
export type SyncState = 'pending' | 'synced' | 'rejected';

/** A change the server refused, kept with its reason so what the officer typed stays visible. */
export type Rejection = {
  change: Change;
  reason: RejectionReason;
  /** ISO instant when the client learned of the rejection. */
  rejectedAt: string;
  /** True once the officer has seen and dismissed it (it then no longer marks the record as rejected). */
  dismissed: boolean;
};

/** What the app shows for a record: the confirmed layer with the pending outbox changes merged over it. */
export type LocalRecord = {
  entity: string;
  entityId: string;
  fields: Record<string, unknown>;
  deleted: boolean;
  syncState: SyncState;
  /** The merged confirmed layer (server-acknowledged or pulled), or null when only pending changes exist. */
  confirmed: RecordState | null;
  /** Outbox changes of this record, oldest first. */
  pending: Change[];
  /** Undismissed rejections of this record, oldest first. */
  rejections: Rejection[];
};

/**
 * How the engine settles one pushed change; `recordPushOutcomes` applies a list of them in ONE transaction.
 * - confirmed: remove `change` (by id) from the outbox and merge it into the confirmed layer
 *   (server said applied, duplicate or stale; a stale change simply loses the merge there too).
 * - rejected: remove it from the outbox (if there) and append a Rejection; the confirmed layer is untouched,
 *   so the record shows the server's values again.
 * - replaced: the outbox entry `replacesId` is replaced by `change` (a re-stamp with a new id and HLC after
 *   `clock_skew`); it keeps its place in the outbox order. An id is in the outbox at most once (as with `write`):
 *   when `change.id` is already queued elsewhere, the entry `replacesId` is just removed.
 */
export type PushOutcome =
  | { kind: 'confirmed'; change: Change }
  | { kind: 'rejected'; change: Change; reason: RejectionReason; rejectedAt: string }
  | { kind: 'replaced'; replacesId: string; change: Change };

/**
 * The client's local store. Every method is one atomic operation (one IndexedDB / SQLite transaction):
 * after a crash at any moment, either all of a call's effects are stored or none. Implementations:
 * `createMemoryStorage()` (the reference; tests and tools) and the desktop's Dexie store, which mirrors it.
 * Records are addressed by (entity, entityId). Change order in the outbox is insertion order.
 */
export type SyncStorage = {
  /** A local edit: append `change` (already stamped by the clock) to the outbox. The visible record updates at once. */
  write(change: Change): Promise<void>;
  /** Outbox changes, oldest first; at most `limit` when given. */
  outbox(limit?: number): Promise<Change[]>;
  /** Number of changes in the outbox (for "N not yet sent" and for guarding logout/wipe). */
  outboxSize(): Promise<number>;
  /** Apply the outcomes of one push response atomically (see PushOutcome). Unknown outbox ids are ignored. */
  recordPushOutcomes(outcomes: PushOutcome[]): Promise<void>;
  /**
   * Merge pulled changes into the confirmed layer and store `cursor`, atomically. With `reset: true` the
   * confirmed layer is emptied first in the same transaction (the first page of a pull from the start after
   * `resync_required`, once the whole local state has been pushed back); outbox and rejections are kept.
   */
  applyPull(page: { changes: Change[]; cursor: string; reset?: boolean }): Promise<void>;
  /** The pull cursor, or null to pull from the start. */
  cursor(): Promise<string | null>;
  /** Every record's confirmed layer (for pushing the whole local state after `resync_required`). */
  confirmedStates(): Promise<RecordState[]>;
  /** One record as the app shows it, or null when nothing is known of it. */
  record(entity: string, entityId: string): Promise<LocalRecord | null>;
  /** All records of an entity (deleted ones included, flagged), in no particular order. */
  records(entity: string): Promise<LocalRecord[]>;
  /** Rejections, oldest first; dismissed ones only when `includeDismissed`. */
  rejections(options?: { includeDismissed?: boolean }): Promise<Rejection[]>;
  /** Mark a rejection as seen; it is kept (never deleted) but no longer marks its record. */
  dismissRejection(changeId: string): Promise<void>;
  /** Small JSON-able values the client keeps (e.g. 'clock.last', 'limits', 'deviceId'); undefined when unset. */
  getMeta(key: string): Promise<unknown>;
  setMeta(key: string, value: unknown): Promise<void>;
};

/**
 * Options of one transport call. `signal` aborts when the engine has given the call up (the round's deadline
 * passed); a transport should then stop and reject. The engine does not rely on it: it stops waiting either way.
 */
export type TransportCall = { signal?: AbortSignal };

/**
 * The server, as the engine sees it. `createHttpTransport` implements it; errors are thrown as SyncHttpError.
 * Every call must settle in bounded time (the HTTP transport times out after 30 s by default).
 */
export type SyncTransport = {
  push(changes: Change[], call?: TransportCall): Promise<PushResponse>;
  /** `since` null pulls from the start. */
  pull(since: string | null, limit: number, call?: TransportCall): Promise<PullResponse>;
  info(call?: TransportCall): Promise<SyncInfo>;
  /**
   * The retire handshake's last step (`POST /devices/:deviceId/retire/complete`): everything has been pushed and
   * the device is about to wipe; the server refuses its token from then on. Optional for test transports.
   */
  retireComplete?(deviceId: string, call?: TransportCall): Promise<RetireCompleteResponse>;
};

import {
  createHlcClock,
  createHttpTransport,
  createMemoryStorage,
  createSyncEngine,
  type FetchLike,
  type LocalEdit,
  type LocalRecord,
  type Rejection,
  type SyncReport,
} from '@keliling/sync';
import type { StaffSession } from './staffSession';

/**
 * A staff session's sync client: the same engine as a device's, over an in-memory store (the session's data lives
 * as long as the tab; the server holds the truth) and the staff token. Every write and round bumps `version`, so
 * screens re-read what they show.
 */
export type StaffSync = {
  syncOnce(): Promise<SyncReport>;
  /** Stamps edits with the session's clock (HLCs carry the login's nodeId) and queues them for the next push. */
  write(edits: readonly LocalEdit[]): Promise<string[]>;
  records(entity: string): Promise<LocalRecord[]>;
  rejections(): Promise<Rejection[]>;
  pendingCount(): Promise<number>;
  version(): number;
  lastReport(): SyncReport | null;
  subscribe(listener: () => void): () => void;
};

export function createStaffSync(
  session: StaffSession,
  options: { fetch?: FetchLike; now?: () => number } = {},
): StaffSync {
  const now = options.now ?? Date.now;
  const storage = createMemoryStorage();
  const clock = createHlcClock({ nodeId: session.nodeId, now });
  const transport = createHttpTransport({
    baseUrl: session.serverUrl,
    token: session.token,
    headers: { 'accept-language': 'id' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const engine = createSyncEngine({ storage, transport, clock, now });
  const listeners = new Set<() => void>();
  let version = 0;
  let last: SyncReport | null = null;
  const changed = () => {
    version++;
    for (const listener of listeners) listener();
  };

  return {
    async syncOnce() {
      const report = await engine.syncOnce();
      last = report;
      changed();
      return report;
    },
    async write(edits) {
      const ids: string[] = [];
      for (const edit of edits) ids.push((await engine.write(edit)).id);
      changed();
      return ids;
    },
    records: (entity) => storage.records(entity),
    rejections: () => storage.rejections(),
    pendingCount: () => storage.outboxSize(),
    version: () => version,
    lastReport: () => last,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

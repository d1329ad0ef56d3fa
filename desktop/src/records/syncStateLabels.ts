import type { SyncState } from '@keliling/sync';

export const syncStateLabels: Record<SyncState, string> = {
  pending: 'Menunggu sinkron',
  synced: 'Tersinkron',
  rejected: 'Ditolak',
};

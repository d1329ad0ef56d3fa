import type { SyncState } from '@keliling/sync';
import { msg } from '../i18n/i18n';

export const syncStateLabels: Record<SyncState, string> = {
  pending: msg('Menunggu sinkron'),
  synced: msg('Tersinkron'),
  rejected: msg('Ditolak'),
};

import type { AttachmentRef } from '@keliling/sync';
import { apiUrl } from '@keliling/sync';
import { useEffect, useState } from 'react';
import { useServices } from '../app/services';
import type { AttachmentState } from '../db/database';
import type { ServerCredential } from '../records/reviewCache';
import { useLiveQuery } from '../ui/useLiveQuery';
import { readAttachment } from './attachmentStore';
import './attachments.css';
import { useTranslation } from 'react-i18next';
import { msg } from '../i18n/i18n';

/** Where a photo is, as the officer reads it. Never "lost": a photo not here yet is waiting for its upload. */
export type ShownState = AttachmentState | 'server' | 'awaiting' | 'loading';

export const attachmentStateLabels: Record<ShownState, string> = {
  draft: msg('Belum disimpan'),
  pending: msg('Menunggu unggah'),
  uploaded: msg('Terunggah'),
  failed: msg('Ditolak server — ambil ulang foto'),
  server: msg('Tersimpan di server'),
  awaiting: msg('Menunggu unggah dari perangkat pencatat'),
  loading: msg('Memuat…'),
};

const badgeClass: Record<ShownState, string> = {
  draft: 'badge-draft',
  pending: 'badge-pending',
  uploaded: 'badge-uploaded',
  failed: 'badge-failed',
  server: 'badge-uploaded',
  awaiting: 'badge-pending',
  loading: 'badge-draft',
};

function useObjectUrl(bytes: Uint8Array | null, mime: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!bytes) return setUrl(null);
    const next = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [bytes, mime]);
  return url;
}

/**
 * A record's photo with its upload state. The device's own copy when it has one; else, online, the server's copy
 * (`GET /api/v1/blobs/:sha256`); else "waiting for upload".
 */
export function AttachmentView({
  attachment,
  server,
  label,
}: {
  attachment: AttachmentRef;
  server?: ServerCredential | undefined;
  label?: string;
}) {
  const { t } = useTranslation();
  const { db, vault } = useServices();
  const local = useLiveQuery(
    () => readAttachment(db, vault.cipher(), attachment.sha256),
    [db, vault, attachment.sha256],
    undefined,
  );
  const [remote, setRemote] = useState<{ state: 'server' | 'awaiting'; bytes: Uint8Array | null } | null>(null);

  useEffect(() => {
    if (local !== null || !server) return;
    let cancelled = false;
    fetch(apiUrl(server.serverUrl, `/blobs/${attachment.sha256}`), {
      headers: { authorization: `Bearer ${server.token}` },
    })
      .then(async (response) => {
        const bytes = response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
        if (!cancelled) setRemote({ state: bytes ? 'server' : 'awaiting', bytes });
      })
      .catch(() => {
        if (!cancelled) setRemote({ state: 'awaiting', bytes: null });
      });
    return () => {
      cancelled = true;
    };
  }, [local, server, attachment.sha256]);

  const state: ShownState =
    local === undefined ? 'loading' : local ? local.state : (remote?.state ?? (server ? 'loading' : 'awaiting'));
  const url = useObjectUrl(local?.bytes ?? remote?.bytes ?? null, attachment.mime);
  return (
    <figure className="photo-figure" data-testid="attachment" data-state={state} data-sha256={attachment.sha256}>
      {url ? (
        <img src={url} alt={label ?? t('Foto')} data-testid="attachment-image" />
      ) : (
        <div className="muted small">{t('Foto belum ada di perangkat ini.')}</div>
      )}
      <figcaption>
        <span className={`badge ${badgeClass[state]}`} data-testid="attachment-state">
          {t(attachmentStateLabels[state])}
        </span>{' '}
        <span className="muted small">{Math.max(1, Math.round(attachment.size / 1024))} KB</span>
      </figcaption>
    </figure>
  );
}

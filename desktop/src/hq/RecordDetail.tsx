import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { StaffSession } from '../staff/staffSession';
import type { StaffSync } from '../staff/staffSync';
import { messageForError } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { fetchHistory, fetchRecord } from './hqApi';
import { entityLabel, fieldLabel, showField, showValue, statusLabel, text } from './hqLabels';
import { ReviewActionBar } from './ReviewActionBar';

const pushStatusLabels: Record<string, string> = {
  applied: 'diterapkan',
  duplicate: 'duplikat',
  stale: 'tertimpa',
  rejected: 'ditolak',
};
const hiddenFields = new Set(['photo']);

/** One application beside the queue: its current fields, HQ's actions on it, and its full history with conflicts. */
export function RecordDetail({
  session,
  sync,
  entity,
  id,
  onClose,
}: {
  session: StaffSession;
  sync: StaffSync;
  entity: string;
  id: string;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const record = useQuery({ queryKey: ['hq', 'record', entity, id], queryFn: () => fetchRecord(session, entity, id) });
  const history = useQuery({
    queryKey: ['hq', 'history', entity, id],
    queryFn: () => fetchHistory(session, entity, id),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the panel each time another record opens.
  useEffect(() => heading.current?.focus(), [id]);

  const fields = record.data?.fields ?? {};
  const status = text(fields.status);
  const conflicts = history.data?.conflicts ?? [];

  return (
    <aside className="card hq-detail" aria-labelledby="detail-title" data-testid="review-detail" data-record-id={id}>
      <div className="hq-detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>
          {text(fields.receiptNumber) || id}
        </h2>
        <button type="button" className="button secondary small" onClick={onClose} data-testid="review-detail-close">
          Tutup
        </button>
      </div>
      {record.isError ? (
        <p className="error-box" role="alert">
          {messageForError(record.error)}
        </p>
      ) : record.data ? (
        <>
          <p>
            {entityLabel(entity)} ·{' '}
            <span className={`badge status-${status}`} data-testid="review-detail-status" data-status={status}>
              {statusLabel(status)}
            </span>
          </p>
          {text(fields.statusReason) ? <p className="reason">Alasan: {text(fields.statusReason)}</p> : null}
          <ReviewActionBar
            session={session}
            sync={sync}
            targets={[{ entity, id, status }]}
            title="Tindakan"
            testId="review-action"
          />
          <dl className="hq-fields">
            {Object.entries(fields)
              .filter(([name]) => !hiddenFields.has(name))
              .sort(([a], [b]) => fieldLabel(entity, a).localeCompare(fieldLabel(entity, b), 'id'))
              .map(([name, value]) => (
                <div key={name}>
                  <dt>{fieldLabel(entity, name)}</dt>
                  <dd>{showField(name, value)}</dd>
                </div>
              ))}
          </dl>
        </>
      ) : (
        <p className="muted" aria-busy="true">
          Memuat…
        </p>
      )}

      {conflicts.length > 0 ? (
        <section aria-labelledby="detail-conflicts">
          <h3 id="detail-conflicts">Konflik ({conflicts.length})</h3>
          <ul className="hq-history" data-testid="review-detail-conflicts">
            {conflicts.map((c) => (
              <li key={c.id}>
                <strong>{fieldLabel(entity, c.field)}</strong>: {showValue(c.winner.value)} ({c.winner.author}) menang atas{' '}
                {showValue(c.loser.value)} ({c.loser.author}) · {c.status === 'open' ? 'terbuka' : 'selesai'}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="detail-history">
        <h3 id="detail-history">Riwayat perubahan</h3>
        {history.isError ? (
          <p className="error-box" role="alert">
            {messageForError(history.error)}
          </p>
        ) : !history.data ? (
          <p className="muted">Memuat…</p>
        ) : (
          <ol className="hq-history" data-testid="review-history">
            {history.data.changes.map((change) => (
              <li key={change.id} data-testid="review-history-entry" data-status={change.status}>
                <p className="small">
                  <strong>{formatDateTime(change.receivedAt)}</strong> · {change.by ?? change.author} ·{' '}
                  {pushStatusLabels[change.status] ?? change.status}
                  {change.reason ? ` (${change.reason.message || change.reason.code})` : ''}
                </p>
                <p className="small muted">
                  {Object.entries(change.fields)
                    .map(([name, value]) => `${fieldLabel(entity, name)}: ${showField(name, value)}`)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </aside>
  );
}

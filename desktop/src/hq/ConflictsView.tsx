import { type Conflict, fetchConflicts, fetchRejections } from '@keliling/sync';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { StaffSession } from '../staff/staffSession';
import type { StaffSync } from '../staff/staffSync';
import { messageForCode, messageForError } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { entityLabel, fieldLabel, showValue } from './hqLabels';
import { pushEdits } from './pushEdits';

const options = (session: StaffSession) => ({
  baseUrl: session.serverUrl,
  token: session.token,
  headers: { 'accept-language': 'id' },
});

/** A typed replacement keeps the type of the values in conflict (numbers stay numbers). */
export function typedValue(conflict: Conflict, typed: string): unknown {
  const numeric = typeof conflict.winner.value === 'number' || typeof conflict.loser.value === 'number';
  return numeric && typed.trim() !== '' && Number.isFinite(Number(typed)) ? Number(typed) : typed;
}

/** Open conflicts (both values, both authors) with their resolution, and the server's rejection log. */
export function ConflictsView({ session, sync }: { session: StaffSession; sync: StaffSync }) {
  const conflicts = useInfiniteQuery({
    queryKey: ['hq', 'conflicts', 'open'],
    queryFn: ({ pageParam }) => fetchConflicts(options(session), { status: 'open', limit: 50, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.hasMore ? (last.cursor ?? null) : null),
  });
  const rejections = useInfiniteQuery({
    queryKey: ['hq', 'rejections'],
    queryFn: ({ pageParam }) => fetchRejections(options(session), { limit: 50, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.hasMore ? (last.cursor ?? null) : null),
  });
  const conflictRows = conflicts.data?.pages.flatMap((p) => p.conflicts) ?? [];
  const rejectionRows = rejections.data?.pages.flatMap((p) => p.rejections) ?? [];

  return (
    <div className="hq-conflicts">
      <section aria-labelledby="conflicts-title" data-testid="conflicts">
        <h1 id="conflicts-title">Konflik terbuka</h1>
        <p className="muted">
          Dua penulis mengubah kolom yang sama tanpa melihat perubahan satu sama lain. Pilih nilai yang benar atau tulis
          nilai baru; perubahan Anda menyelesaikan konflik.
        </p>
        {conflicts.isError ? (
          <p className="error-box" role="alert">
            {messageForError(conflicts.error)}
          </p>
        ) : conflicts.isPending ? (
          <p className="muted">Memuat…</p>
        ) : conflictRows.length === 0 ? (
          <p className="empty" data-testid="conflicts-empty">
            Tidak ada konflik terbuka.
          </p>
        ) : (
          <ul className="hq-cards">
            {conflictRows.map((conflict) => (
              <ConflictCard key={conflict.id} conflict={conflict} session={session} sync={sync} />
            ))}
          </ul>
        )}
        {conflicts.hasNextPage ? (
          <button type="button" className="button secondary small" onClick={() => void conflicts.fetchNextPage()}>
            Muat lebih banyak
          </button>
        ) : null}
      </section>

      <section aria-labelledby="rejections-title" data-testid="rejections">
        <h2 id="rejections-title">Perubahan yang ditolak server</h2>
        {rejections.isError ? (
          <p className="error-box" role="alert">
            {messageForError(rejections.error)}
          </p>
        ) : rejections.isPending ? (
          <p className="muted">Memuat…</p>
        ) : rejectionRows.length === 0 ? (
          <p className="empty" data-testid="rejections-empty">
            Belum ada perubahan yang ditolak.
          </p>
        ) : (
          <table className="records" data-testid="rejections-table">
            <caption className="visually-hidden">Log penolakan</caption>
            <thead>
              <tr>
                <th scope="col">Waktu</th>
                <th scope="col">Data</th>
                <th scope="col">Penulis</th>
                <th scope="col">Alasan</th>
                <th scope="col">Nilai yang dikirim</th>
              </tr>
            </thead>
            <tbody>
              {rejectionRows.map((r) => (
                <tr key={r.changeId} data-testid="rejection-row" data-code={r.reason.code}>
                  <td>{formatDateTime(r.createdAt)}</td>
                  <td>
                    {entityLabel(r.change.entity)}
                    <br />
                    <span className="mono small">{r.change.entityId}</span>
                  </td>
                  <td>{r.change.by ?? r.author}</td>
                  <td>
                    {r.reason.message || messageForCode(r.reason.code)}
                    {r.reason.field ? ` (${fieldLabel(r.change.entity, r.reason.field)})` : ''}
                  </td>
                  <td className="small">
                    {Object.entries(r.change.fields)
                      .map(([name, value]) => `${fieldLabel(r.change.entity, name)}: ${showValue(value)}`)
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {rejections.hasNextPage ? (
          <button type="button" className="button secondary small" onClick={() => void rejections.fetchNextPage()}>
            Muat lebih banyak
          </button>
        ) : null}
      </section>
    </div>
  );
}

function ConflictCard({ conflict, session, sync }: { conflict: Conflict; session: StaffSession; sync: StaffSync }) {
  const inputId = useId();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const resolve = useMutation({
    mutationFn: async (value: unknown) => {
      const outcome = await pushEdits(sync, [
        { entity: conflict.entity, entityId: conflict.entityId, fields: { [conflict.field]: value }, by: session.username },
      ]);
      const refused = outcome.rejections[0];
      if (refused) throw { code: refused.reason.code, message: refused.reason.message };
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['hq'] }),
  });
  const side = (name: 'winner' | 'loser', title: string) => (
    <div className="hq-side" data-testid={`conflict-${name}`}>
      <p className="small muted">{title}</p>
      <p className="hq-value">{showValue(conflict[name].value)}</p>
      <p className="small">
        oleh <strong>{conflict[name].author}</strong>
      </p>
      <p className="small muted mono">{conflict[name].hlc}</p>
      <button
        type="button"
        className="button secondary small"
        disabled={resolve.isPending}
        data-testid={`conflict-keep-${name}`}
        onClick={() => resolve.mutate(conflict[name].value)}
      >
        Pakai nilai ini
      </button>
    </div>
  );

  return (
    <li className="card" data-testid="conflict" data-conflict-id={conflict.id}>
      <h3>
        {entityLabel(conflict.entity)} · {fieldLabel(conflict.entity, conflict.field)}
      </h3>
      <p className="small muted">
        <span className="mono">{conflict.entityId}</span> · tercatat {formatDateTime(conflict.createdAt)}
      </p>
      <div className="hq-sides">
        {side('winner', 'Nilai sekarang (menang)')}
        {side('loser', 'Nilai yang kalah')}
      </div>
      <form
        className="hq-new-value"
        onSubmit={(event) => {
          event.preventDefault();
          if (typed.trim() !== '') resolve.mutate(typedValue(conflict, typed));
        }}
      >
        <div className="field">
          <label htmlFor={inputId}>Atau tulis nilai baru</label>
          <input id={inputId} data-testid="conflict-new-value" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
        <button type="submit" className="button primary small" disabled={resolve.isPending} data-testid="conflict-save">
          Simpan nilai baru
        </button>
      </form>
      <div aria-live="polite">
        {resolve.isError ? (
          <p className="error-box" role="alert">
            {messageForError(resolve.error)}
          </p>
        ) : null}
      </div>
    </li>
  );
}

import { type Conflict, fetchConflicts, fetchRejections } from '@keliling/sync';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import type { StaffSession } from '../staff/staffSession';
import type { StaffSync } from '../staff/staffSync';
import { useErrorMessages } from '../ui/errors';
import { ActorLabel } from './ActorLabel';
import type { ActorResolver } from './actorNames';
import { entityLabel, fieldLabel, showValue } from './hqLabels';
import { pushEdits } from './pushEdits';
import { useActorNames } from './useActorNames';

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
  const { t } = useTranslation();
  const { dateTime, language } = useFormat();
  const errors = useErrorMessages();
  const names = useActorNames(session);
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
        <h1 id="conflicts-title">{t('Konflik terbuka')}</h1>
        <p className="muted">
          {t(
            'Dua penulis mengubah kolom yang sama tanpa melihat perubahan satu sama lain. Pilih nilai yang benar atau tulis nilai baru; perubahan Anda menyelesaikan konflik.',
          )}
        </p>
        {conflicts.isError ? (
          <p className="error-box" role="alert">
            {errors.forError(conflicts.error)}
          </p>
        ) : conflicts.isPending ? (
          <p className="muted">{t('Memuat…')}</p>
        ) : conflictRows.length === 0 ? (
          <p className="empty" data-testid="conflicts-empty">
            {t('Tidak ada konflik terbuka.')}
          </p>
        ) : (
          <ul className="hq-cards">
            {conflictRows.map((conflict) => (
              <ConflictCard key={conflict.id} conflict={conflict} session={session} sync={sync} names={names} />
            ))}
          </ul>
        )}
        {conflicts.hasNextPage ? (
          <button type="button" className="button secondary small" onClick={() => void conflicts.fetchNextPage()}>
            {t('Muat lebih banyak')}
          </button>
        ) : null}
      </section>

      <section aria-labelledby="rejections-title" data-testid="rejections">
        <h2 id="rejections-title">{t('Perubahan yang ditolak server')}</h2>
        {rejections.isError ? (
          <p className="error-box" role="alert">
            {errors.forError(rejections.error)}
          </p>
        ) : rejections.isPending ? (
          <p className="muted">{t('Memuat…')}</p>
        ) : rejectionRows.length === 0 ? (
          <p className="empty" data-testid="rejections-empty">
            {t('Belum ada perubahan yang ditolak.')}
          </p>
        ) : (
          <table className="records" data-testid="rejections-table">
            <caption className="visually-hidden">{t('Log penolakan')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('Waktu')}</th>
                <th scope="col">{t('Data')}</th>
                <th scope="col">{t('Penulis')}</th>
                <th scope="col">{t('Alasan')}</th>
                <th scope="col">{t('Nilai yang dikirim')}</th>
              </tr>
            </thead>
            <tbody>
              {rejectionRows.map((r) => (
                <tr key={r.changeId} data-testid="rejection-row" data-code={r.reason.code}>
                  <td>{dateTime(r.createdAt)}</td>
                  <td>
                    {entityLabel(r.change.entity, language)}
                    <br />
                    <span className="mono small">{r.change.entityId}</span>
                  </td>
                  <td className="hq-author-cell" data-testid="rejection-author">
                    <ActorLabel actor={r.change.by ?? r.author} names={names} />
                    {r.change.by && r.change.by !== r.author ? (
                      <span className="small muted hq-actor-via">
                        {t('melalui')} <ActorLabel actor={r.author} names={names} />
                      </span>
                    ) : null}
                  </td>
                  <td>
                    {r.reason.message || errors.forCode(r.reason.code)}
                    {r.reason.field ? ` (${fieldLabel(r.change.entity, r.reason.field, language)})` : ''}
                  </td>
                  <td className="small hq-sent-values">
                    {Object.entries(r.change.fields)
                      .map(([name, value]) => `${fieldLabel(r.change.entity, name, language)}: ${showValue(value)}`)
                      .join(' · ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {rejections.hasNextPage ? (
          <button type="button" className="button secondary small" onClick={() => void rejections.fetchNextPage()}>
            {t('Muat lebih banyak')}
          </button>
        ) : null}
      </section>
    </div>
  );
}

function ConflictCard({
  conflict,
  session,
  sync,
  names,
}: {
  conflict: Conflict;
  session: StaffSession;
  sync: StaffSync;
  names: ActorResolver;
}) {
  const { t } = useTranslation();
  const { dateTime, language } = useFormat();
  const errors = useErrorMessages();
  const inputId = useId();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const resolve = useMutation({
    mutationFn: async (value: unknown) => {
      const outcome = await pushEdits(sync, [
        {
          entity: conflict.entity,
          entityId: conflict.entityId,
          fields: { [conflict.field]: value },
          by: session.username,
        },
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
        {t('oleh')} <ActorLabel actor={conflict[name].author} names={names} />
      </p>
      <p className="small muted mono">{conflict[name].hlc}</p>
      <button
        type="button"
        className="button secondary small"
        disabled={resolve.isPending}
        data-testid={`conflict-keep-${name}`}
        onClick={() => resolve.mutate(conflict[name].value)}
      >
        {t('Pakai nilai ini')}
      </button>
    </div>
  );

  return (
    <li className="card" data-testid="conflict" data-conflict-id={conflict.id}>
      <h3>
        {entityLabel(conflict.entity, language)} · {fieldLabel(conflict.entity, conflict.field, language)}
      </h3>
      <p className="small muted">
        <span className="mono">{conflict.entityId}</span> ·{' '}
        {t('tercatat {{time}}', { time: dateTime(conflict.createdAt) })}
      </p>
      <div className="hq-sides">
        {side('winner', t('Nilai sekarang (menang)'))}
        {side('loser', t('Nilai yang kalah'))}
      </div>
      <form
        className="hq-new-value"
        onSubmit={(event) => {
          event.preventDefault();
          if (typed.trim() !== '') resolve.mutate(typedValue(conflict, typed));
        }}
      >
        <div className="field">
          <label htmlFor={inputId}>{t('Atau tulis nilai baru')}</label>
          <input
            id={inputId}
            data-testid="conflict-new-value"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <button type="submit" className="button primary small" disabled={resolve.isPending} data-testid="conflict-save">
          {t('Simpan nilai baru')}
        </button>
      </form>
      <div aria-live="polite">
        {resolve.isError ? (
          <p className="error-box" role="alert">
            {errors.forError(resolve.error)}
          </p>
        ) : null}
      </div>
    </li>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import type { StaffSession } from '../staff/staffSession';
import type { StaffSync } from '../staff/staffSync';
import { errorCode, useErrorMessages } from '../ui/errors';
import { statusLabel } from './hqLabels';
import { pushEdits } from './pushEdits';
import { commonActions, type ReviewTarget, reviewActionLabels, reviewEdits } from './reviewActions';

/**
 * The steps HQ may take on `targets` (all of them must allow a step for its button to show), with the reason a
 * rejection needs. Each step is an ordinary change of `status` and `statusReason`, pushed at once.
 */
export function ReviewActionBar({
  session,
  sync,
  targets,
  title,
  testId,
  onDone,
}: {
  session: StaffSession;
  sync: StaffSync;
  targets: ReviewTarget[];
  title: string;
  testId: string;
  onDone?: () => void;
}) {
  const { language } = useFormat();
  const { t } = useTranslation();
  const errors = useErrorMessages();
  const reasonId = useId();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = commonActions(targets);
  const mutation = useMutation({
    mutationFn: async (to: string) => {
      const built = reviewEdits(targets, to, reason, session.username);
      if (!built.ok) throw { code: built.code };
      return { to, outcome: await pushEdits(sync, built.edits) };
    },
    onMutate: () => {
      setProblem(null);
      setDone(null);
    },
    onSuccess: ({ to, outcome }) => {
      void queryClient.invalidateQueries({ queryKey: ['hq'] });
      const refused = outcome.rejections.length;
      if (refused > 0) {
        const first = outcome.rejections[0];
        setProblem(
          t('{{count}} perubahan ditolak server: {{reason}}', {
            count: refused,
            reason: first ? first.reason.message || errors.forCode(first.reason.code) : '',
          }),
        );
      } else {
        setDone(
          t('{{count}} permohonan {{status}}.', {
            count: targets.length,
            status: statusLabel(to, language).toLowerCase(),
          }),
        );
        setReason('');
        onDone?.();
      }
    },
    onError: (error) =>
      setProblem(
        errorCode(error) === 'reason_required' ? t('Tulis alasan penolakan sebelum menolak.') : errors.forError(error),
      ),
  });

  return (
    <section className="card hq-actions" aria-label={title} data-testid={testId}>
      <p className="hq-actions-title">{title}</p>
      {actions.length === 0 ? (
        <p className="muted small" data-testid={`${testId}-none`}>
          {t('Tidak ada tindakan HQ untuk status ini.')}
        </p>
      ) : (
        <>
          {actions.includes('rejected') ? (
            <div className="field">
              <label htmlFor={reasonId}>{t('Alasan penolakan (wajib bila menolak)')}</label>
              <textarea
                id={reasonId}
                rows={2}
                data-testid={`${testId}-reason`}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            </div>
          ) : null}
          <div className="actions">
            {actions.map((to) => (
              <button
                key={to}
                type="button"
                className={to === 'rejected' ? 'button secondary danger' : 'button primary'}
                data-testid={`${testId}-${to}`}
                disabled={mutation.isPending}
                onClick={() => mutation.mutate(to)}
              >
                {t(reviewActionLabels[to] ?? to)}
              </button>
            ))}
          </div>
        </>
      )}
      <div aria-live="polite">
        {mutation.isPending ? <p className="muted small">{t('Mengirim ke server…')}</p> : null}
        {problem ? (
          <p className="error-box" role="alert" data-testid={`${testId}-error`}>
            {problem}
          </p>
        ) : null}
        {done ? (
          <p className="ok small" data-testid={`${testId}-done`}>
            {done}
          </p>
        ) : null}
      </div>
    </section>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { nextStatuses, statusLabel } from '@keliling/domain';
import type { HlcClock } from '@keliling/sync';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useServices } from '../app/services';
import { listRecordViews } from '../db/recordViews';
import type { DeviceIdentity } from '../device/identity';
import { enumLabel } from '../forms/fieldSpecs';
import { ServiceForm } from '../forms/ServiceForm';
import { saveErrorText } from '../forms/saveRecord';
import { useFormLanguage } from '../forms/useFormLanguage';
import { msg } from '../i18n/i18n';
import { useFormat } from '../i18n/useFormat';
import { advanceOnEnter, useSaveShortcut } from '../sim/useFormKeyboard';
import { useLiveQuery } from '../ui/useLiveQuery';
import { complaintFormSpec } from './complaintForm';
import { type FollowUpFormValues, type FollowUpInput, followUpFormSchema, saveFollowUp } from './saveFollowUp';

type Props = { identity: DeviceIdentity; clock: HlcClock; onSaved: () => void };

const spec = complaintFormSpec();
const modes = [
  { id: 'new', label: msg('Pengaduan baru') },
  { id: 'follow', label: msg('Tindak lanjut') },
] as const;

/** Complaints: take a new one, or add a follow-up to one already recorded on this device. */
export function ComplaintsScreen({ identity, clock, onSaved }: Props) {
  const [mode, setMode] = useState<'new' | 'follow'>('new');
  const { t } = useFormLanguage();
  return (
    <>
      <div className="segmented" role="tablist" aria-label={t('Pengaduan')}>
        {modes.map((item) => (
          <button
            key={item.id}
            type="button"
            role="tab"
            aria-selected={mode === item.id}
            className={mode === item.id ? 'button primary small' : 'button secondary small'}
            data-testid={`complaint-mode-${item.id}`}
            onClick={() => setMode(item.id)}
          >
            {t(item.label)}
          </button>
        ))}
      </div>
      {mode === 'new' ? (
        <ServiceForm spec={spec} identity={identity} clock={clock} onSaved={onSaved} />
      ) : (
        <FollowUps identity={identity} clock={clock} onSaved={onSaved} />
      )}
    </>
  );
}

type ComplaintRow = {
  id: string;
  receiptNumber: string;
  category: string;
  status: string;
  name: string;
  createdAt: string;
  followUps: number;
};

function FollowUps({ identity, clock, onSaved }: Props) {
  const { db, vault } = useServices();
  const [open, setOpen] = useState<string | null>(null);
  const { t, language } = useFormLanguage();
  const format = useFormat();
  const rows = useLiveQuery(
    async (): Promise<ComplaintRow[]> => {
      const cipher = vault.cipher();
      const [complaints, followUps] = await Promise.all([
        listRecordViews(db, cipher, 'complaints'),
        listRecordViews(db, cipher, 'complaint_follow_ups'),
      ]);
      const counts = new Map<string, number>();
      for (const f of followUps)
        if (!f.deleted) counts.set(String(f.fields.complaintId), (counts.get(String(f.fields.complaintId)) ?? 0) + 1);
      return complaints
        .filter((c) => !c.deleted && c.fields.unitId === identity.unit.id)
        .map((c) => ({
          id: c.entityId,
          receiptNumber: String(c.fields.receiptNumber ?? ''),
          category: String(c.fields.category ?? ''),
          status: String(c.fields.status ?? ''),
          name: c.fields.anonymous ? '' : String(c.fields.fullName ?? ''),
          createdAt: String(c.fields.createdAt ?? ''),
          followUps: counts.get(c.entityId) ?? 0,
        }));
    },
    [db, vault, identity.unit.id],
    null,
  );
  return (
    <section aria-labelledby="follow-title">
      <h1 id="follow-title">{t('Tindak lanjut pengaduan')}</h1>
      {rows === null ? (
        <p className="muted">{t('Memuat…')}</p>
      ) : rows.length === 0 ? (
        <p className="empty" data-testid="complaints-empty">
          {t('Belum ada pengaduan di perangkat ini.')}
        </p>
      ) : (
        <ul className="complaint-list">
          {rows.map((row) => (
            <li
              key={row.id}
              className="card"
              data-testid="complaint-row"
              data-record-id={row.id}
              data-status={row.status}
              data-follow-ups={row.followUps}
            >
              <p>
                <strong className="mono">{row.receiptNumber}</strong> ·{' '}
                {enumLabel('complaintCategory', row.category, language)} · {row.name || t('Anonim')}
              </p>
              <p className="small muted">
                {format.dateTime(row.createdAt)} · <span className="badge">{statusLabel(row.status, language)}</span> ·{' '}
                {t('{{count}} tindak lanjut', { count: row.followUps })}
              </p>
              {open === row.id ? (
                <FollowUpForm
                  complaint={row}
                  identity={identity}
                  clock={clock}
                  onDone={() => {
                    setOpen(null);
                    onSaved();
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="button secondary small"
                  data-testid="complaint-follow-up"
                  onClick={() => setOpen(row.id)}
                >
                  {t('Tambah tindak lanjut')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FollowUpForm({
  complaint,
  identity,
  clock,
  onDone,
}: {
  complaint: ComplaintRow;
  identity: DeviceIdentity;
  clock: HlcClock;
  onDone: () => void;
}) {
  const services = useServices();
  const { t, language, lang } = useFormLanguage();
  const form = useForm<FollowUpFormValues, unknown, FollowUpInput>({
    resolver: zodResolver(followUpFormSchema),
    defaultValues: { action: '', outcome: '', status: '' },
    mode: 'onTouched',
  });
  const save = useMutation({
    mutationFn: (input: FollowUpInput) => {
      const state = services.vault.state();
      if (state.status !== 'unlocked') throw new Error('locked');
      return saveFollowUp(
        { db: services.db, storage: services.storage, clock, identity, by: state.officer.id, now: services.now },
        complaint.id,
        input,
      );
    },
    onSuccess: (result) => result.ok && onDone(),
  });
  const submit = () => void form.handleSubmit((input) => save.mutate(input))();
  const { setFocus } = form;
  useEffect(() => setFocus('action'), [setFocus]);
  useSaveShortcut(submit);
  const next = nextStatuses({ entity: 'complaints', from: complaint.status, role: 'officer' });
  const errors = form.formState.errors;
  const refused = save.data && !save.data.ok ? saveErrorText(save.data.error, lang) : null;
  return (
    <form
      className="sim-form"
      noValidate
      onKeyDown={advanceOnEnter}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid="follow-up-form"
    >
      <div className="grid">
        <div className="field wide">
          <label htmlFor="follow-up-action">{t('Tindakan')}</label>
          <textarea
            id="follow-up-action"
            data-testid="follow-up-action"
            rows={2}
            aria-invalid={errors.action ? true : undefined}
            {...form.register('action')}
          />
          {errors.action && (
            <p className="error" data-testid="follow-up-action-error">
              {errors.action.message ? t(errors.action.message) : null}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="follow-up-outcome">{t('Hasil (tidak wajib)')}</label>
          <input
            id="follow-up-outcome"
            data-testid="follow-up-outcome"
            autoComplete="off"
            {...form.register('outcome')}
          />
        </div>
        <div className="field">
          <label htmlFor="follow-up-status">{t('Status pengaduan')}</label>
          <select id="follow-up-status" data-testid="follow-up-status" {...form.register('status')}>
            <option value="">{t('Tetap: {{status}}', { status: statusLabel(complaint.status, language) })}</option>
            {next.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status, language)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {refused && (
        <p className="error-box" role="alert" data-testid="follow-up-error">
          {refused}
        </p>
      )}
      <button type="submit" className="button primary small" data-testid="follow-up-save" disabled={save.isPending}>
        {t('Simpan tindak lanjut (Ctrl+S)')}
      </button>
    </form>
  );
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ulid } from 'ulid';
import { listOfficers } from '../admin/adminApi';
import type { UnitInfo } from '../coordinator/planningRecords';
import type { StaffSession } from '../staff/staffSession';
import type { StaffSync } from '../staff/staffSync';
import { useErrorMessages } from '../ui/errors';
import { FilterSelect, unitOptions } from '../ui/FilterBar';
import { fetchAllRecords } from './hqApi';
import { pushEdits } from './pushEdits';
import { attendanceEdits, newTrainingEdit } from './trainingEdits';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** HQ records a training and who attended it; both are ordinary records pushed through sync like any client's. */
export function TrainingsPanel({
  session,
  sync,
  units,
}: {
  session: StaffSession;
  sync: StaffSync;
  units: UnitInfo[];
}) {
  const { t } = useTranslation();
  const errors = useErrorMessages();
  const queryClient = useQueryClient();
  const trainings = useQuery({
    queryKey: ['hq', 'trainings'],
    queryFn: async () => {
      const [list, attendance] = await Promise.all([
        fetchAllRecords(session, 'trainings'),
        fetchAllRecords(session, 'training_attendance'),
      ]);
      return {
        list: list.filter((t) => !t.deleted).sort((a, b) => str(b.fields.date).localeCompare(str(a.fields.date))),
        attendance,
      };
    },
  });
  const [form, setForm] = useState({ title: '', topic: '', date: '', trainer: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [trainingId, setTrainingId] = useState('');
  const [unitId, setUnitId] = useState('');
  const chosenUnit = unitId || units[0]?.id || '';
  const chosenTraining = trainingId || trainings.data?.list[0]?.id || '';
  const officers = useQuery({
    queryKey: ['hq', 'officers', chosenUnit],
    queryFn: () => listOfficers(session, chosenUnit),
    enabled: chosenUnit !== '',
  });
  const [ticked, setTicked] = useState<Set<string> | null>(null);
  const attendedNow = new Set(
    (trainings.data?.attendance ?? [])
      .filter((a) => !a.deleted && a.fields.trainingId === chosenTraining && a.fields.attended !== false)
      .map((a) => str(a.fields.officerId)),
  );
  const selected = ticked ?? attendedNow;

  const push = useMutation({
    mutationFn: (edits: Parameters<typeof pushEdits>[1]) => pushEdits(sync, edits),
    onMutate: () => {
      setProblem(null);
      setDone(null);
    },
    onSuccess: ({ rejections }, edits) => {
      void queryClient.invalidateQueries({ queryKey: ['hq'] });
      const first = rejections[0];
      if (first)
        setProblem(
          t('Ditolak server: {{reason}}', { reason: first.reason.message || errors.forCode(first.reason.code) }),
        );
      else
        setDone(
          edits[0]?.entity === 'trainings'
            ? t('Pelatihan dicatat.')
            : t('Kehadiran disimpan ({{count}} perubahan).', { count: edits.length }),
        );
    },
    onError: (error) => setProblem(errors.forError(error)),
  });

  const addTraining = (e: FormEvent) => {
    e.preventDefault();
    const made = newTrainingEdit(form, session.username, Date.now(), ulid());
    if (!made.ok)
      return setProblem(t('Isian {{field}} tidak sah: {{message}}', { field: made.field, message: made.message }));
    push.mutate([made.edit], {
      onSuccess: () => {
        setForm({ title: '', topic: '', date: '', trainer: '' });
        setTrainingId(made.edit.entityId);
        setTicked(null);
      },
    });
  };
  const saveAttendance = () => {
    const ids = (officers.data ?? []).map((o) => o.id);
    const edits = attendanceEdits(
      chosenTraining,
      selected,
      ids,
      trainings.data?.attendance ?? [],
      session.username,
      ulid,
    );
    if (edits.length === 0) return setDone(t('Tidak ada perubahan kehadiran.'));
    push.mutate(edits, { onSuccess: () => setTicked(null) });
  };

  return (
    <section aria-labelledby="trainings-title" className="card" data-testid="trainings">
      <h2 id="trainings-title">{t('Pelatihan petugas')}</h2>
      <form onSubmit={addTraining} aria-label={t('Catat pelatihan')} data-testid="training-form">
        <div className="admin-grid">
          <div className="field">
            <label htmlFor="training-title">{t('Judul')}</label>
            <input
              id="training-title"
              required
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
              data-testid="training-title"
            />
          </div>
          <div className="field">
            <label htmlFor="training-topic">{t('Topik (mis. komunikasi pelayanan, penanganan pengaduan)')}</label>
            <input
              id="training-topic"
              required
              value={form.topic}
              onChange={(e) => setForm({ ...form, topic: e.target.value })}
              data-testid="training-topic"
            />
          </div>
          <div className="field">
            <label htmlFor="training-date">{t('Tanggal')}</label>
            <input
              id="training-date"
              type="date"
              required
              value={form.date}
              onChange={(e) => setForm({ ...form, date: e.target.value })}
              data-testid="training-date"
            />
          </div>
          <div className="field">
            <label htmlFor="training-trainer">{t('Pelatih')}</label>
            <input
              id="training-trainer"
              value={form.trainer}
              onChange={(e) => setForm({ ...form, trainer: e.target.value })}
              data-testid="training-trainer"
            />
          </div>
        </div>
        <button type="submit" className="button" disabled={push.isPending} data-testid="training-save">
          {t('Catat pelatihan')}
        </button>
      </form>
      {problem ? (
        <p className="error-box" role="alert">
          {problem}
        </p>
      ) : null}
      {done ? (
        <p className="ok small" role="status" data-testid="training-outcome">
          {done}
        </p>
      ) : null}

      <h3>{t('Kehadiran')}</h3>
      {trainings.isError ? (
        <p className="error-box" role="alert">
          {errors.forError(trainings.error)}
        </p>
      ) : !trainings.data ? (
        <p className="muted">{t('Memuat pelatihan…')}</p>
      ) : trainings.data.list.length === 0 ? (
        <p className="muted small">{t('Belum ada pelatihan tercatat.')}</p>
      ) : (
        <>
          <div className="hq-filters">
            <FilterSelect
              label={t('Pelatihan')}
              testId="attendance-training"
              className="grow"
              value={chosenTraining}
              options={trainings.data.list.map((training) => ({
                value: training.id,
                label: `${str(training.fields.date)} · ${str(training.fields.title)}`,
              }))}
              onChange={(value) => {
                setTrainingId(value);
                setTicked(null);
              }}
            />
            <FilterSelect
              label={t('Unit')}
              testId="attendance-unit"
              value={chosenUnit}
              options={unitOptions(units)}
              onChange={(value) => {
                setUnitId(value);
                setTicked(null);
              }}
            />
          </div>
          {!officers.data ? (
            <p className="muted small">{t('Memuat petugas…')}</p>
          ) : officers.data.length === 0 ? (
            <p className="muted small">{t('Unit ini belum punya petugas.')}</p>
          ) : (
            <fieldset className="hq-attendance" data-testid="attendance-list">
              <legend>{t('Petugas yang hadir')}</legend>
              {officers.data.map((o) => (
                <label key={o.id}>
                  <input
                    type="checkbox"
                    checked={selected.has(o.id)}
                    onChange={(e) => {
                      const next = new Set(selected);
                      if (e.target.checked) next.add(o.id);
                      else next.delete(o.id);
                      setTicked(next);
                    }}
                    data-testid="attendance-officer"
                    data-officer-id={o.id}
                  />{' '}
                  {str(o.name)} <span className="muted small">{str(o.nrp)}</span>
                </label>
              ))}
            </fieldset>
          )}
          <button
            type="button"
            className="button secondary"
            onClick={saveAttendance}
            disabled={push.isPending || !officers.data}
            data-testid="attendance-save"
          >
            {t('Simpan kehadiran')}
          </button>
        </>
      )}
    </section>
  );
}

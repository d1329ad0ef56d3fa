import { label, surveyElements } from '@keliling/domain';
import type { HlcClock } from '@keliling/sync';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import type { DeviceIdentity } from '../device/identity';
import { type Language, languages, msg } from '../i18n/i18n';
import { type SurveyAnswers, type SurveyedService, saveHandoverSurvey, unanswered } from './saveSurvey';
import './survey.css';

const scale = [
  { value: 1, text: msg('Tidak baik') },
  { value: 2, text: msg('Kurang baik') },
  { value: 3, text: msg('Baik') },
  { value: 4, text: msg('Sangat baik') },
] as const;

/** Each language named in itself, for the resident's choice on the survey screen. */
const languageNames: Record<Language, string> = { id: 'Bahasa Indonesia', en: 'English' };

type Props = {
  service: SurveyedService;
  recordId: string;
  identity: DeviceIdentity;
  clock: HlcClock;
  onSaved: () => void;
};

/**
 * "Serahkan ke warga": the laptop turns into a survey screen that covers everything (no officer data, no
 * navigation). The resident rates the nine elements privately; whatever they do (send or skip), the app then
 * locks, so only the officer's PIN brings the working screens back.
 */
export function HandoverSurvey(props: Props) {
  const [open, setOpen] = useState(false);
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button secondary" data-testid="survey-handover" onClick={() => setOpen(true)}>
        {t('Serahkan ke warga untuk survei kepuasan')}
      </button>
      {open && createPortal(<SurveyScreen {...props} />, document.body)}
    </>
  );
}

function SurveyScreen({ service, recordId, identity, clock, onSaved }: Props) {
  const services = useServices();
  // The resident chooses the survey's language here, starting in Bahasa Indonesia whatever the officer's screen
  // shows; the choice is the survey's own and leaves the app's language as it was.
  const { i18n } = useTranslation();
  const [language, setLanguage] = useState<Language>('id');
  const t = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  useHideApp();

  const finish = () => services.vault.lock();
  const save = useMutation({
    mutationFn: () => {
      const state = services.vault.state();
      if (state.status !== 'unlocked') throw new Error('locked');
      return saveHandoverSurvey(
        { db: services.db, storage: services.storage, clock, identity, by: state.officer.id, now: services.now },
        { service, recordId, answers, comment },
      );
    },
    onSuccess: (result) => result.ok && onSaved(),
  });
  const saved = save.data?.ok === true;

  if (saved) {
    return (
      <div
        className="survey-screen"
        role="dialog"
        aria-modal="true"
        aria-labelledby="survey-thanks"
        data-testid="survey-screen"
        data-state="done"
      >
        <div className="survey-card">
          <h1 id="survey-thanks">{t('Terima kasih atas penilaian Anda')}</h1>
          <p>{t('Silakan kembalikan laptop kepada petugas.')}</p>
          <button type="button" className="button primary" data-testid="survey-return" onClick={finish}>
            {t('Kembalikan ke petugas (perlu PIN)')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div
      className="survey-screen"
      role="dialog"
      aria-modal="true"
      aria-labelledby="survey-title"
      data-testid="survey-screen"
      data-state="asking"
    >
      <form
        className="survey-card"
        onSubmit={(event) => {
          event.preventDefault();
          const gaps = unanswered(answers);
          setMissing(gaps.length > 0);
          if (gaps.length === 0) save.mutate();
        }}
      >
        <fieldset className="survey-languages">
          <legend className="visually-hidden">{t('Bahasa')}</legend>
          {languages.map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              className={code === language ? 'button primary small' : 'button secondary small'}
              aria-pressed={code === language}
              data-testid={`survey-language-${code}`}
              onClick={() => setLanguage(code)}
            >
              {languageNames[code]}
            </button>
          ))}
        </fieldset>
        <h1 id="survey-title">{t('Survei kepuasan layanan')}</h1>
        <p className="muted">
          {label(`entity.${service}`, language)}.{' '}
          {t(
            'Jawaban Anda tidak dilihat petugas di layar ini. Pilih nilai 1 (tidak baik) sampai 4 (sangat baik) untuk setiap unsur.',
          )}
        </p>
        {surveyElements.map((element, i) => (
          <fieldset key={element} className="survey-element" data-testid={`survey-element-${element}`}>
            <legend>
              {i + 1}. {label(`surveyElement.${element}`, language)}
            </legend>
            <div className="survey-scale">
              {scale.map((option) => (
                <label key={option.value} className={answers[element] === option.value ? 'chosen' : undefined}>
                  <input
                    ref={i === 0 && option.value === 1 ? first : undefined}
                    type="radio"
                    name={element}
                    value={option.value}
                    checked={answers[element] === option.value}
                    onChange={() => setAnswers((current) => ({ ...current, [element]: option.value }))}
                    data-testid={`survey-${element}-${option.value}`}
                  />
                  <span className="survey-value">{option.value}</span> {t(option.text)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div className="field">
          <label htmlFor="survey-comment">{t('Saran atau komentar (tidak wajib)')}</label>
          <textarea
            id="survey-comment"
            data-testid="survey-comment"
            rows={2}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </div>
        {missing && unanswered(answers).length > 0 && (
          <p className="error-box" role="alert" data-testid="survey-missing">
            {t('Masih ada {{count}} unsur yang belum dinilai.', { count: unanswered(answers).length })}
          </p>
        )}
        {save.data && !save.data.ok && (
          <p className="error-box" role="alert" data-testid="survey-error">
            {t(save.data.error.message)}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button primary" data-testid="survey-submit" disabled={save.isPending}>
            {t('Kirim penilaian')}
          </button>
          <button type="button" className="button secondary" data-testid="survey-skip" onClick={finish}>
            {t('Tidak ingin mengisi')}
          </button>
        </div>
      </form>
    </div>
  );
}

/**
 * While the resident holds the laptop, the app behind the survey is hidden, inert and unscrollable: not covered
 * only, so neither Tab, a screen reader nor scrolling reaches the officer's screens.
 */
function useHideApp(): void {
  useEffect(() => {
    const app = document.getElementById('root');
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    app?.setAttribute('inert', '');
    app?.setAttribute('aria-hidden', 'true');
    app?.classList.add('survey-hidden');
    return () => {
      document.body.style.overflow = overflow;
      app?.removeAttribute('inert');
      app?.removeAttribute('aria-hidden');
      app?.classList.remove('survey-hidden');
    };
  }, []);
}

import { entityNames, type Lang, label } from '@keliling/domain';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useFormat } from '../i18n/useFormat';
import { lookUpStatus, normaliseQuery, type StatusLookup } from './publicStatus';
import { notFoundMessage, rateLimitedMessage, statusMeaning } from './statusMeaning';
import './status.css';

export const statusPath = '/status';

export function isStatusPath(pathname: string): boolean {
  return pathname.replace(/\/+$/, '') === statusPath;
}

/** The citizen's page: receipt number and the last four NIK digits (or the access code) → where the request stands. */
export function StatusPage({ baseUrl = location.origin }: { baseUrl?: string }) {
  const { t } = useTranslation();
  const ids = { receipt: useId(), secret: useId(), hint: useId() };
  // The receipt's QR code links here with `?r=<receipt number>`: the resident only types the NIK digits.
  const [receipt, setReceipt] = useState(() => new URLSearchParams(location.search).get('r')?.slice(0, 40) ?? '');
  const [secret, setSecret] = useState('');
  const [missing, setMissing] = useState(false);
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const [now, setNow] = useState(Date.now);
  const result = useRef<HTMLDivElement>(null);
  const lookup = useMutation({
    mutationFn: (query: NonNullable<ReturnType<typeof normaliseQuery>>) => lookUpStatus(baseUrl, query),
    onSuccess: (answer: StatusLookup) => {
      if (answer.kind === 'rate_limited') setWaitUntil(Date.now() + answer.retryAfterSeconds * 1000);
      requestAnimationFrame(() => result.current?.focus());
    },
  });

  useEffect(() => {
    if (waitUntil === null) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= waitUntil) setWaitUntil(null);
    }, 1000);
    return () => clearInterval(timer);
  }, [waitUntil]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = normaliseQuery(receipt, secret);
    setMissing(query === null);
    if (query) lookup.mutate(query);
  };
  const answer = lookup.data;
  const waitSeconds = waitUntil === null ? 0 : Math.max(1, Math.ceil((waitUntil - now) / 1000));

  return (
    <main className="page narrow public-status" data-testid="status-page">
      <header className="brand">
        <img src="/icon.svg" alt="" width="40" height="40" />
        <div>
          <h1>{t('Cek status permohonan')}</h1>
          <p className="muted">{t('Layanan keliling Polri: SIM, SKCK, izin keramaian, laporan dan pengaduan.')}</p>
        </div>
      </header>
      <form className="card" onSubmit={submit} noValidate aria-describedby={ids.hint}>
        <p id={ids.hint} className="muted small">
          {t('Nomor tanda terima tercetak pada bukti yang diberikan petugas, misalnya SIM-…')}
        </p>
        <div className="field">
          <label htmlFor={ids.receipt}>{t('Nomor tanda terima')}</label>
          <input
            id={ids.receipt}
            data-testid="status-receipt"
            autoComplete="off"
            spellCheck={false}
            value={receipt}
            onChange={(event) => setReceipt(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.secret}>{t('4 digit terakhir NIK, atau kode akses')}</label>
          <input
            id={ids.secret}
            data-testid="status-nik4"
            autoComplete="off"
            spellCheck={false}
            value={secret}
            onChange={(event) => setSecret(event.target.value)}
          />
        </div>
        {missing ? (
          <p className="error" role="alert" data-testid="status-missing">
            {t('Isi nomor tanda terima dan 4 digit terakhir NIK (atau kode akses).')}
          </p>
        ) : null}
        <div className="actions">
          <button
            type="submit"
            className="button primary"
            data-testid="status-submit"
            disabled={lookup.isPending || waitUntil !== null}
          >
            {lookup.isPending ? t('Mencari…') : t('Cek status')}
          </button>
          <a className="button secondary" href="/" data-testid="status-home">
            {t('Kembali')}
          </a>
        </div>
      </form>

      <div ref={result} tabIndex={-1} aria-live="polite" className="status-result">
        {answer?.kind === 'found' ? <Found answer={answer.status} /> : null}
        {answer?.kind === 'not_found' ? (
          <p className="error-box" role="alert" data-testid="status-not-found">
            {t(notFoundMessage)}
          </p>
        ) : null}
        {answer?.kind === 'rate_limited' ? (
          <p className="error-box" role="alert" data-testid="status-rate-limited" data-seconds={waitSeconds}>
            {rateLimitedMessage(waitSeconds, t)}
          </p>
        ) : null}
        {answer?.kind === 'unavailable' || lookup.isError ? (
          <p className="error-box" role="alert" data-testid="status-unavailable">
            {t('Layanan cek status sedang tidak dapat dihubungi. Coba lagi beberapa saat lagi.')}
          </p>
        ) : null}
      </div>
      <LanguageSwitch />
    </main>
  );
}

/** The server names the service in Indonesian words (or by entity name): shown in the chosen language. */
function serviceName(service: string, lang: Lang): string {
  const entity = entityNames.find((name) => name === service || label(`entity.${name}`, 'id') === service);
  return entity ? label(`entity.${entity}`, lang) : service;
}

function Found({ answer }: { answer: Extract<StatusLookup, { kind: 'found' }>['status'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const meaning = statusMeaning(answer.status, answer.statusLabel, answer.nextSteps, format.language);
  return (
    <section className="card" aria-labelledby="status-title" data-testid="status-result" data-status={answer.status}>
      <p className="muted small">
        {serviceName(answer.service, format.language)} · <span className="mono">{answer.receiptNumber}</span>
      </p>
      <h2 id="status-title" data-testid="status-label">
        {meaning.title}
      </h2>
      <p data-testid="status-meaning">{t(meaning.meaning)}</p>
      {meaning.nextSteps.length > 0 ? (
        <>
          <h3>{t('Langkah berikutnya')}</h3>
          <ul data-testid="status-next-steps">
            {meaning.nextSteps.map((step) => (
              <li key={step}>{t(step)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {answer.updatedAt ? (
        <p className="muted small">{t('Diperbarui {{time}}', { time: format.dateTime(answer.updatedAt) })}</p>
      ) : null}
    </section>
  );
}

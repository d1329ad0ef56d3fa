import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useServices } from '../app/services';
import { defaultServerUrl, normalizeServerUrl } from '../device/identity';
import { msg } from '../i18n/i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useErrorMessages } from '../ui/errors';
import { type EnrollInput, enrollThisDevice } from './enrollDevice';

const enrollFormSchema = z.object({
  serverUrl: z
    .string()
    .trim()
    .min(1, msg('Isi alamat server.'))
    .refine((value) => normalizeServerUrl(value).ok, msg('Alamat server harus diawali http:// atau https://.')),
  code: z.string().trim().min(1, msg('Isi kode pendaftaran dari koordinator.')),
  name: z.string().trim().min(1, msg('Beri nama perangkat ini, misalnya "Laptop Unit 1".')).max(200),
});

/** First start: the device joins its unit with a single-use code from a coordinator or HQ. */
export function EnrollScreen() {
  const { t } = useTranslation();
  const errorText = useErrorMessages();
  const { db, vault, storage, now } = useServices();
  const form = useForm<EnrollInput>({
    resolver: zodResolver(enrollFormSchema),
    defaultValues: { serverUrl: defaultServerUrl(), code: '', name: '' },
  });
  const enroll = useMutation({
    mutationFn: (input: EnrollInput) => enrollThisDevice({ db, vault, storage, now }, input),
  });
  const { errors } = form.formState;
  const { setFocus } = form;
  useEffect(() => setFocus('code'), [setFocus]);

  return (
    <main className="page narrow">
      <header className="brand">
        <img src="/icon.svg" alt="" width="40" height="40" />
        <div>
          <h1>Keliling</h1>
          <p className="muted">{t('Pelayanan keliling Polri — tetap bekerja tanpa jaringan')}</p>
        </div>
      </header>
      <section className="card" aria-labelledby="enroll-title">
        <h2 id="enroll-title">{t('Daftarkan perangkat ini')}</h2>
        <p className="muted">
          {t(
            'Perangkat perlu didaftarkan sekali ke server Polres. Mintalah kode pendaftaran kepada koordinator atau admin.',
          )}
        </p>
        <form
          noValidate
          onSubmit={form.handleSubmit((values) => enroll.mutate(values))}
          aria-describedby={enroll.isError ? 'enroll-error' : undefined}
        >
          <div className="field">
            <label htmlFor="enroll-server">{t('Alamat server')}</label>
            <input
              id="enroll-server"
              data-testid="enroll-server-url"
              type="url"
              inputMode="url"
              autoComplete="url"
              aria-invalid={errors.serverUrl ? true : undefined}
              aria-describedby={errors.serverUrl ? 'enroll-server-error' : undefined}
              {...form.register('serverUrl')}
            />
            {errors.serverUrl && (
              <p className="error" id="enroll-server-error">
                {t(errors.serverUrl.message ?? '')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="enroll-code">{t('Kode pendaftaran')}</label>
            <input
              id="enroll-code"
              data-testid="enroll-code"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              aria-invalid={errors.code ? true : undefined}
              aria-describedby={errors.code ? 'enroll-code-error' : undefined}
              {...form.register('code')}
            />
            {errors.code && (
              <p className="error" id="enroll-code-error">
                {t(errors.code.message ?? '')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="enroll-name">{t('Nama perangkat')}</label>
            <input
              id="enroll-name"
              data-testid="enroll-device-name"
              placeholder={t('Laptop Unit 1')}
              autoComplete="off"
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? 'enroll-name-error' : undefined}
              {...form.register('name')}
            />
            {errors.name && (
              <p className="error" id="enroll-name-error">
                {t(errors.name.message ?? '')}
              </p>
            )}
          </div>
          {enroll.isError && (
            <p className="error-box" id="enroll-error" role="alert" data-testid="enroll-error">
              {errorText.forError(enroll.error)}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button primary" data-testid="enroll-submit" disabled={enroll.isPending}>
              {enroll.isPending ? t('Mendaftarkan…') : t('Daftarkan perangkat')}
            </button>
          </div>
        </form>
      </section>
      <LanguageSwitch />
    </main>
  );
}

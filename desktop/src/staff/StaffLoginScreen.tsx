import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { type InputHTMLAttributes, useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useServices } from '../app/services';
import { defaultServerUrl, normalizeServerUrl } from '../device/identity';
import { msg } from '../i18n/i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { errorCode, useErrorMessages } from '../ui/errors';
import { type StaffSignInInput, signInStaff } from './signInStaff';
import type { StaffSession } from './staffSession';

const staffLoginSchema = z.object({
  serverUrl: z
    .string()
    .trim()
    .min(1, msg('Isi alamat server.'))
    .refine((value) => normalizeServerUrl(value).ok, msg('Alamat server harus diawali http:// atau https://.')),
  username: z.string().trim().min(1, msg('Isi nama pengguna.')).max(200),
  password: z.string().min(1, msg('Isi kata sandi.')).max(1000),
});

/** "Masuk staf": coordinators and HQ sign in with their account; the session lasts as long as this tab. */
export function StaffLoginScreen({
  onSignedIn,
  onBack,
  notice,
}: {
  onSignedIn: (session: StaffSession) => void;
  onBack: () => void;
  notice?: string | null;
}) {
  const { t } = useTranslation();
  const errorText = useErrorMessages();
  const { now } = useServices();
  const form = useForm<StaffSignInInput>({
    resolver: zodResolver(staffLoginSchema),
    defaultValues: { serverUrl: defaultServerUrl(), username: '', password: '' },
  });
  const signIn = useMutation({
    mutationFn: (input: StaffSignInInput) => signInStaff(input, { now }),
    onSuccess: onSignedIn,
  });
  const { errors } = form.formState;
  const { setFocus } = form;
  // A wrong name or password is one message, never which of the two was wrong.
  const loginMessage = (error: unknown): string =>
    errorCode(error) === 'unauthorized' ? t('Nama pengguna atau kata sandi salah.') : errorText.forError(error);
  useEffect(() => setFocus('username'), [setFocus]);

  const field = (
    name: keyof StaffSignInInput,
    labelText: string,
    testId: string,
    props: InputHTMLAttributes<HTMLInputElement>,
  ) => (
    <div className="field">
      <label htmlFor={`staff-${name}`}>{labelText}</label>
      <input
        id={`staff-${name}`}
        data-testid={testId}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `staff-${name}-error` : undefined}
        {...props}
        {...form.register(name)}
      />
      {errors[name] && (
        <p className="error" id={`staff-${name}-error`}>
          {t(errors[name]?.message ?? '')}
        </p>
      )}
    </div>
  );

  return (
    <main className="page narrow">
      <header className="brand">
        <img src="/icon.svg" alt="" width="40" height="40" />
        <div>
          <h1>Keliling</h1>
          <p className="muted">{t('Pelayanan keliling Polri — koordinator dan Polres')}</p>
        </div>
      </header>
      <section className="card" aria-labelledby="staff-title">
        <h2 id="staff-title">{t('Masuk staf')}</h2>
        <p className="muted">{t('Untuk koordinator dan staf Polres. Sesi berakhir saat tab ini ditutup.')}</p>
        {notice && (
          <p className="warning" role="status" data-testid="staff-notice">
            {t(notice)}
          </p>
        )}
        <form noValidate onSubmit={form.handleSubmit((values) => signIn.mutate(values))}>
          {field('serverUrl', t('Alamat server'), 'staff-server-url', {
            type: 'url',
            inputMode: 'url',
            autoComplete: 'url',
          })}
          {field('username', t('Nama pengguna'), 'staff-username', {
            autoComplete: 'username',
            autoCapitalize: 'none',
            spellCheck: false,
          })}
          {field('password', t('Kata sandi'), 'staff-password', { type: 'password', autoComplete: 'current-password' })}
          {signIn.isError && (
            <p className="error-box" role="alert" data-testid="staff-error" data-code={errorCode(signIn.error)}>
              {loginMessage(signIn.error)}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="button primary" data-testid="staff-submit" disabled={signIn.isPending}>
              {signIn.isPending ? t('Masuk…') : t('Masuk')}
            </button>
            <button type="button" className="button secondary" onClick={onBack} data-testid="staff-back">
              {t('Kembali')}
            </button>
          </div>
        </form>
      </section>
      <LanguageSwitch />
    </main>
  );
}

import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import type { OfficerRow } from '../db/database';
import { type StoredIdentity, sealedTokenMetaKey, unlockIdentity } from '../device/identity';
import { firstSync } from '../enroll/enrollDevice';
import { msg } from '../i18n/i18n';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useLiveQuery } from '../ui/useLiveQuery';
import { createEscrowClient } from './escrowClient';
import { isAcceptablePin } from './pinVerifier';
import { type SignInResult, signIn } from './signIn';
import { signInMessages, waitText } from './signInMessages';
import { useVaultState } from './useVault';

export const lastOfficerMetaKey = 'security.lastOfficer';

/**
 * The lock screen: nothing about the people served is on it. An officer of the unit picks their name and types
 * their PIN; it works offline. Shown after enrollment, at every start, and whenever the app locks.
 */
export function SignInScreen({ identity }: { identity: StoredIdentity }) {
  const { t } = useTranslation();
  const services = useServices();
  const { db, vault, platform, now } = services;
  const vaultState = useVaultState(vault);
  const pinId = useId();
  const officerId = useId();
  const officers = useLiveQuery(
    () =>
      db.officers
        .where('unitId')
        .equals(identity.unit.id)
        .filter((row) => row.active)
        .sortBy('name'),
    [db, identity.unit.id],
    null as OfficerRow[] | null,
  );
  const lastOfficer = useLiveQuery(
    async () => {
      const value = (await db.meta.get(lastOfficerMetaKey))?.value;
      return typeof value === 'string' ? value : null;
    },
    [db],
    null,
  );
  const [selected, setSelected] = useState('');
  const [pin, setPin] = useState('');
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (selected || !officers || officers.length === 0) return;
    setSelected(officers.find((row) => row.id === lastOfficer)?.id ?? officers[0]?.id ?? '');
  }, [officers, lastOfficer, selected]);

  const attempt = useMutation({
    mutationFn: async (input: { officerId: string; pin: string }): Promise<SignInResult> => {
      const online = typeof navigator === 'undefined' || navigator.onLine;
      const escrow = online ? createEscrowClient({ serverUrl: identity.serverUrl, deviceId: identity.deviceId }) : null;
      const result = await signIn({ db, vault, now, keychain: platform.keychain, escrow, sealedTokenMetaKey }, input);
      if (result.ok) await db.meta.put({ key: lastOfficerMetaKey, value: result.officer.id });
      if (!result.ok && result.code === 'device_revoked') await services.wipe('revoked');
      return result;
    },
    onSettled: () => setPin(''),
  });

  // Just enrolled and the first sync failed (network gone halfway): the key is still in memory, try again.
  const retryFirstSync = useMutation({
    mutationFn: async () => {
      const full = await unlockIdentity(db, vault.cipher());
      if (full) await firstSync(services, full);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!selected) return setFormError(msg('Pilih nama petugas.'));
    if (!isAcceptablePin(pin))
      return setFormError(msg('PIN terdiri dari sekurang-kurangnya 8 angka (atau frasa sandi 12 karakter).'));
    setFormError(null);
    attempt.mutate({ officerId: selected, pin });
  };

  const result = attempt.data;
  const refusal = result && !result.ok ? result : null;
  const locked = lastOfficer !== null;

  return (
    <main className="page narrow" data-testid="signin-screen" data-state={vaultState.status}>
      <header className="brand">
        <img src="/icon.svg" alt="" width="40" height="40" />
        <div>
          <h1>{locked ? t('Aplikasi terkunci') : t('Masuk')}</h1>
          <p className="muted" data-testid="signin-unit">
            {identity.unit.name} · {identity.name}
          </p>
        </div>
      </header>
      <section className="card" aria-labelledby="signin-title">
        <h2 id="signin-title">{t('Masuk sebagai petugas')}</h2>
        <p className="muted">
          {t(
            'Data warga di perangkat ini terenkripsi. Masukkan PIN Anda untuk membukanya; PIN juga berlaku tanpa jaringan.',
          )}
        </p>
        {officers === null ? (
          <p className="muted">{t('Memuat…')}</p>
        ) : officers.length === 0 ? (
          <div data-testid="signin-no-officers">
            <p>{t('Data petugas unit ini belum ada di perangkat. Perangkat perlu tersambung ke server sekali.')}</p>
            {vaultState.status === 'provisional' && (
              <button
                type="button"
                className="button secondary"
                data-testid="signin-retry-sync"
                disabled={retryFirstSync.isPending}
                onClick={() => retryFirstSync.mutate()}
              >
                {retryFirstSync.isPending ? t('Mengambil data petugas…') : t('Ambil data petugas')}
              </button>
            )}
          </div>
        ) : (
          <form noValidate onSubmit={submit}>
            <div className="field">
              <label htmlFor={officerId}>{t('Petugas')}</label>
              <select
                id={officerId}
                data-testid="signin-officer"
                value={selected}
                onChange={(event) => setSelected(event.target.value)}
              >
                {officers.map((row) => (
                  <option key={row.id} value={row.id}>
                    {row.rank ? `${row.rank} ${row.name}` : row.name} — NRP {row.nrp}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={pinId}>{t('PIN')}</label>
              <input
                id={pinId}
                data-testid="signin-pin"
                type="password"
                inputMode="numeric"
                autoComplete="off"
                // biome-ignore lint/a11y/noAutofocus: the PIN is the only thing to type on this screen.
                autoFocus
                value={pin}
                onChange={(event) => setPin(event.target.value)}
                aria-invalid={formError || refusal ? true : undefined}
                aria-describedby={formError || refusal ? 'signin-error' : undefined}
              />
            </div>
            {(formError || refusal) && (
              <p
                className="error-box"
                id="signin-error"
                role="alert"
                data-testid="signin-error"
                data-code={refusal?.code ?? 'invalid_pin'}
              >
                {formError ? t(formError) : refusal ? t(signInMessages[refusal.code]) : ''}
                {refusal?.retryAt ? ` ${waitText(refusal.retryAt, now(), t)}` : ''}
              </p>
            )}
            <div className="actions">
              <button type="submit" className="button primary" data-testid="signin-submit" disabled={attempt.isPending}>
                {attempt.isPending ? t('Memeriksa PIN…') : t('Masuk')}
              </button>
            </div>
          </form>
        )}
      </section>
      <LanguageSwitch />
    </main>
  );
}

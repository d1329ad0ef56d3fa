import { label } from '@keliling/domain';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitInfo } from '../coordinator/planningRecords';
import { useFormat } from '../i18n/useFormat';
import type { StaffSession } from '../staff/staffSession';
import { useErrorMessages } from '../ui/errors';
import {
  type AdminUser,
  createUser,
  listUsers,
  resetPassword,
  type StaffRoleName,
  setUserStatus,
  staffRoles,
} from './adminApi';
import { focusOnMount, Outcome } from './Outcome';
import { useAdminAction } from './useAdminAction';

/** Staff accounts: create one (role and unit), disable or re-enable it, set a new password. */
export function UsersAdmin({ session, units }: { session: StaffSession; units: UnitInfo[] }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const errors = useErrorMessages();
  const roleName = (role: string) => label(`role.${role as StaffRoleName}`, language);
  const users = useQuery({ queryKey: ['admin', 'users'], queryFn: () => listUsers(session) });
  const [form, setForm] = useState({
    username: '',
    name: '',
    role: 'coordinator' as StaffRoleName,
    unitId: '',
    password: '',
  });
  const create = useAdminAction(
    () =>
      createUser(session, {
        username: form.username.trim(),
        name: form.name.trim() || null,
        role: form.role,
        unitId: form.unitId || null,
        password: form.password,
      }),
    (user) => t('Pengguna {{username}} dibuat ({{role}}).', { username: user.username, role: roleName(user.role) }),
  );
  const status = useAdminAction(
    ({ user, to }: { user: AdminUser; to: AdminUser['status'] }) => setUserStatus(session, user.id, to),
    (user) =>
      user.status === 'disabled'
        ? t('{{username}} dinonaktifkan; sesinya diakhiri.', { username: user.username })
        : t('{{username}} diaktifkan kembali.', { username: user.username }),
  );
  const [resetFor, setResetFor] = useState<AdminUser | null>(null);
  const [newPassword, setNewPassword] = useState('');
  const reset = useAdminAction(
    ({ user, password }: { user: AdminUser; password: string }) => resetPassword(session, user.id, password),
    (_r, { user }) => t('Kata sandi {{username}} diganti; sesi lamanya diakhiri.', { username: user.username }),
  );
  const unitName = (id: string | null) => (id ? (units.find((u) => u.id === id)?.name ?? id) : '—');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.run(undefined, { onSuccess: () => setForm((f) => ({ ...f, username: '', name: '', password: '' })) });
  };

  return (
    <section aria-labelledby="users-title" data-testid="admin-users">
      <h1 id="users-title">{t('Pengguna dan peran')}</h1>
      <form className="card admin-form" onSubmit={submit} data-testid="user-create-form">
        <h2>{t('Tambah pengguna')}</h2>
        <div className="admin-grid">
          <div className="field">
            <label htmlFor="user-username">{t('Nama pengguna')}</label>
            <input
              id="user-username"
              required
              autoComplete="off"
              value={form.username}
              onChange={(e) => setForm({ ...form, username: e.target.value })}
              data-testid="user-username"
            />
          </div>
          <div className="field">
            <label htmlFor="user-name">{t('Nama lengkap')}</label>
            <input
              id="user-name"
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
              data-testid="user-name"
            />
          </div>
          <div className="field">
            <label htmlFor="user-role">{t('Peran')}</label>
            <select
              id="user-role"
              value={form.role}
              onChange={(e) => setForm({ ...form, role: e.target.value as StaffRoleName })}
              data-testid="user-role"
            >
              {staffRoles.map((r) => (
                <option key={r} value={r}>
                  {roleName(r)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="user-unit">
              {form.role === 'officer' || form.role === 'coordinator' ? t('Unit (wajib)') : t('Unit (opsional)')}
            </label>
            <select
              id="user-unit"
              value={form.unitId}
              onChange={(e) => setForm({ ...form, unitId: e.target.value })}
              data-testid="user-unit"
            >
              <option value="">{t('Tanpa unit')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="user-password">{t('Kata sandi awal (min. 8 karakter)')}</label>
            <input
              id="user-password"
              type="password"
              minLength={8}
              required
              autoComplete="new-password"
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })}
              data-testid="user-password"
            />
          </div>
        </div>
        <button type="submit" className="button" disabled={create.pending} data-testid="user-create">
          {create.pending ? t('Menyimpan…') : t('Tambah pengguna')}
        </button>
        <Outcome message={create.message} testId="user-create-outcome" />
      </form>

      <h2>{t('Daftar pengguna')}</h2>
      <Outcome message={status.message ?? reset.message} testId="user-action-outcome" />
      {users.isError ? (
        <p className="error-box" role="alert">
          {errors.forError(users.error)}
        </p>
      ) : !users.data ? (
        <p className="muted">{t('Memuat pengguna…')}</p>
      ) : (
        <table className="records" data-testid="user-list">
          <caption className="visually-hidden">{t('Pengguna staf')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('Nama pengguna')}</th>
              <th scope="col">{t('Nama')}</th>
              <th scope="col">{t('Peran')}</th>
              <th scope="col">{t('Unit')}</th>
              <th scope="col">{t('Status')}</th>
              <th scope="col">{t('Tindakan', { context: 'kolom' })}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => (
              <tr key={user.id} data-testid="user-row" data-username={user.username} data-status={user.status}>
                <td>{user.username}</td>
                <td>{user.name ?? '—'}</td>
                <td>{roleName(user.role)}</td>
                <td>{unitName(user.unitId)}</td>
                <td>
                  <span className={user.status === 'active' ? 'badge status-approved' : 'badge status-rejected'}>
                    {user.status === 'active' ? t('Aktif') : t('Nonaktif')}
                  </span>
                </td>
                <td className="admin-actions">
                  {user.username === session.username ? (
                    <span className="muted small">{t('Akun Anda')}</span>
                  ) : (
                    <button
                      type="button"
                      className={user.status === 'active' ? 'button secondary small danger' : 'button secondary small'}
                      disabled={status.pending}
                      onClick={() => status.run({ user, to: user.status === 'active' ? 'disabled' : 'active' })}
                      data-testid="user-toggle-status"
                    >
                      {user.status === 'active' ? t('Nonaktifkan') : t('Aktifkan')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button secondary small"
                    onClick={() => {
                      setResetFor(user);
                      setNewPassword('');
                    }}
                    data-testid="user-reset-password"
                  >
                    {t('Ganti kata sandi')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {resetFor ? (
        <form
          className="card admin-form"
          aria-label={t('Kata sandi baru untuk {{username}}', { username: resetFor.username })}
          onSubmit={(e) => {
            e.preventDefault();
            reset.run({ user: resetFor, password: newPassword }, { onSuccess: () => setResetFor(null) });
          }}
          data-testid="password-reset-form"
        >
          <h2>{t('Kata sandi baru untuk {{username}}', { username: resetFor.username })}</h2>
          <div className="field">
            <label htmlFor="reset-password">{t('Kata sandi baru (min. 8 karakter)')}</label>
            <input
              id="reset-password"
              type="password"
              minLength={8}
              required
              autoComplete="new-password"
              ref={focusOnMount}
              value={newPassword}
              onChange={(e) => setNewPassword(e.target.value)}
              data-testid="reset-password"
            />
          </div>
          <div className="actions">
            <button type="submit" className="button" disabled={reset.pending} data-testid="reset-password-submit">
              {t('Simpan kata sandi')}
            </button>
            <button type="button" className="button secondary" onClick={() => setResetFor(null)}>
              {t('Batal')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffSession } from '../staff/staffSession';
import { useErrorMessages } from '../ui/errors';
import { type AdminOfficer, createOfficer, createUnit, listOfficers, listUnits, resetOfficerPin } from './adminApi';
import { focusOnMount, Outcome } from './Outcome';
import { useAdminAction } from './useAdminAction';

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : '—');
const pinPattern = '\\d{6}';

/** Units, and the officers of the chosen unit: add one, or reset an officer's PIN (the server makes the verifier). */
export function UnitsAdmin({ session }: { session: StaffSession }) {
  const { t } = useTranslation();
  const errors = useErrorMessages();
  const units = useQuery({ queryKey: ['admin', 'units'], queryFn: () => listUnits(session) });
  const [unitId, setUnitId] = useState('');
  const [unitForm, setUnitForm] = useState({ id: '', name: '', polres: '' });
  const addUnit = useAdminAction(
    () =>
      createUnit(session, {
        id: unitForm.id.trim(),
        name: unitForm.name.trim(),
        polres: unitForm.polres.trim() || null,
      }),
    (unit) => t('Unit {{name}} dibuat.', { name: unit.name }),
  );
  const chosen = unitId || units.data?.[0]?.id || '';
  const officers = useQuery({
    queryKey: ['admin', 'officers', chosen],
    queryFn: () => listOfficers(session, chosen),
    enabled: chosen !== '',
  });
  const [officerForm, setOfficerForm] = useState({ name: '', nrp: '', rank: '', pin: '' });
  const addOfficer = useAdminAction(
    () =>
      createOfficer(session, {
        unitId: chosen,
        name: officerForm.name.trim(),
        nrp: officerForm.nrp.trim(),
        ...(officerForm.rank.trim() ? { rank: officerForm.rank.trim() } : {}),
        pin: officerForm.pin,
      }),
    () =>
      t('Petugas {{name}} ditambahkan. Perangkat unit menerimanya pada sinkron berikutnya.', {
        name: officerForm.name.trim(),
      }),
  );
  const [pinFor, setPinFor] = useState<AdminOfficer | null>(null);
  const [pin, setPin] = useState('');
  const resetPin = useAdminAction(
    ({ officer, pin: next }: { officer: AdminOfficer; pin: string }) => resetOfficerPin(session, officer.id, next),
    (_r, { officer }) =>
      t('PIN {{name}} diganti. Berlaku di perangkat unit setelah sinkron berikutnya.', { name: text(officer.name) }),
  );

  const submitUnit = (e: FormEvent) => {
    e.preventDefault();
    addUnit.run(undefined, {
      onSuccess: (unit) => {
        setUnitForm({ id: '', name: '', polres: '' });
        setUnitId(unit.id);
      },
    });
  };
  const submitOfficer = (e: FormEvent) => {
    e.preventDefault();
    addOfficer.run(undefined, { onSuccess: () => setOfficerForm({ name: '', nrp: '', rank: '', pin: '' }) });
  };

  return (
    <section aria-labelledby="units-title" data-testid="admin-units">
      <h1 id="units-title">{t('Unit dan petugas')}</h1>
      <div className="hq-split">
        <div>
          {units.isError ? (
            <p className="error-box" role="alert">
              {errors.forError(units.error)}
            </p>
          ) : (
            <table className="records" data-testid="unit-list">
              <caption className="visually-hidden">{t('Unit')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('Kode')}</th>
                  <th scope="col">{t('Nama')}</th>
                  <th scope="col">{t('Polres')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('Pilih')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {(units.data ?? []).map((u) => (
                  <tr
                    key={u.id}
                    className={u.id === chosen ? 'selected' : undefined}
                    data-testid="unit-row"
                    data-unit-id={u.id}
                  >
                    <td>{u.id}</td>
                    <td>{u.name}</td>
                    <td>{u.polres ?? '—'}</td>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        aria-pressed={u.id === chosen}
                        onClick={() => setUnitId(u.id)}
                      >
                        {t('Petugas')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <form className="card admin-form" onSubmit={submitUnit} data-testid="unit-create-form">
            <h2>{t('Tambah unit')}</h2>
            <div className="admin-grid">
              <div className="field">
                <label htmlFor="unit-id">{t('Kode unit (huruf, angka, - _)')}</label>
                <input
                  id="unit-id"
                  required
                  pattern="[0-9A-Za-z_\-]{1,64}"
                  value={unitForm.id}
                  onChange={(e) => setUnitForm({ ...unitForm, id: e.target.value })}
                  data-testid="unit-id"
                />
              </div>
              <div className="field">
                <label htmlFor="unit-name">{t('Nama unit')}</label>
                <input
                  id="unit-name"
                  required
                  value={unitForm.name}
                  onChange={(e) => setUnitForm({ ...unitForm, name: e.target.value })}
                  data-testid="unit-name"
                />
              </div>
              <div className="field">
                <label htmlFor="unit-polres">{t('Polres')}</label>
                <input
                  id="unit-polres"
                  value={unitForm.polres}
                  onChange={(e) => setUnitForm({ ...unitForm, polres: e.target.value })}
                  data-testid="unit-polres"
                />
              </div>
            </div>
            <button type="submit" className="button" disabled={addUnit.pending} data-testid="unit-create">
              {t('Tambah unit')}
            </button>
            <Outcome message={addUnit.message} testId="unit-create-outcome" />
          </form>
        </div>
        <div>
          <h2>{t('Petugas {{unit}}', { unit: units.data?.find((u) => u.id === chosen)?.name ?? '' })}</h2>
          <Outcome message={resetPin.message} testId="officer-pin-outcome" />
          {officers.isError ? (
            <p className="error-box" role="alert">
              {errors.forError(officers.error)}
            </p>
          ) : !officers.data ? (
            <p className="muted">{t('Memuat petugas…')}</p>
          ) : officers.data.length === 0 ? (
            <p className="muted small">{t('Belum ada petugas di unit ini.')}</p>
          ) : (
            <table className="records" data-testid="officer-list">
              <caption className="visually-hidden">{t('Petugas unit')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('Nama')}</th>
                  <th scope="col">{t('NRP')}</th>
                  <th scope="col">{t('Pangkat')}</th>
                  <th scope="col">{t('Tindakan', { context: 'kolom' })}</th>
                </tr>
              </thead>
              <tbody>
                {officers.data.map((o) => (
                  <tr key={o.id} data-testid="officer-row" data-officer-id={o.id}>
                    <td>{text(o.name)}</td>
                    <td>{text(o.nrp)}</td>
                    <td>{text(o.rank)}</td>
                    <td>
                      <button
                        type="button"
                        className="button secondary small"
                        onClick={() => {
                          setPinFor(o);
                          setPin('');
                        }}
                        data-testid="officer-reset-pin"
                      >
                        {t('Atur ulang PIN')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {pinFor ? (
            <form
              className="card admin-form"
              onSubmit={(e) => {
                e.preventDefault();
                resetPin.run({ officer: pinFor, pin }, { onSuccess: () => setPinFor(null) });
              }}
              data-testid="officer-pin-form"
            >
              <h3>{t('PIN baru untuk {{name}}', { name: text(pinFor.name) })}</h3>
              <div className="field">
                <label htmlFor="officer-new-pin">{t('PIN baru (6 angka), sampaikan langsung kepada petugas')}</label>
                <input
                  id="officer-new-pin"
                  inputMode="numeric"
                  pattern={pinPattern}
                  maxLength={6}
                  required
                  ref={focusOnMount}
                  autoComplete="off"
                  value={pin}
                  onChange={(e) => setPin(e.target.value)}
                  data-testid="officer-new-pin"
                />
              </div>
              <div className="actions">
                <button type="submit" className="button" disabled={resetPin.pending} data-testid="officer-pin-submit">
                  {t('Simpan PIN')}
                </button>
                <button type="button" className="button secondary" onClick={() => setPinFor(null)}>
                  {t('Batal')}
                </button>
              </div>
            </form>
          ) : null}
          <form className="card admin-form" onSubmit={submitOfficer} data-testid="officer-create-form">
            <h3>{t('Tambah petugas ke unit ini')}</h3>
            <div className="admin-grid">
              <div className="field">
                <label htmlFor="officer-name">{t('Nama')}</label>
                <input
                  id="officer-name"
                  required
                  value={officerForm.name}
                  onChange={(e) => setOfficerForm({ ...officerForm, name: e.target.value })}
                  data-testid="officer-name"
                />
              </div>
              <div className="field">
                <label htmlFor="officer-nrp">{t('NRP')}</label>
                <input
                  id="officer-nrp"
                  required
                  inputMode="numeric"
                  pattern="\d{8}|\d{18}"
                  value={officerForm.nrp}
                  onChange={(e) => setOfficerForm({ ...officerForm, nrp: e.target.value })}
                  data-testid="officer-nrp"
                />
              </div>
              <div className="field">
                <label htmlFor="officer-rank">{t('Pangkat')}</label>
                <input
                  id="officer-rank"
                  value={officerForm.rank}
                  onChange={(e) => setOfficerForm({ ...officerForm, rank: e.target.value })}
                  data-testid="officer-rank"
                />
              </div>
              <div className="field">
                <label htmlFor="officer-pin">{t('PIN awal (6 angka)')}</label>
                <input
                  id="officer-pin"
                  inputMode="numeric"
                  pattern={pinPattern}
                  maxLength={6}
                  required
                  autoComplete="off"
                  value={officerForm.pin}
                  onChange={(e) => setOfficerForm({ ...officerForm, pin: e.target.value })}
                  data-testid="officer-pin"
                />
              </div>
            </div>
            <button
              type="submit"
              className="button"
              disabled={addOfficer.pending || chosen === ''}
              data-testid="officer-create"
            >
              {t('Tambah petugas')}
            </button>
            <Outcome message={addOfficer.message} testId="officer-create-outcome" />
          </form>
        </div>
      </div>
    </section>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { checkNik, districtName, label, regencyName, type SimApplicationField, type SimCategory } from '@keliling/domain';
import type { HlcClock } from '@keliling/sync';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type FieldError, useForm } from 'react-hook-form';
import { useServices } from '../app/services';
import type { DeviceIdentity } from '../device/identity';
import { formatDate, formatRupiah, localIsoDate } from '../ui/format';
import { renewalFee, type SavedSimApplication, saveSimApplication } from './saveSimApplication';
import {
  emptySimRenewalForm,
  renewalCategories,
  nikMismatchWarning,
  type SimRenewalFieldName,
  type SimRenewalFormValues,
  type SimRenewalInput,
  simRenewalFormSchema,
} from './simRenewalForm';
import { advanceOnEnter, useSaveShortcut } from './useFormKeyboard';

type Props = {
  identity: DeviceIdentity;
  clock: HlcClock;
  onSaved: (saved: SavedSimApplication) => void;
  onShowRecords: () => void;
};

const testIds: Record<SimRenewalFieldName, string> = {
  nik: 'sim-nik',
  fullName: 'sim-full-name',
  birthPlace: 'sim-birth-place',
  birthDate: 'sim-birth-date',
  sex: 'sim-sex',
  address: 'sim-address',
  villageCode: 'sim-village-code',
  phone: 'sim-phone',
  category: 'sim-category',
  previousLicenseNumber: 'sim-previous-license-number',
  previousLicenseExpiry: 'sim-previous-license-expiry',
  healthCertificateNumber: 'sim-health-certificate-number',
  psychTestNumber: 'sim-psych-test-number',
};

/** SIM renewal (perpanjangan SIM A/C) at a SIM Keliling, saved offline with a receipt number. */
export function SimForm({ identity, clock, onSaved, onShowRecords }: Props) {
  const services = useServices();
  const today = localIsoDate(services.now());
  const schema = useMemo(() => simRenewalFormSchema(today), [today]);
  const form = useForm<SimRenewalFormValues, unknown, SimRenewalInput>({
    resolver: zodResolver(schema),
    defaultValues: emptySimRenewalForm,
    mode: 'onTouched',
  });
  const { register, formState, setValue, watch, reset, setFocus } = form;
  const errors = formState.errors;
  const [saved, setSaved] = useState<SavedSimApplication | null>(null);
  const filledFromNik = useRef<string | null>(null);

  const save = useMutation({
    mutationFn: (input: SimRenewalInput) => {
      const session = services.vault.state();
      if (session.status !== 'unlocked') throw Object.assign(new Error('locked'), { code: 'locked' });
      const deps = { db: services.db, storage: services.storage, clock, identity, by: session.officer.id, now: services.now };
      return saveSimApplication(deps, input);
    },
    onSuccess: (result) => {
      if (!result.ok) return;
      setSaved(result.saved);
      onSaved(result.saved);
    },
  });

  const nik = watch('nik');
  const category = watch('category');
  const birthDate = watch('birthDate');
  const sex = watch('sex');
  const nikInfo = useMemo(() => (/^\d{16}$/.test(nik) ? checkNik(nik, { today }) : null), [nik, today]);

  // A valid NIK fills birth date and sex (once per NIK, so the officer can still correct them).
  useEffect(() => {
    if (nikInfo?.ok && filledFromNik.current !== nikInfo.nik) {
      filledFromNik.current = nikInfo.nik;
      setValue('birthDate', nikInfo.birthDate, { shouldValidate: true, shouldDirty: true });
      setValue('sex', nikInfo.sex, { shouldValidate: true, shouldDirty: true });
    }
  }, [nikInfo, setValue]);

  const fee = renewalCategories.includes(category as SimCategory) ? renewalFee(category as SimCategory, today) : null;
  const mismatch = nikMismatchWarning({ nik, birthDate, sex });
  const villageCode = watch('villageCode');

  const submit = useCallback(() => {
    if (save.isPending || saved) return;
    void form.handleSubmit(
      (values) => save.mutate(values),
      (invalid) => {
        const first = (Object.keys(invalid) as SimRenewalFieldName[])[0];
        if (first) setFocus(first);
      },
    )();
  }, [form, save, saved, setFocus]);
  useSaveShortcut(submit, saved === null);

  // The form opens on the NIK field, ready for typing (also after "Catat permohonan berikutnya").
  useEffect(() => {
    if (saved === null) setFocus('nik');
  }, [saved, setFocus]);

  const startNext = () => {
    reset(emptySimRenewalForm);
    filledFromNik.current = null;
    setSaved(null);
    save.reset();
  };

  if (saved) {
    return <SavedConfirmation saved={saved} onNext={startNext} onShowRecords={onShowRecords} />;
  }

  const field = (name: SimRenewalFieldName) => ({
    id: `sim-${name}`,
    'data-testid': testIds[name],
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(name, errors[name]),
    ...register(name),
  });

  const saveError = save.data && !save.data.ok ? save.data.error : null;

  return (
    <section aria-labelledby="sim-title">
      <h1 id="sim-title">Perpanjangan SIM</h1>
      <p className="muted">
        SIM Keliling melayani perpanjangan SIM A dan SIM C yang masih berlaku. Enter pindah ke isian berikutnya, Ctrl+S
        menyimpan.
      </p>
      <form className="sim-form" noValidate onKeyDown={advanceOnEnter} onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}>
        <fieldset>
          <legend>Identitas pemohon</legend>
          <div className="grid">
            <Field name="nik" label={fieldLabel('nik')} error={errors.nik} hint={nikHint(nikInfo)} wide>
              <input {...field('nik')} inputMode="numeric" autoComplete="off" maxLength={16} spellCheck={false} />
            </Field>
            <Field name="fullName" label={fieldLabel('fullName')} error={errors.fullName} wide>
              <input {...field('fullName')} autoComplete="off" />
            </Field>
            <Field name="birthPlace" label={fieldLabel('birthPlace')} error={errors.birthPlace}>
              <input {...field('birthPlace')} autoComplete="off" />
            </Field>
            <Field name="birthDate" label={fieldLabel('birthDate')} error={errors.birthDate}>
              <input {...field('birthDate')} type="date" max={today} />
            </Field>
            <Field name="sex" label={fieldLabel('sex')} error={errors.sex}>
              <select {...field('sex')}>
                <option value="">— pilih —</option>
                <option value="L">{label('sex.L', 'id')}</option>
                <option value="P">{label('sex.P', 'id')}</option>
              </select>
            </Field>
          </div>
          {mismatch && (
            <p className="warning" role="status" data-testid="sim-nik-mismatch">
              {mismatch}
            </p>
          )}
        </fieldset>

        <fieldset>
          <legend>Alamat dan kontak</legend>
          <div className="grid">
            <Field name="address" label={`${fieldLabel('address')} (sesuai KTP)`} error={errors.address} wide>
              <input {...field('address')} autoComplete="off" />
            </Field>
            <Field name="villageCode" label={`Kode ${fieldLabel('villageCode').toLowerCase()}`} error={errors.villageCode} hint={villageHint(villageCode)}>
              <input {...field('villageCode')} inputMode="decimal" autoComplete="off" spellCheck={false} />
            </Field>
            <Field name="phone" label={`${fieldLabel('phone')} (tidak wajib)`} error={errors.phone}>
              <input {...field('phone')} type="tel" inputMode="tel" autoComplete="off" />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>SIM yang diperpanjang</legend>
          <div className="grid">
            <Field name="category" label={fieldLabel('category')} error={errors.category}>
              <select {...field('category')}>
                <option value="">— pilih —</option>
                {renewalCategories.map((category) => (
                  <option key={category} value={category}>
                    {label(`simCategory.${category}`, 'id')}
                  </option>
                ))}
              </select>
            </Field>
            <Field name="previousLicenseNumber" label={fieldLabel('previousLicenseNumber')} error={errors.previousLicenseNumber}>
              <input {...field('previousLicenseNumber')} inputMode="numeric" autoComplete="off" spellCheck={false} />
            </Field>
            <Field name="previousLicenseExpiry" label={fieldLabel('previousLicenseExpiry')} error={errors.previousLicenseExpiry}>
              <input {...field('previousLicenseExpiry')} type="date" min={today} />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>Hasil pemeriksaan</legend>
          <div className="grid">
            <Field name="healthCertificateNumber" label={fieldLabel('healthCertificateNumber')} error={errors.healthCertificateNumber}>
              <input {...field('healthCertificateNumber')} autoComplete="off" spellCheck={false} />
            </Field>
            <Field name="psychTestNumber" label={fieldLabel('psychTestNumber')} error={errors.psychTestNumber}>
              <input {...field('psychTestNumber')} autoComplete="off" spellCheck={false} />
            </Field>
          </div>
        </fieldset>

        <div className="form-footer">
          <div className="fee" aria-live="polite">
            <span className="muted">Biaya PNBP</span>
            <output htmlFor="sim-category" data-testid="sim-fee" data-fee={fee?.feeRupiah ?? ''}>
              {fee ? formatRupiah(fee.feeRupiah) : '—'}
            </output>
            <span className="muted small">{fee ? `menurut ${fee.regulation}` : 'dihitung otomatis setelah golongan dipilih'}</span>
          </div>
          {saveError && (
            <p className="error-box" role="alert" data-testid="sim-save-error">
              Tidak dapat menyimpan: {saveError.message}
            </p>
          )}
          {save.isError && (
            <p className="error-box" role="alert" data-testid="sim-save-error">
              Penyimpanan lokal gagal. Data belum tersimpan; coba simpan lagi.
            </p>
          )}
          <button type="submit" className="button primary" data-testid="sim-save" disabled={save.isPending}>
            {save.isPending ? 'Menyimpan…' : 'Simpan (Ctrl+S)'}
          </button>
        </div>
      </form>
    </section>
  );
}

function fieldLabel(field: SimApplicationField): string {
  return label(`sim.${field}`, 'id');
}

/** Fields with a hint (NIK, village code) always name it; every field names its error while it has one. */
const hinted: readonly SimRenewalFieldName[] = ['nik', 'villageCode'];

function describedBy(name: SimRenewalFieldName, error: FieldError | undefined): string | undefined {
  const ids: string[] = [];
  if (hinted.includes(name)) ids.push(`sim-${name}-hint`);
  if (error) ids.push(`sim-${name}-error`);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function villageHint(code: string): string {
  const match = /^(\d{2}\.\d{2})\.(\d{2})/.exec(code.trim());
  if (!match?.[1] || !match[2]) return 'Contoh: 34.04.07.2001';
  const district = districtName(`${match[1]}.${match[2]}`);
  const regency = regencyName(match[1]);
  return district ? `Kecamatan ${district}, ${regency ?? ''}` : 'Kecamatan tidak dikenal';
}

function nikHint(info: ReturnType<typeof checkNik> | null): string {
  if (!info?.ok) return '16 angka. Tanggal lahir dan jenis kelamin terisi otomatis.';
  const place = [info.regencyName, info.provinceName].filter(Boolean).join(', ');
  return `Terdaftar di ${place || info.provinceName}. Lahir ${formatDate(info.birthDate)}, ${info.sex === 'L' ? 'laki-laki' : 'perempuan'}.`;
}

function Field({
  name,
  label,
  error,
  hint,
  wide,
  children,
}: {
  name: SimRenewalFieldName;
  label: string;
  error: FieldError | undefined;
  hint?: string;
  wide?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={`sim-${name}`}>{label}</label>
      {children}
      {hint && (
        <p className="hint muted small" id={`sim-${name}-hint`}>
          {hint}
        </p>
      )}
      {error?.message && (
        <p className="error" id={`sim-${name}-error`} data-testid={`${testIds[name]}-error`}>
          {error.message}
        </p>
      )}
    </div>
  );
}

function SavedConfirmation({
  saved,
  onNext,
  onShowRecords,
}: {
  saved: SavedSimApplication;
  onNext: () => void;
  onShowRecords: () => void;
}) {
  // Keyboard-first: Enter right after saving starts the next application.
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => next.current?.focus(), []);
  return (
    <section className="card saved" aria-labelledby="saved-title" data-testid="sim-saved" role="status">
      <h1 id="saved-title">
        Permohonan tersimpan
      </h1>
      <p>Berikan nomor tanda terima ini kepada pemohon:</p>
      <p className="receipt" data-testid="saved-receipt" data-record-id={saved.entityId}>
        {saved.receiptNumber}
      </p>
      <p>
        Biaya PNBP: <strong>{formatRupiah(saved.feeRupiah)}</strong>
      </p>
      <p className="muted">
        Data tersimpan di perangkat ini dan akan dikirim ke server saat ada jaringan. Tidak ada yang hilang walau perangkat
        luring.
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={onNext} data-testid="sim-new" ref={next}>
          Catat permohonan berikutnya
        </button>
        <button type="button" className="button secondary" onClick={onShowRecords} data-testid="sim-show-records">
          Lihat data tercatat
        </button>
      </div>
    </section>
  );
}

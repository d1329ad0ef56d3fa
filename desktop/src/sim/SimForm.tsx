import { zodResolver } from '@hookform/resolvers/zod';
import {
  checkNik,
  districtName,
  type Lang,
  label,
  regencyName,
  type SimApplicationField,
  type SimCategory,
} from '@keliling/domain';
import type { AttachmentRef, HlcClock } from '@keliling/sync';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type FieldError, useForm } from 'react-hook-form';
import { useServices } from '../app/services';
import { PhotoField } from '../attachments/PhotoField';
import { syncTables } from '../db/database';
import type { DeviceIdentity } from '../device/identity';
import { saveRecordEdit } from '../forms/saveRecord';
import { useFormLanguage } from '../forms/useFormLanguage';
import { useFormat } from '../i18n/useFormat';
import { printPage } from '../receipts/printPage';
import { ReceiptView } from '../receipts/ReceiptView';
import { HandoverSurvey } from '../survey/HandoverSurvey';
import { localIsoDate } from '../ui/format';
import { useCurrentVisit } from '../visits/currentVisit';
import { renewalFee, type SavedSimApplication, saveSimApplication, simEntity } from './saveSimApplication';
import {
  emptySimRenewalForm,
  nikMismatchWarning,
  renewalCategories,
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
  const { t, language, lang } = useFormLanguage();
  const format = useFormat();
  const fieldLabel = (field: SimApplicationField) => simFieldLabel(field, language);
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
  const [photo, setPhoto] = useState<AttachmentRef | null>(null);
  const filledFromNik = useRef<string | null>(null);

  const visit = useCurrentVisit(identity.unit.id);
  const save = useMutation({
    mutationFn: (input: SimRenewalInput) => {
      const session = services.vault.state();
      if (session.status !== 'unlocked') throw Object.assign(new Error('locked'), { code: 'locked' });
      const deps = {
        db: services.db,
        storage: services.storage,
        clock,
        identity,
        by: session.officer.id,
        now: services.now,
      };
      // The applicant's photo (optional) is a second change of the new record, in the same transaction.
      return services.db.transaction('rw', syncTables(services.db), async () => {
        const result = await saveSimApplication(deps, input, visit);
        if (result.ok && photo)
          await saveRecordEdit(deps, { entity: simEntity, entityId: result.saved.entityId, fields: { photo } });
        return result;
      });
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
  const mismatch = nikMismatchWarning({ nik, birthDate, sex }, lang);
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
    setPhoto(null);
    reset(emptySimRenewalForm);
    filledFromNik.current = null;
    setSaved(null);
    save.reset();
  };

  if (saved) {
    return (
      <div className="saved-record">
        <SavedConfirmation saved={saved} onNext={startNext} onShowRecords={onShowRecords}>
          <HandoverSurvey
            service="sim_applications"
            recordId={saved.entityId}
            identity={identity}
            clock={clock}
            onSaved={() => onSaved(saved)}
          />
        </SavedConfirmation>
        <ReceiptView
          entity="sim_applications"
          receiptNumber={saved.receiptNumber}
          fields={saved.change.fields}
          serverUrl={identity.serverUrl}
          unitName={identity.unit.name}
        />
      </div>
    );
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
      <h1 id="sim-title">{t('Perpanjangan SIM')}</h1>
      <p className="muted">
        {t(
          'SIM Keliling melayani perpanjangan SIM A dan SIM C yang masih berlaku. Enter pindah ke isian berikutnya, Ctrl+S menyimpan.',
        )}
      </p>
      <form
        className="sim-form"
        noValidate
        onKeyDown={advanceOnEnter}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <fieldset>
          <legend>{t('Identitas pemohon')}</legend>
          <div className="grid">
            <Field name="nik" label={fieldLabel('nik')} error={errors.nik} hint={nikHint(nikInfo, t, format.date)} wide>
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
                <option value="">{t('— pilih —')}</option>
                <option value="L">{label('sex.L', language)}</option>
                <option value="P">{label('sex.P', language)}</option>
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
          <legend>{t('Alamat dan kontak')}</legend>
          <div className="grid">
            <Field
              name="address"
              label={t('{{label}} (sesuai KTP)', { label: fieldLabel('address') })}
              error={errors.address}
              wide
            >
              <input {...field('address')} autoComplete="off" />
            </Field>
            <Field
              name="villageCode"
              label={t('Kode {{label}}', { label: fieldLabel('villageCode').toLowerCase() })}
              error={errors.villageCode}
              hint={villageHint(villageCode, t)}
            >
              <input {...field('villageCode')} inputMode="decimal" autoComplete="off" spellCheck={false} />
            </Field>
            <Field
              name="phone"
              label={t('{{label}} (tidak wajib)', { label: fieldLabel('phone') })}
              error={errors.phone}
            >
              <input {...field('phone')} type="tel" inputMode="tel" autoComplete="off" />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('SIM yang diperpanjang')}</legend>
          <div className="grid">
            <Field name="category" label={fieldLabel('category')} error={errors.category}>
              <select {...field('category')}>
                <option value="">{t('— pilih —')}</option>
                {renewalCategories.map((category) => (
                  <option key={category} value={category}>
                    {label(`simCategory.${category}`, language)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              name="previousLicenseNumber"
              label={fieldLabel('previousLicenseNumber')}
              error={errors.previousLicenseNumber}
            >
              <input {...field('previousLicenseNumber')} inputMode="numeric" autoComplete="off" spellCheck={false} />
            </Field>
            <Field
              name="previousLicenseExpiry"
              label={fieldLabel('previousLicenseExpiry')}
              error={errors.previousLicenseExpiry}
            >
              <input {...field('previousLicenseExpiry')} type="date" min={today} />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('Hasil pemeriksaan')}</legend>
          <div className="grid">
            <Field
              name="healthCertificateNumber"
              label={fieldLabel('healthCertificateNumber')}
              error={errors.healthCertificateNumber}
            >
              <input {...field('healthCertificateNumber')} autoComplete="off" spellCheck={false} />
            </Field>
            <Field name="psychTestNumber" label={fieldLabel('psychTestNumber')} error={errors.psychTestNumber}>
              <input {...field('psychTestNumber')} autoComplete="off" spellCheck={false} />
            </Field>
          </div>
        </fieldset>

        <PhotoField label={t('Foto pemohon (boleh menyusul)')} testId="sim-photo" value={photo} onChange={setPhoto} />

        <div className="form-footer">
          <div className="fee" aria-live="polite">
            <span className="muted">{t('Biaya PNBP')}</span>
            <output htmlFor="sim-category" data-testid="sim-fee" data-fee={fee?.feeRupiah ?? ''}>
              {fee ? format.rupiah(fee.feeRupiah) : '—'}
            </output>
            <span className="muted small">
              {fee
                ? t('menurut {{regulation}}', { regulation: t(fee.regulation) })
                : t('dihitung otomatis setelah golongan dipilih')}
            </span>
          </div>
          {saveError && (
            <p className="error-box" role="alert" data-testid="sim-save-error">
              {t('Tidak dapat menyimpan: {{reason}}', { reason: t(saveError.message) })}
            </p>
          )}
          {save.isError && (
            <p className="error-box" role="alert" data-testid="sim-save-error">
              {t('Penyimpanan lokal gagal. Data belum tersimpan; coba simpan lagi.')}
            </p>
          )}
          <button type="submit" className="button primary" data-testid="sim-save" disabled={save.isPending}>
            {save.isPending ? t('Menyimpan…') : t('Simpan (Ctrl+S)')}
          </button>
        </div>
      </form>
    </section>
  );
}

function simFieldLabel(field: SimApplicationField, language: Lang): string {
  return label(`sim.${field}`, language);
}

type Translate = ReturnType<typeof useFormLanguage>['t'];

/** Fields with a hint (NIK, village code) always name it; every field names its error while it has one. */
const hinted: readonly SimRenewalFieldName[] = ['nik', 'villageCode'];

function describedBy(name: SimRenewalFieldName, error: FieldError | undefined): string | undefined {
  const ids: string[] = [];
  if (hinted.includes(name)) ids.push(`sim-${name}-hint`);
  if (error) ids.push(`sim-${name}-error`);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function villageHint(code: string, t: Translate): string {
  const match = /^(\d{2}\.\d{2})\.(\d{2})/.exec(code.trim());
  if (!match?.[1] || !match[2]) return t('Contoh: {{example}}', { example: '34.04.07.2001' });
  const district = districtName(`${match[1]}.${match[2]}`);
  const regency = regencyName(match[1]);
  return district
    ? t('Kecamatan {{district}}, {{regency}}', { district, regency: regency ?? '' })
    : t('Kecamatan tidak dikenal');
}

function nikHint(info: ReturnType<typeof checkNik> | null, t: Translate, date: (iso: string) => string): string {
  if (!info?.ok) return `${t('16 angka.')} ${t('Tanggal lahir dan jenis kelamin terisi otomatis.')}`;
  const place = [info.regencyName, info.provinceName].filter(Boolean).join(', ');
  const born =
    info.sex === 'L'
      ? t('Lahir {{date}}, laki-laki.', { date: date(info.birthDate) })
      : t('Lahir {{date}}, perempuan.', { date: date(info.birthDate) });
  return `${t('Terdaftar di {{place}}.', { place: place || info.provinceName })} ${born}`;
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
  const { t } = useFormLanguage();
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
          {t(error.message)}
        </p>
      )}
    </div>
  );
}

function SavedConfirmation({
  saved,
  onNext,
  onShowRecords,
  children,
}: {
  saved: SavedSimApplication;
  onNext: () => void;
  onShowRecords: () => void;
  children?: React.ReactNode;
}) {
  const { platform } = useServices();
  const { t } = useFormLanguage();
  const { rupiah } = useFormat();
  // Keyboard-first: Enter right after saving starts the next application.
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => next.current?.focus(), []);
  return (
    <section className="card saved" aria-labelledby="saved-title" data-testid="sim-saved" role="status">
      <h1 id="saved-title">{t('Permohonan tersimpan')}</h1>
      <p>{t('Berikan nomor tanda terima ini kepada pemohon:')}</p>
      <p className="receipt" data-testid="saved-receipt" data-record-id={saved.entityId}>
        {saved.receiptNumber}
      </p>
      <p>
        {t('Biaya PNBP:')} <strong>{rupiah(saved.feeRupiah)}</strong>
      </p>
      <p className="muted">
        {t(
          'Data tersimpan di perangkat ini dan akan dikirim ke server saat ada jaringan. Tidak ada yang hilang walau perangkat luring.',
        )}
      </p>
      <div className="actions">
        <button type="button" className="button primary" onClick={onNext} data-testid="sim-new" ref={next}>
          {t('Catat permohonan berikutnya')}
        </button>
        <button type="button" className="button secondary" onClick={onShowRecords} data-testid="sim-show-records">
          {t('Lihat data tercatat')}
        </button>
        <button
          type="button"
          className="button secondary"
          data-testid="receipt-print"
          onClick={() => void printPage(platform, saved.receiptNumber)}
        >
          {t('Cetak tanda terima')}
        </button>
      </div>
      {children}
    </section>
  );
}

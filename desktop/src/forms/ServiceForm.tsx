import { checkNik } from '@keliling/domain';
import type { HlcClock } from '@keliling/sync';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type UseFormReturn, useForm } from 'react-hook-form';
import { useServices } from '../app/services';
import { visitLabels } from '../coordinator/labels';
import type { DeviceIdentity } from '../device/identity';
import { useFormat } from '../i18n/useFormat';
import { advanceOnEnter, useSaveShortcut } from '../sim/useFormKeyboard';
import { HandoverSurvey } from '../survey/HandoverSurvey';
import { isSurveyedService } from '../survey/saveSurvey';
import { localIsoDate } from '../ui/format';
import { villageRegions, villagesByCode } from '../villages/villages';
import { useCurrentVisit } from '../visits/currentVisit';
import { domainResolver, draftWarnings } from './domainResolver';
import type { FormContext, FormDraft, FormValues, ServiceFormSpec } from './formSpec';
import { SavedPanel } from './SavedPanel';
import { SpecFields } from './SpecFields';
import { type SavedRecord, saveErrorText, saveNewRecord } from './saveRecord';
import { useFormLanguage } from './useFormLanguage';
import { useNewShortcut } from './useFormShortcuts';
import { useUnitRegency } from './useUnitRegency';
import './forms.css';

type Props = {
  spec: ServiceFormSpec;
  identity: DeviceIdentity;
  clock: HlcClock;
  /** Called after each save (the sync service pushes soon after). */
  onSaved: (saved: SavedRecord) => void;
  /** Extra inputs after the spec's sections (the lost items of a report). */
  rows?: (
    form: UseFormReturn<FormValues, unknown, FormDraft>,
    context: { regencyCode: string | null; today: string },
  ) => ReactNode;
  /** More to do with a saved record, shown in the confirmation. */
  afterSave?: (saved: SavedRecord) => ReactNode;
};

/**
 * One service's form, from its spec: the domain judges every value as it is typed (after a field is left), a
 * valid NIK fills birth date and sex, the fee follows the fee table, Enter moves on, Ctrl+S saves, Ctrl+N (Alt+N)
 * starts again. Records taken while a visit is in progress link to it.
 */
export function ServiceForm({ spec, identity, clock, onSaved, rows, afterSave }: Props) {
  const services = useServices();
  const { t, language, lang } = useFormLanguage();
  const { rupiah } = useFormat();
  const langRef = useRef(lang);
  langRef.current = lang;
  const today = localIsoDate(services.now());
  const visit = useCurrentVisit(identity.unit.id);
  const regencyCode = useUnitRegency(identity.unit.id, visit);
  const session = services.vault.state();
  const officerId = session.status === 'unlocked' ? session.officer.id : '';

  const context = useCallback(
    (): FormContext => ({
      today,
      nowIso: new Date(services.now()).toISOString(),
      officerId,
      visitId: visit?.id ?? null,
      visit: visit ? { servicesOffered: visit.servicesOffered } : null,
    }),
    [today, services, officerId, visit],
  );
  const contextRef = useRef(context);
  contextRef.current = context;
  const resolver = useMemo(
    () =>
      domainResolver(
        spec,
        () => contextRef.current(),
        () => langRef.current,
      ),
    [spec],
  );
  const form = useForm<FormValues, unknown, FormDraft>({ resolver, defaultValues: spec.empty, mode: 'onTouched' });
  const { setValue, setFocus, reset, watch, trigger } = form;
  // The refusals shown are written again in the language just chosen (only those already shown).
  const shownErrors = useRef<string[]>([]);
  shownErrors.current = Object.keys(form.formState.errors).filter((name) => name !== 'root');
  useEffect(() => {
    if (language && shownErrors.current.length > 0) void trigger(shownErrors.current);
  }, [language, trigger]);
  const [saved, setSaved] = useState<SavedRecord | null>(null);
  const filledFromNik = useRef<string | null>(null);

  const save = useMutation({
    mutationFn: (draft: FormDraft) => {
      const state = services.vault.state();
      if (state.status !== 'unlocked') throw Object.assign(new Error('locked'), { code: 'locked' });
      const deps = {
        db: services.db,
        storage: services.storage,
        clock,
        identity,
        by: state.officer.id,
        now: services.now,
      };
      return saveNewRecord(deps, {
        entity: spec.entity,
        fields: draft.fields,
        ...(draft.children ? { children: draft.children } : {}),
        ...(spec.receiptService ? { receiptService: spec.receiptService } : {}),
        visit: context().visit,
      });
    },
    onSuccess: (result) => {
      if (!result.ok) return;
      setSaved(result.saved);
      onSaved(result.saved);
    },
  });

  const values = watch();
  const nik = typeof values.nik === 'string' ? values.nik : '';
  const nikInfo = useMemo(() => (/^\d{16}$/.test(nik) ? checkNik(nik, { today }) : null), [nik, today]);
  const fieldNames = useMemo(() => new Set(spec.sections.flatMap((s) => s.fields.map((f) => f.name))), [spec]);
  useEffect(() => {
    if (!nikInfo?.ok || filledFromNik.current === nikInfo.nik) return;
    filledFromNik.current = nikInfo.nik;
    if (fieldNames.has('birthDate'))
      setValue('birthDate', nikInfo.birthDate, { shouldValidate: true, shouldDirty: true });
    if (fieldNames.has('sex')) setValue('sex', nikInfo.sex, { shouldValidate: true, shouldDirty: true });
  }, [nikInfo, setValue, fieldNames]);

  const draft = spec.toDraft(values, context());
  const fee = spec.fee ? spec.fee(draft.fields, context()) : null;
  const warnings = draftWarnings(spec, draft, context(), language);

  const submit = useCallback(() => {
    if (save.isPending || saved) return;
    void form.handleSubmit(
      (valid) => save.mutate(valid),
      (invalid) => {
        const first = Object.keys(invalid).find((name) => name !== 'root');
        if (first && fieldNames.has(first)) setFocus(first);
      },
    )();
  }, [form, save, saved, setFocus, fieldNames]);
  useSaveShortcut(submit, saved === null);

  const startNew = useCallback(() => {
    reset(spec.empty);
    filledFromNik.current = null;
    setSaved(null);
    save.reset();
  }, [reset, spec, save]);
  useNewShortcut(startNew);

  const firstField = spec.sections[0]?.fields[0]?.name;
  useEffect(() => {
    if (saved === null && firstField) setFocus(firstField);
  }, [saved, setFocus, firstField]);

  if (saved) {
    return (
      <SavedPanel formKey={spec.key} title={spec.title} saved={saved} identity={identity} onNext={startNew}>
        {afterSave?.(saved)}
        {isSurveyedService(spec.entity) && (
          <HandoverSurvey
            service={spec.entity}
            recordId={saved.entityId}
            identity={identity}
            clock={clock}
            onSaved={() => onSaved(saved)}
          />
        )}
      </SavedPanel>
    );
  }

  const saveError = save.data && !save.data.ok ? save.data.error : null;
  const saveReason = saveError ? saveErrorText(saveError, lang) : undefined;
  const rootError = form.formState.errors.root?.message;
  const fills = fieldNames.has('birthDate') ? ` ${t('Tanggal lahir dan jenis kelamin terisi otomatis.')}` : '';
  const nikHint = nikInfo?.ok
    ? `${t('Terdaftar di {{place}}.', { place: [nikInfo.regencyName, nikInfo.provinceName].filter(Boolean).join(', ') })}${fills}`
    : `${t('16 angka.')}${fills}`;

  return (
    <section aria-labelledby={`${spec.key}-title`} data-testid={`${spec.key}-form`}>
      <h1 id={`${spec.key}-title`}>{t(spec.title)}</h1>
      <p className="muted">
        {t(spec.intro)} {t('Enter pindah ke isian berikutnya, Ctrl+S menyimpan, Ctrl+N (Alt+N) formulir baru.')}
      </p>
      <VisitBanner visit={visit} />
      <form
        className="sim-form service-form"
        noValidate
        onKeyDown={advanceOnEnter}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {spec.sections.map((section) => (
          <fieldset key={section.legend}>
            <legend>{t(section.legend)}</legend>
            <SpecFields
              formKey={spec.key}
              fields={section.fields}
              form={form as never}
              regencyCode={regencyCode}
              today={today}
              hints={{ ...spec.hints?.(values, lang), nik: nikHint }}
            />
          </fieldset>
        ))}
        {rows?.(form, { regencyCode, today })}
        {warnings.length > 0 && (
          // The live region wraps the list: a role on the <ul> itself would orphan its items (axe: listitem).
          <div className="warning" role="status" data-testid={`${spec.key}-warnings`}>
            <ul>
              {warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="form-footer">
          {spec.fee && (
            <div className="fee" aria-live="polite">
              <span className="muted">{t('Biaya PNBP')}</span>
              <output data-testid={`${spec.key}-fee`} data-fee={fee?.feeRupiah ?? ''}>
                {fee ? rupiah(fee.feeRupiah) : '—'}
              </output>
              <span className="muted small">
                {fee
                  ? t('menurut {{regulation}}', { regulation: t(fee.regulation) })
                  : t('dihitung otomatis dari isian')}
              </span>
            </div>
          )}
          {(saveError || rootError) && (
            <p className="error-box" role="alert" data-testid={`${spec.key}-save-error`}>
              {t('Tidak dapat menyimpan: {{reason}}', { reason: saveReason ?? rootError })}
            </p>
          )}
          {save.isError && (
            <p className="error-box" role="alert" data-testid={`${spec.key}-save-error`}>
              {t('Penyimpanan lokal gagal. Data belum tersimpan; coba simpan lagi.')}
            </p>
          )}
          <button type="submit" className="button primary" data-testid={`${spec.key}-save`} disabled={save.isPending}>
            {save.isPending ? t('Menyimpan…') : t('Simpan (Ctrl+S)')}
          </button>
        </div>
      </form>
    </section>
  );
}

function VisitBanner({ visit }: { visit: ReturnType<typeof useCurrentVisit> }) {
  const { t, language } = useFormLanguage();
  const byCode = useMemo(() => villagesByCode(villageRegions()), []);
  if (!visit) {
    return (
      <p className="muted small" data-testid="form-visit" data-visit-id="">
        {t('Tidak ada kunjungan yang sedang berlangsung: data dicatat tanpa kunjungan.')}
      </p>
    );
  }
  return (
    <p className="visit-banner" data-testid="form-visit" data-visit-id={visit.id}>
      {t('Dicatat pada kunjungan di')} <strong>{byCode.get(visit.villageCode)?.name ?? visit.villageCode}</strong> (
      {visit.servicesOffered.map(visitLabels(language).service).join(', ')}).
    </p>
  );
}

import { Controller, type FieldError, get, type UseFormReturn } from 'react-hook-form';
import { describedBy, FormField } from './FormField';
import type { FieldSpec, FormValues } from './formSpec';
import { useFormLanguage } from './useFormLanguage';
import { kebab } from './useFormShortcuts';
import { VillageField } from './VillageField';

type Props = {
  formKey: string;
  fields: readonly FieldSpec[];
  form: UseFormReturn<FormValues, unknown, unknown>;
  /** `items.0.` for the fields of a child row. */
  prefix?: string;
  /** Test-id suffix of a child row (`-0`). */
  rowSuffix?: string;
  regencyCode: string | null;
  today: string;
  hints?: Readonly<Record<string, string | undefined>>;
};

/** The inputs of a list of field specs, each with its label, hint and inline error, in Tab order. */
export function SpecFields({
  formKey,
  fields,
  form,
  prefix = '',
  rowSuffix = '',
  regencyCode,
  today,
  hints = {},
}: Props) {
  const values = form.watch();
  const { t, fieldLabel, optionLabel } = useFormLanguage();
  return (
    <div className="grid">
      {fields
        .filter(
          (field) => !field.when || field.when(prefix ? (get(values, prefix.slice(0, -1)) as FormValues) : values),
        )
        .map((field) => {
          const name = `${prefix}${field.name}`;
          const id = `${formKey}-${kebab(field.name)}${rowSuffix}`;
          const testId = id;
          const error = (get(form.formState.errors, name) as FieldError | undefined)?.message;
          const hint = hints[field.name] ?? (field.hint ? t(field.hint) : undefined);
          const label = field.optional ? t('{{label}} (tidak wajib)', { label: fieldLabel(field) }) : fieldLabel(field);
          const common = {
            id,
            'data-testid': testId,
            'aria-invalid': error ? true : undefined,
            'aria-describedby': describedBy(id, Boolean(hint), Boolean(error)),
          };
          return (
            <FormField
              key={name}
              id={id}
              testId={testId}
              label={label}
              error={error}
              hint={hint}
              wide={field.wide || field.kind === 'textarea' || field.kind === 'checklist'}
            >
              {field.kind === 'village' ? (
                <Controller
                  control={form.control}
                  name={name}
                  render={({ field: control }) => (
                    <VillageField
                      id={id}
                      testId={testId}
                      value={typeof control.value === 'string' ? control.value : ''}
                      onChange={control.onChange}
                      onBlur={control.onBlur}
                      regencyCode={regencyCode}
                      invalid={Boolean(error)}
                      describedBy={common['aria-describedby']}
                    />
                  )}
                />
              ) : field.kind === 'select' ? (
                <select {...common} {...form.register(name)}>
                  <option value="">{t('— pilih —')}</option>
                  {(field.options ?? []).map((option) => (
                    <option key={option.value} value={option.value}>
                      {optionLabel(option)}
                    </option>
                  ))}
                </select>
              ) : field.kind === 'textarea' ? (
                <textarea {...common} rows={3} {...form.register(name)} />
              ) : field.kind === 'checkbox' ? (
                <span className="check">
                  <input {...common} type="checkbox" {...form.register(name)} /> {t('Ya')}
                </span>
              ) : field.kind === 'checklist' ? (
                <fieldset className="checklist" id={id} aria-describedby={common['aria-describedby']}>
                  <legend className="visually-hidden">{fieldLabel(field)}</legend>
                  {(field.options ?? []).map((option) => (
                    <label key={option.value} className="check" htmlFor={`${id}-${option.value}`}>
                      <input
                        id={`${id}-${option.value}`}
                        data-testid={`${testId}-${option.value}`}
                        type="checkbox"
                        value={option.value}
                        {...form.register(name)}
                      />
                      {optionLabel(option)}
                    </label>
                  ))}
                </fieldset>
              ) : (
                <input {...common} {...inputProps(field, today)} {...form.register(name)} />
              )}
            </FormField>
          );
        })}
    </div>
  );
}

function inputProps(field: FieldSpec, today: string): Record<string, string | number> {
  switch (field.kind) {
    case 'nik':
      return { inputMode: 'numeric', maxLength: 16, autoComplete: 'off', spellCheck: 'false' };
    case 'phone':
      return { type: 'tel', inputMode: 'tel', autoComplete: 'off' };
    case 'date':
      return { type: 'date', ...(field.name === 'birthDate' || field.name === 'lostOn' ? { max: today } : {}) };
    case 'datetime':
      return { type: 'datetime-local' };
    case 'number':
      return { inputMode: 'numeric', autoComplete: 'off' };
    default:
      return { autoComplete: 'off' };
  }
}

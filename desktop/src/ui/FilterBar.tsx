import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

/** One choice of a filter select; the empty value means "every value". */
export type FilterOption = { value: string; label: string };

/**
 * The row of filters above a list (records on the device, HQ's review queue, dashboards): a `<search>` landmark
 * holding labelled selects and search boxes. The layout (grid or wrapping row) is the caller's class.
 */
export function FilterBar({ className, children }: { className: string; children: ReactNode }) {
  return <search className={className}>{children}</search>;
}

/** What every field of a filter bar has: a label, a test id, a value and a change; `className` sizes it (`grow`). */
type FieldProps = {
  label: string;
  testId: string;
  value: string;
  className?: string | undefined;
  onChange: (value: string) => void;
};

/** A field of a filter bar: the label and the control it names. */
function FilterField({
  label,
  className,
  control,
}: Pick<FieldProps, 'label' | 'className'> & {
  control: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {control(id)}
    </div>
  );
}

/** A labelled `<select>` of a filter bar; `allLabel` puts the empty "every value" choice first. */
export function FilterSelect({
  options,
  allLabel,
  testId,
  value,
  onChange,
  ...field
}: FieldProps & { options: readonly FilterOption[]; allLabel?: string }) {
  return (
    <FilterField
      {...field}
      control={(id) => (
        <select id={id} data-testid={testId} value={value} onChange={(event) => onChange(event.target.value)}>
          {allLabel === undefined ? null : <option value="">{allLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** A labelled input of a filter bar: a search box (no autocomplete: people search by NIK and name), a date or a month. */
export function FilterInput({
  type = 'search',
  placeholder,
  testId,
  value,
  onChange,
  ...field
}: FieldProps & { type?: 'search' | 'date' | 'month'; placeholder?: string }) {
  return (
    <FilterField
      {...field}
      control={(id) => (
        <input
          id={id}
          data-testid={testId}
          type={type}
          autoComplete={type === 'search' ? 'off' : undefined}
          placeholder={placeholder}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    />
  );
}

/** The unit filter of HQ's screens: every unit, or one. */
export function UnitFilter({
  testId,
  units,
  value,
  onChange,
}: {
  testId: string;
  units: readonly { id: string; name: string }[];
  value: string;
  onChange: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <FilterSelect
      label={t('Unit')}
      testId={testId}
      value={value}
      allLabel={t('Semua unit')}
      options={unitOptions(units)}
      onChange={onChange}
    />
  );
}

/** The units as filter choices, by name. */
export const unitOptions = (units: readonly { id: string; name: string }[]): FilterOption[] =>
  units.map((unit) => ({ value: unit.id, label: unit.name }));

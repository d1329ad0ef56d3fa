import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FormDraft, FormValues } from '../forms/formSpec';
import { SpecFields } from '../forms/SpecFields';
import { emptyLostItem, lostItemFields } from './lostReportForm';

/** The report's lost items, one row each (`lost_items` children); at least one. */
export function LostItemRows({ form, today }: { form: UseFormReturn<FormValues, unknown, FormDraft>; today: string }) {
  const { t } = useTranslation();
  const items = useFieldArray({ control: form.control, name: 'items' as never });
  return (
    <fieldset data-testid="lost-items">
      <legend>{t('Barang/dokumen yang hilang')}</legend>
      {items.fields.map((row, index) => (
        <div key={row.id} className="item-row" data-testid="lost-item-row">
          <div className="item-row-head">
            <strong>{t('Barang {{number}}', { number: index + 1 })}</strong>
            {items.fields.length > 1 && (
              <button
                type="button"
                className="button secondary small"
                data-testid={`lost-item-remove-${index}`}
                onClick={() => items.remove(index)}
              >
                {t('Hapus barang {{number}}', { number: index + 1 })}
              </button>
            )}
          </div>
          <SpecFields
            formKey="lost-item"
            fields={lostItemFields}
            form={form as never}
            prefix={`items.${index}.`}
            rowSuffix={`-${index}`}
            regencyCode={null}
            today={today}
          />
        </div>
      ))}
      <button
        type="button"
        className="button secondary small"
        data-testid="lost-item-add"
        onClick={() => items.append({ ...emptyLostItem } as never)}
      >
        {t('+ Tambah barang')}
      </button>
    </fieldset>
  );
}

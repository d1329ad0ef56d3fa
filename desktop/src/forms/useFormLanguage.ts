import { fieldLabel, isLabelKey, label } from '@keliling/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import type { MessageLanguage } from './domainResolver';
import type { FieldSpec, Option } from './formSpec';

/**
 * The officer's language for a form: `t` for its marked texts, the domain's labels of fields and choices in that
 * language (the catalogue has both), and the messages the domain's checks give.
 */
export function useFormLanguage() {
  const { t } = useTranslation();
  const { language } = useFormat();
  return useMemo(() => {
    const lang: MessageLanguage = { language, t: (text, values) => t(text, values ?? {}) };
    return {
      ...lang,
      lang,
      fieldLabel: (field: FieldSpec) =>
        field.entity ? fieldLabel(field.entity, field.name, language) : t(field.label),
      optionLabel: (option: Option) =>
        option.key && isLabelKey(option.key) ? label(option.key, language) : t(option.label),
    };
  }, [t, language]);
}

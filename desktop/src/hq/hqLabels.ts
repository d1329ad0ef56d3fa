import { isLabelKey, label } from '@keliling/domain';
import type { Language } from '../i18n/i18n';
import { formatDateTime, formatRupiah } from '../ui/format';

function labelOr(key: string, fallback: string, lang: Language): string {
  return isLabelKey(key) ? label(key, lang) : fallback;
}

/** A status in Bahasa Indonesia (the domain's catalogue), or the raw value for one it does not know. */
export function statusLabel(status: unknown, lang: Language = 'id'): string {
  if (typeof status !== 'string' || status === '') return '—';
  return labelOr(`status.${status}`, status, lang);
}

export function entityLabel(entity: string, lang: Language = 'id'): string {
  return labelOr(`entity.${entity}`, entity, lang);
}

export function fieldLabel(entity: string, field: string, lang: Language = 'id'): string {
  return labelOr(`field.${entity}.${field}`, field, lang);
}

// Fields whose values are catalogue enums, by the catalogue's prefix.
const enumPrefixes: Record<string, string> = {
  status: 'status',
  applicationType: 'applicationType',
  category: 'simCategory',
  sex: 'sex',
  urgency: 'urgency',
  issuingLevel: 'issuingLevel',
};
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A field's value as officers read it: enum labels, rupiah, local date-times; anything else as text. */
export function showField(field: string, value: unknown, lang: Language = 'id'): string {
  const prefix = enumPrefixes[field];
  if (prefix && typeof value === 'string') return labelOr(`${prefix}.${value}`, value, lang);
  if (field === 'feeRupiah' && typeof value === 'number') return formatRupiah(value);
  if (typeof value === 'string' && isoInstant.test(value)) return formatDateTime(value, { language: lang });
  return showValue(value);
}

/** Any field value as one line of text. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

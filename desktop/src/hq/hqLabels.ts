import { formatDateTime, formatRupiah } from '../ui/format';
import { isLabelKey, label } from '@keliling/domain';

function labelOr(key: string, fallback: string): string {
  return isLabelKey(key) ? label(key, 'id') : fallback;
}

/** A status in Bahasa Indonesia (the domain's catalogue), or the raw value for one it does not know. */
export function statusLabel(status: unknown): string {
  if (typeof status !== 'string' || status === '') return '—';
  return labelOr(`status.${status}`, status);
}

export function entityLabel(entity: string): string {
  return labelOr(`entity.${entity}`, entity);
}

export function fieldLabel(entity: string, field: string): string {
  return labelOr(`field.${entity}.${field}`, field);
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
export function showField(field: string, value: unknown): string {
  const prefix = enumPrefixes[field];
  if (prefix && typeof value === 'string') return labelOr(`${prefix}.${value}`, value);
  if (field === 'feeRupiah' && typeof value === 'number') return formatRupiah(value);
  if (typeof value === 'string' && isoInstant.test(value)) return formatDateTime(value);
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

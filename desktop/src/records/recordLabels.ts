import {
  type EntityName,
  entityStatuses,
  fieldLabel,
  isEntityName,
  isLabelKey,
  label,
  statusLabel,
} from '@keliling/domain';
import { type ServiceEntity, serviceEntities } from '../db/recordFilters';
import type { Language } from '../i18n/i18n';
import { formatDate, formatDateTime, formatRupiah } from '../ui/format';

/** "Permohonan SIM", … (the service's name in Bahasa Indonesia). */
export function entityName(entity: string, lang: Language = 'id'): string {
  const key = `entity.${entity}`;
  return isLabelKey(key) ? label(key, lang) : entity;
}

export function statusName(status: unknown, lang: Language = 'id'): string {
  return typeof status === 'string' ? statusLabel(status, lang) : '';
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Every status any service has, once, in workflow order (for the status filter). */
export function serviceStatuses(entity?: ServiceEntity): string[] {
  const out: string[] = [];
  for (const name of entity ? [entity] : serviceEntities)
    for (const status of entityStatuses[name] ?? []) if (!out.includes(status)) out.push(status);
  return out;
}

export function fieldName(entity: string, field: string, lang: Language = 'id'): string {
  return isEntityName(entity) ? fieldLabel(entity as EntityName, field, lang) : field;
}

/** A field's value as an officer reads it. Attachments and objects are shown by the record page itself. */
export function showValue(field: string, value: unknown, lang: Language = 'id'): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? (lang === 'en' ? 'Yes' : 'Ya') : lang === 'en' ? 'No' : 'Tidak';
  if (field === 'feeRupiah' && typeof value === 'number') return formatRupiah(value);
  if (field === 'status') return statusName(value, lang);
  const enumKey = `${field}.${String(value)}`;
  if ((typeof value === 'string' || typeof value === 'number') && isLabelKey(enumKey)) return label(enumKey, lang);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, { language: lang });
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value, { language: lang });
  if (Array.isArray(value)) return value.map((item) => showValue(field, item, lang)).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${key}: ${showValue(key, inner, lang)}`)
      .join('; ');
  }
  return String(value);
}

/** The link to a record's page. */
export function recordHash(entity: string, entityId: string): string {
  return `#/data/${entity}/${entityId}`;
}

/** `#/data/<entity>/<id>` → the record it names, or null. */
export function recordFromHash(hash: string): { entity: string; entityId: string } | null {
  const match = /^#\/data\/([a-z_]+)\/([0-9A-Za-z_-]+)$/.exec(hash);
  return match?.[1] && match[2] ? { entity: match[1], entityId: match[2] } : null;
}

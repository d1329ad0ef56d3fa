import {
  checkChange,
  checkRecord,
  entityParents,
  isEntityName,
  type RecordCheck,
  ruleMessage,
  validateFields,
} from '@keliling/domain';
import { type Change, hlcTime, type RejectionReason } from '@keliling/sync';
import { inScope } from '../auth/principal.js';
import type { Lang } from '../http/lang.js';
import { fieldLabel, type MessageKey, message } from '../http/messages.js';
import type { ChangeCheck } from '../store/types.js';
import { isUnitScoped, mayWriteEntity } from './entity-policy.js';
import type { RecordContextSource } from './record-context.js';
import { wholeRecordAfter } from './whole-record.js';

export type ChangeRulesOptions = {
  now: () => number;
  maxClockSkewMs: number;
  lang: Lang;
  unitExists: (unitId: string) => boolean;
  records: RecordContextSource;
};

/**
 * The server's rules for one incoming change, in order: clock skew, known entity, who may write it, the unit
 * scope (a new record names its unit, which never changes), field validation by the domain package, the role's
 * field and status permissions (records.md "who may"), and last the domain's whole-record rules (ages, renewal
 * before expiry, fee from the table in force, visit offering) on the record as this change leaves it.
 */
export function createChangeCheck(options: ChangeRulesOptions): ChangeCheck {
  const reject = (code: string, key: MessageKey, field?: string, text?: string) => {
    const reason: RejectionReason = { code, message: text ?? message(key, options.lang) };
    if (field !== undefined) reason.field = field;
    return { ok: false as const, reason };
  };

  return (change: Change, { principal, record }) => {
    if (hlcTime(change.hlc) > options.now() + options.maxClockSkewMs) return reject('clock_skew', 'clock_skew');
    if (!isEntityName(change.entity)) return reject('unknown_entity', 'unknown_entity');
    if (!mayWriteEntity(principal, change.entity)) return reject('out_of_scope', 'out_of_scope');

    let unitId: string | null = null;
    if (isUnitScoped(change.entity)) {
      const named = change.fields.unitId;
      if (record) {
        if (named !== undefined && named !== record.unitId) return reject('out_of_scope', 'unit_required', 'unitId');
        if (!inScope(principal.scope, record.unitId)) return reject('out_of_scope', 'out_of_scope', 'unitId');
        unitId = record.unitId;
      } else {
        if (typeof named !== 'string' || named.length === 0) return reject('out_of_scope', 'unit_required', 'unitId');
        if (!inScope(principal.scope, named)) return reject('out_of_scope', 'out_of_scope', 'unitId');
        if (!options.unitExists(named)) return reject('invalid_field', 'unknown_unit', 'unitId');
        unitId = named;
      }
    }

    const valid = validateFields(change.entity, change.fields);
    if (!valid.ok) {
      const key: MessageKey =
        valid.code === 'invalid_nik'
          ? 'invalid_nik'
          : valid.code === 'unknown_entity'
            ? 'unknown_entity'
            : 'invalid_field';
      // The domain's own detail is English; Indonesian readers get the catalogue text and the field's label.
      const text =
        options.lang === 'en'
          ? valid.message
          : `${message(key, 'id')}${valid.field ? ` (${fieldLabel(change.entity, valid.field.split('.')[0]!, 'id')})` : ''}`;
      return reject(valid.code, key, valid.field, text);
    }
    const parentLink = entityParents[change.entity];
    const parentId = parentLink ? (change.fields[parentLink.field] ?? record?.fields[parentLink.field]) : undefined;
    const parent =
      parentLink && typeof parentId === 'string' ? options.records.getRecord(parentLink.parent, parentId) : null;
    const permission = checkChange({
      entity: change.entity,
      role: principal.role,
      current: record ? record.fields : null,
      fields: change.fields,
      parentStatus: typeof parent?.fields.status === 'string' ? parent.fields.status : null,
    });
    if (!permission.ok) {
      return reject(
        permission.code,
        permission.code,
        permission.field,
        options.lang === 'en' ? permission.message : undefined,
      );
    }

    const merged = wholeRecordAfter(change, record);
    if (merged) {
      const visitId = merged.visitId;
      const visit = typeof visitId === 'string' ? options.records.getRecord('visits', visitId) : null;
      const checked = checkRecord(change.entity, merged, {
        today: options.records.today(),
        visit: visit ? (visit.fields as Parameters<typeof checkRecord>[2]['visit']) : null,
        feeTables: options.records.feeTables(),
      });
      if (!checked.ok) {
        const text = ruleText(checked, options.lang);
        return {
          ok: false as const,
          reason: { code: checked.code, message: text, ...(checked.field ? { field: checked.field } : {}) },
        };
      }
    }
    return { ok: true, unitId };
  };
}

/** The first blocking rule in the caller's language (the domain's catalogue fills in its details). */
function ruleText(checked: Extract<RecordCheck, { ok: false }>, lang: Lang): string {
  const first = checked.issues.find((issue) => issue.severity === 'error');
  if (first) return ruleMessage(first, lang);
  return lang === 'en'
    ? checked.message
    : message(checked.code === 'invalid_nik' ? 'invalid_nik' : 'invalid_field', lang);
}

import { isEntityName, validateFields } from '@keliling/domain';
import { type Change, hlcTime, type RejectionReason } from '@keliling/sync';
import { inScope } from '../auth/principal.js';
import type { Lang } from '../http/lang.js';
import { fieldLabel, type MessageKey, message } from '../http/messages.js';
import type { ChangeCheck } from '../store/types.js';
import { isUnitScoped, mayWriteEntity } from './entity-policy.js';
import { checkStatusRules } from './status-rules.js';

export type ChangeRulesOptions = {
  now: () => number;
  maxClockSkewMs: number;
  lang: Lang;
  unitExists: (unitId: string) => boolean;
};

/**
 * The server's rules for one incoming change, in order: clock skew, known entity, who may write it, the unit
 * scope (a new record names its unit, which never changes), then field validation by the domain package.
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
    const status = checkStatusRules(change, principal.role, record);
    if (status) return reject(status.code, status.key, 'status');
    return { ok: true, unitId };
  };
}

import { checkTransition, type EntityName } from '@keliling/domain';
import { msg } from '../i18n/i18n';
import type { SaveError } from './saveRecord';

/** Refuses a status change an officer may not make (the domain's transition table), before anything is written. */
export function officerTransition(entity: EntityName, to: string) {
  return (current: Record<string, unknown>): SaveError | null => {
    const from = typeof current.status === 'string' ? current.status : '';
    const checked = checkTransition({ entity, from, to, role: 'officer' });
    if (checked.ok) return null;
    const key = msg('Status tidak dapat diubah dari "{{from}}" ke "{{to}}".');
    return {
      code: checked.code,
      message: `Status tidak dapat diubah dari "${from}" ke "${to}".`,
      text: { key, values: { from, to } },
    };
  };
}

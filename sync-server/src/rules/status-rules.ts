import { canTransition, isEntityName, statusTransitions } from '@keliling/domain';
import type { Change } from '@keliling/sync';
import type { Role } from '../auth/principal.js';
import type { MessageKey } from '../http/messages.js';
import type { ExistingRecord } from '../store/types.js';

/** Application statuses after which officers may no longer edit (records.md: "an officer editing an approved application"). */
const lockedForOfficers: Partial<Record<string, readonly string[]>> = {
  sim_applications: ['approved', 'issued', 'rejected', 'cancelled'],
  skck_applications: ['approved', 'issued', 'rejected', 'cancelled'],
};

/**
 * Status rules on an existing record: a status change must be a transition the role may make (the domain's
 * table), and officers may not edit applications that HQ has processed.
 */
export function checkStatusRules(
  change: Change,
  role: Role,
  record: ExistingRecord | null,
): { code: 'forbidden_transition' | 'out_of_scope'; key: MessageKey } | null {
  if (!record || !isEntityName(change.entity)) return null;
  const current = record.fields.status;
  if (typeof current !== 'string') return null;
  if (role === 'officer' && lockedForOfficers[change.entity]?.includes(current)) {
    return { code: 'out_of_scope', key: 'locked_record' };
  }
  const next = change.fields.status;
  if (next === undefined || next === current || statusTransitions[change.entity] === undefined) return null;
  if (typeof next !== 'string' || !canTransition({ entity: change.entity, from: current, to: next, role })) {
    return { code: 'forbidden_transition', key: 'forbidden_transition' };
  }
  return null;
}

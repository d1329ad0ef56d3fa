import type { Principal } from '../auth/principal.js';

/**
 * Shared reference data: carries no unitId and is pulled by every device (records.md "Reference and
 * service-quality data"). Every other entity belongs to the unit named at its creation.
 */
export const referenceEntities: ReadonlySet<string> = new Set([
  'units',
  'fee_tables',
  'trainings',
  'training_attendance',
]);

export function isUnitScoped(entity: string): boolean {
  return !referenceEntities.has(entity);
}

/**
 * Which entities a credential may write at all (records.md "who may"); the unit scope is checked separately.
 * Field- and status-level rules (forbidden_transition) come from the domain package.
 */
export function mayWriteEntity(principal: Principal, entity: string): boolean {
  switch (principal.role) {
    case 'hq':
      return true;
    case 'admin':
      return referenceEntities.has(entity) || entity === 'officers';
    case 'coordinator':
      return entity === 'visits';
    case 'officer':
      return isUnitScoped(entity) && entity !== 'officers';
  }
}

import type { EntityName } from '../records/entity-names.js';
import { entityDefinitions, entityParents } from '../records/entity-schemas.js';
import type { Role } from '../roles.js';
import { entityStatuses, initialStatuses } from '../status/entity-statuses.js';
import { canTransition, nextStatuses } from '../status/status-transitions.js';
import { creationOnlyFields, type EditGrant, writePolicies } from './write-policy.js';

export type FieldWriteQuery = {
  entity: EntityName;
  role: Role;
  field: string;
  /** The record's status before the change (absent for a new record or an entity without statuses). */
  currentStatus?: string | null;
  /** The change creates the record. */
  isNew?: boolean;
  /** For a child record (`lost_items`, `complaint_follow_ups`): its parent's status, when known. */
  parentStatus?: string | null;
};

export type PermissionDenied = {
  ok: false;
  code: 'out_of_scope' | 'forbidden_transition';
  field: string;
  message: string;
};
export type PermissionResult = { ok: true } | PermissionDenied;

const allowed: PermissionResult = { ok: true };

function deny(field: string, message: string): PermissionDenied {
  return { ok: false, code: 'out_of_scope', field, message };
}

function within(list: readonly string[] | undefined, value: string | null | undefined): boolean {
  return list === undefined || value == null || list.includes(value);
}

/** The grant under which `role` edits this record now, or null. */
function editGrant(q: Omit<FieldWriteQuery, 'field'>): EditGrant | null {
  const grant = writePolicies[q.entity].edit[q.role];
  if (!grant) return null;
  if (grant.statuses && !(q.currentStatus != null && grant.statuses.includes(q.currentStatus))) return null;
  if (!within(grant.parentStatuses, q.parentStatus)) return null;
  return grant;
}

/**
 * Whether `role` may write `field` of a record of `entity` now (records.md "who may"): officers edit their
 * unit's records until they are verified, coordinators plan visits, admins keep the reference data, HQ may
 * correct anything. Fields set at creation (`unitId`, `createdAt`, `createdBy`) never change. Status changes
 * are further checked against the transition table (`checkChange`).
 */
export function fieldWritePermission(q: FieldWriteQuery): PermissionResult {
  const { entity, role, field } = q;
  if (!q.isNew && creationOnlyFields.includes(field)) return deny(field, `${field} is set when the record is created`);
  if (role === 'hq') return allowed;
  const policy = writePolicies[entity];
  if (policy.restrictedFields?.includes(field)) return deny(field, `Only hq writes ${entity}.${field}`);
  if (q.isNew) {
    if (!policy.create.includes(role)) return deny(field, `${role} may not create ${entity}`);
    const parent = entityParents[entity];
    const grant = policy.edit[role];
    if (parent && grant && !within(grant.parentStatuses, q.parentStatus)) {
      return deny(field, `${role} may not add ${entity} to a ${parent.parent} record in status ${q.parentStatus}`);
    }
    return allowed;
  }
  const grant = editGrant(q);
  if (!grant) {
    const where = q.currentStatus ? ` in status ${q.currentStatus}` : '';
    return deny(field, `${role} may not change ${entity}${where}`);
  }
  if (grant.fields && !grant.fields.includes(field)) return deny(field, `${role} may not write ${entity}.${field}`);
  return allowed;
}

export type ChangeQuery = {
  entity: EntityName;
  role: Role;
  /** The stored record's fields, or null when the change creates it. */
  current: Readonly<Record<string, unknown>> | null;
  /** The change's `fields`. */
  fields: Readonly<Record<string, unknown>>;
  parentStatus?: string | null;
};

/**
 * Every permission on one change, as the server checks it before applying: each field the role may write
 * (`out_of_scope`), and a status change that the role may make from the current status, or a valid initial
 * status for a new record (`forbidden_transition`). Returns the first problem. Unit scope is the server's.
 */
export function checkChange({ entity, role, current, fields, parentStatus }: ChangeQuery): PermissionResult {
  const isNew = current === null;
  const currentStatus = typeof current?.status === 'string' ? current.status : null;
  const hasStatuses = entityStatuses[entity] !== undefined;
  for (const field of Object.keys(fields)) {
    // A status change is judged by the transition table alone (forbidden_transition), below.
    if (field === 'status' && hasStatuses && !isNew) continue;
    if (!isNew && current && creationOnlyFields.includes(field) && fields[field] === current[field]) continue;
    const result = fieldWritePermission({
      entity,
      role,
      field,
      currentStatus,
      isNew,
      parentStatus: parentStatus ?? null,
    });
    if (!result.ok) return result;
  }
  const to = fields.status;
  if (to === undefined || !hasStatuses) return allowed;
  if (typeof to !== 'string') return allowed; // the schema reports a bad value
  if (isNew) {
    return (initialStatuses[entity] ?? []).includes(to)
      ? allowed
      : {
          ok: false,
          code: 'forbidden_transition',
          field: 'status',
          message: `A new ${entity} record cannot start as ${to}`,
        };
  }
  if (currentStatus === null || to === currentStatus) return allowed;
  return canTransition({ entity, from: currentStatus, to, role })
    ? allowed
    : {
        ok: false,
        code: 'forbidden_transition',
        field: 'status',
        message: `${role} may not move ${entity} from ${currentStatus} to ${to}`,
      };
}

export type AllowedActions = {
  /** The role may create records of this entity. */
  canCreate: boolean;
  /** The role may change at least one field of this record now. */
  canEdit: boolean;
  /** The fields the role may write now (status included only when it has a transition to offer). */
  editableFields: string[];
  /** The statuses the role may move the record to, for the buttons a form shows. */
  nextStatuses: string[];
};

/**
 * What the app shows `role` for a record of `entity` in `status` (absent: a new record): the fields it may
 * edit and the status changes it may make.
 */
export function allowedActions({
  entity,
  role,
  status,
  parentStatus,
}: {
  entity: EntityName;
  role: Role;
  status?: string | null;
  parentStatus?: string | null;
}): AllowedActions {
  const isNew = status === undefined;
  const canCreate = role === 'hq' || writePolicies[entity].create.includes(role);
  const transitions = status == null ? [] : nextStatuses({ entity, from: status, role });
  const editableFields = entityDefinitions[entity].fields.filter((field) => {
    if (field === 'status' && !isNew && entityStatuses[entity]) return transitions.length > 0;
    return fieldWritePermission({ entity, role, field, currentStatus: status ?? null, isNew, parentStatus }).ok;
  });
  return {
    canCreate,
    canEdit: !isNew && editableFields.length > 0,
    editableFields: isNew && !canCreate ? [] : editableFields,
    nextStatuses: transitions,
  };
}

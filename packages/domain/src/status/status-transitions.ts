import type { EntityName } from '../records/entity-names.js';
import type { Role } from '../roles.js';

export type TransitionRule = { from: string; to: string; roles: readonly Role[] };

// hq may do everything officers and coordinators may, on every unit (records.md role table).
const onSite = ['officer', 'hq'] as const;
const hqOnly = ['hq'] as const;
const planners = ['coordinator', 'hq'] as const;

/** SIM and SKCK applications: draft → submitted → verified → approved → issued, with rejection and cancellation. */
const applicationTransitions: readonly TransitionRule[] = [
  { from: 'draft', to: 'submitted', roles: onSite },
  { from: 'submitted', to: 'verified', roles: onSite },
  { from: 'verified', to: 'approved', roles: hqOnly },
  { from: 'approved', to: 'issued', roles: hqOnly },
  { from: 'submitted', to: 'rejected', roles: hqOnly },
  { from: 'verified', to: 'rejected', roles: hqOnly },
  { from: 'draft', to: 'cancelled', roles: onSite },
  { from: 'submitted', to: 'cancelled', roles: onSite },
];

const crowdPermitTransitions: readonly TransitionRule[] = [
  { from: 'draft', to: 'submitted', roles: onSite },
  { from: 'submitted', to: 'verified', roles: onSite },
  { from: 'verified', to: 'forwarded', roles: hqOnly },
  { from: 'forwarded', to: 'approved', roles: hqOnly },
  { from: 'forwarded', to: 'rejected', roles: hqOnly },
  { from: 'draft', to: 'cancelled', roles: onSite },
  { from: 'submitted', to: 'cancelled', roles: onSite },
];

const lostItemReportTransitions: readonly TransitionRule[] = [
  { from: 'submitted', to: 'issued', roles: onSite },
  { from: 'submitted', to: 'cancelled', roles: onSite },
];

const complaintTransitions: readonly TransitionRule[] = [
  { from: 'received', to: 'in_progress', roles: onSite },
  { from: 'in_progress', to: 'resolved', roles: onSite },
  { from: 'in_progress', to: 'referred', roles: onSite },
  { from: 'resolved', to: 'closed', roles: hqOnly },
  { from: 'referred', to: 'closed', roles: hqOnly },
];

const visitTransitions: readonly TransitionRule[] = [
  { from: 'planned', to: 'in_progress', roles: onSite },
  { from: 'in_progress', to: 'done', roles: onSite },
  { from: 'planned', to: 'cancelled', roles: planners },
];

/** Status transitions per entity, the one table the app and the server both read. */
export const statusTransitions: Readonly<Partial<Record<EntityName, readonly TransitionRule[]>>> = {
  sim_applications: applicationTransitions,
  skck_applications: applicationTransitions,
  crowd_permit_requests: crowdPermitTransitions,
  lost_item_reports: lostItemReportTransitions,
  complaints: complaintTransitions,
  visits: visitTransitions,
};

export type TransitionQuery = { entity: EntityName; from: string; to: string; role: Role };

/**
 * Whether `role` may move a record of `entity` from `from` to `to`. Skipped steps and unknown statuses
 * are refused; staying in the same status is not a transition. Whether the record is in the actor's unit
 * is a separate (scope) check.
 */
export function canTransition({ entity, from, to, role }: TransitionQuery): boolean {
  return (statusTransitions[entity] ?? []).some((r) => r.from === from && r.to === to && r.roles.includes(role));
}

/** The statuses `role` may move a record to from `from`, e.g. for the buttons a form shows. */
export function nextStatuses({ entity, from, role }: Omit<TransitionQuery, 'to'>): string[] {
  return (statusTransitions[entity] ?? []).filter((r) => r.from === from && r.roles.includes(role)).map((r) => r.to);
}

export type TransitionCheck = { ok: true } | { ok: false; code: 'forbidden_transition'; message: string };

/** `canTransition` as a result value carrying the contract's error code. */
export function checkTransition(query: TransitionQuery): TransitionCheck {
  return canTransition(query)
    ? { ok: true }
    : {
        ok: false,
        code: 'forbidden_transition',
        message: `${query.role} may not move ${query.entity} from ${query.from} to ${query.to}`,
      };
}

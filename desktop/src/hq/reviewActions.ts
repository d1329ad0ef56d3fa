import { canTransition, type EntityName, nextStatuses } from '@keliling/domain';
import type { LocalEdit } from '@keliling/sync';
import { msg } from '../i18n/i18n';

/** The statuses HQ moves an application to from the review queue, with the button's words. */
export const reviewActionLabels: Readonly<Record<string, string>> = {
  verified: msg('Verifikasi'),
  approved: msg('Setujui'),
  rejected: msg('Tolak'),
  issued: msg('Terbitkan'),
  forwarded: msg('Teruskan'),
};

/** Statuses an application waits in for HQ (the queue's default filter). */
export const awaitingReview = ['submitted', 'verified', 'approved', 'forwarded'] as const;

export type ReviewTarget = { entity: string; id: string; status: string };

/** What HQ may do to a record in `status`: the domain's transitions for role `hq`, limited to review actions. */
export function reviewActions(entity: string, status: string): string[] {
  return nextStatuses({ entity: entity as EntityName, from: status, role: 'hq' }).filter(
    (to) => to in reviewActionLabels,
  );
}

/** Actions every selected record allows, so one bulk click is valid for each of them. */
export function commonActions(targets: readonly ReviewTarget[]): string[] {
  if (targets.length === 0) return [];
  const [first, ...rest] = targets;
  if (!first) return [];
  return reviewActions(first.entity, first.status).filter((to) =>
    rest.every((t) => canTransition({ entity: t.entity as EntityName, from: t.status, to, role: 'hq' })),
  );
}

export type ReviewEditsResult =
  | { ok: true; edits: LocalEdit[] }
  | { ok: false; code: 'reason_required' | 'forbidden_transition' };

/**
 * The ordinary changes that move `targets` to `to`: `status`, and `statusReason` (required for a rejection;
 * cleared otherwise so an earlier reason does not linger).
 */
export function reviewEdits(
  targets: readonly ReviewTarget[],
  to: string,
  reason: string,
  by: string,
): ReviewEditsResult {
  const trimmed = reason.trim();
  if (to === 'rejected' && trimmed === '') return { ok: false, code: 'reason_required' };
  if (!targets.every((t) => canTransition({ entity: t.entity as EntityName, from: t.status, to, role: 'hq' })))
    return { ok: false, code: 'forbidden_transition' };
  return {
    ok: true,
    edits: targets.map((t) => ({
      entity: t.entity,
      entityId: t.id,
      fields: { status: to, statusReason: to === 'rejected' ? trimmed : null },
      by,
    })),
  };
}

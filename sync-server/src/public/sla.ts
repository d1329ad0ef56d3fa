import type { AuditLog } from '../audit/audit-log.js';
import type { Scope } from '../auth/principal.js';
import type { SqliteDatabase } from '../db/open.js';

export type SlaTarget = { urgency: string; firstResponseHours: number; resolutionHours: number; updatedAt: string };
export type OverdueComplaint = {
  complaintId: string;
  unitId: string | null;
  receiptNumber: string | null;
  urgency: string;
  status: string;
  createdAt: string;
  /** The target missed: no first response (still `received`), or not resolved in time. */
  target: 'first_response' | 'resolution';
  dueAt: string;
  hoursOverdue: number;
  escalatedAt: string;
};

/** Complaint statuses at which the resident has had a first response / an outcome. */
const openStatuses = ['received', 'in_progress'];

type ComplaintRow = { entity_id: string; unit_id: string | null; status: string; fields: string };

export type ComplaintSla = ReturnType<typeof createComplaintSla>;

/**
 * Complaint service-level targets (a table per urgency) and the overdue list HQ reads. A complaint past a target
 * is escalated once per target: an escalation row and an audit entry (`complaint_sla_escalated`), in one
 * transaction, the first time the sweep sees it.
 */
export function createComplaintSla(db: SqliteDatabase, input: { audit: AuditLog; now: () => number }) {
  const s = {
    targets: db.prepare<
      [],
      { urgency: string; first_response_hours: number; resolution_hours: number; updated_at: string }
    >('SELECT * FROM complaint_sla ORDER BY first_response_hours'),
    setTarget: db.prepare(
      'UPDATE complaint_sla SET first_response_hours = ?, resolution_hours = ?, updated_at = ? WHERE urgency = ?',
    ),
    // Complaints still open, with the fields needed (the materialised record view of the store).
    open: db.prepare<[], ComplaintRow>(
      `SELECT r.entity_id, r.unit_id, r.status,
              (SELECT json_group_object(f.field, json(f.value)) FROM record_fields f
                WHERE f.entity = r.entity AND f.entity_id = r.entity_id
                  AND f.field IN ('urgency', 'createdAt', 'receiptNumber')) AS fields
         FROM records r
        WHERE r.entity = 'complaints' AND r.deleted = 0 AND r.status IN ('received', 'in_progress')`,
    ),
    escalate: db.prepare(
      'INSERT OR IGNORE INTO complaint_escalations (complaint_id, target, due_at, escalated_at) VALUES (?, ?, ?, ?)',
    ),
    escalation: db.prepare<[string, string], { escalated_at: string }>(
      'SELECT escalated_at FROM complaint_escalations WHERE complaint_id = ? AND target = ?',
    ),
  };

  const targets = (): SlaTarget[] =>
    s.targets.all().map((r) => ({
      urgency: r.urgency,
      firstResponseHours: r.first_response_hours,
      resolutionHours: r.resolution_hours,
      updatedAt: r.updated_at,
    }));

  /** Escalates what is newly overdue and returns every overdue complaint within `scope`. */
  const sweep = db.transaction((scope: Scope): OverdueComplaint[] => {
    const at = input.now();
    const byUrgency = new Map(targets().map((t) => [t.urgency, t]));
    const overdue: OverdueComplaint[] = [];
    for (const row of s.open.all()) {
      if (!scope.all && (row.unit_id === null || !scope.unitIds.includes(row.unit_id))) continue;
      const fields = JSON.parse(row.fields ?? '{}') as Record<string, unknown>;
      const urgency = typeof fields.urgency === 'string' ? fields.urgency : 'sedang';
      const target = byUrgency.get(urgency);
      const created = typeof fields.createdAt === 'string' ? Date.parse(fields.createdAt) : Number.NaN;
      if (!target || Number.isNaN(created) || !openStatuses.includes(row.status)) continue;
      const missed: ['first_response' | 'resolution', number][] = [];
      const responseDue = created + target.firstResponseHours * 3_600_000;
      const resolutionDue = created + target.resolutionHours * 3_600_000;
      if (row.status === 'received' && at > responseDue) missed.push(['first_response', responseDue]);
      if (at > resolutionDue) missed.push(['resolution', resolutionDue]);
      for (const [kind, due] of missed) {
        const dueAt = new Date(due).toISOString();
        const escalatedNow = s.escalate.run(row.entity_id, kind, dueAt, new Date(at).toISOString()).changes === 1;
        if (escalatedNow) {
          input.audit.append({
            actor: 'server',
            actorKind: 'server',
            action: 'complaint_sla_escalated',
            entity: 'complaints',
            entityId: row.entity_id,
            details: { target: kind, dueAt, urgency, unitId: row.unit_id },
          });
        }
        overdue.push({
          complaintId: row.entity_id,
          unitId: row.unit_id,
          receiptNumber: typeof fields.receiptNumber === 'string' ? fields.receiptNumber : null,
          urgency,
          status: row.status,
          createdAt: new Date(created).toISOString(),
          target: kind,
          dueAt,
          hoursOverdue: Math.floor((at - due) / 3_600_000),
          escalatedAt: s.escalation.get(row.entity_id, kind)!.escalated_at,
        });
      }
    }
    return overdue;
  });

  return {
    targets,
    setTarget(urgency: string, firstResponseHours: number, resolutionHours: number): boolean {
      return (
        s.setTarget.run(firstResponseHours, resolutionHours, new Date(input.now()).toISOString(), urgency).changes === 1
      );
    },
    overdue: (scope: Scope): OverdueComplaint[] => sweep.immediate(scope),
  };
}

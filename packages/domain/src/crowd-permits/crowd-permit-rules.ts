import { workingDaysBetween } from '../dates.js';
import { applicationDate, localDateOf } from '../records/application-date.js';
import { documentIssues } from '../rules/document-rules.js';
import { issue, type RuleIssue } from '../rules/rule-codes.js';
import { type CrowdPermitLeadTimes, crowdPermitLeadTimes } from './crowd-permit-level.js';
import type { CrowdPermitRequest } from './crowd-permit-request.js';

export type CrowdPermitRuleContext = {
  today: string;
  leadTimes?: CrowdPermitLeadTimes;
  /** National holidays and cuti bersama (`YYYY-MM-DD`) the server's table holds; weekends only without it. */
  holidays?: ReadonlySet<string>;
};

const checkedStatuses: readonly string[] = ['verified', 'forwarded', 'approved'];

/**
 * Rules on a crowd permit request: filed the required working days before the event (a warning: the deciding
 * level may still accept it), and the documents checklist (blocking from verification on). The issuing level
 * agreeing with the scale is part of the record schema.
 */
export function checkCrowdPermitRequest(
  record: Partial<CrowdPermitRequest>,
  context: CrowdPermitRuleContext,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const on = applicationDate(record, context.today) ?? context.today;
  if (record.scale && typeof record.startsAt === 'string') {
    const required = (context.leadTimes ?? crowdPermitLeadTimes)[record.scale].workingDays;
    const available = workingDaysBetween(on, localDateOf(record.startsAt), context.holidays);
    if (available < required) {
      issues.push(issue('permit_lead_time_short', 'startsAt', 'warning', { workingDays: required, available }));
    }
  }
  const severity = record.status && checkedStatuses.includes(record.status) ? 'error' : 'warning';
  issues.push(
    ...documentIssues(
      'crowd_permit_requests',
      record.documents,
      {
        byOrganization: record.organization != null,
        involvesForeigners: record.involvesForeigners === true,
        filedByProxy: record.filedByProxy === true,
      },
      severity,
    ),
  );
  return issues;
}

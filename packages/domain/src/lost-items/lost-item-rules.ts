import { applicationDate } from '../records/application-date.js';
import { personIssues } from '../rules/person-rules.js';
import { issue, type RuleIssue } from '../rules/rule-codes.js';
import type { LostItemReport } from './lost-item-report.js';

/** Rules on a lost-item report: the loss cannot be after the report; the reporter's NIK against birth date and sex. */
export function checkLostItemReport(record: Partial<LostItemReport>, { today }: { today: string }): RuleIssue[] {
  const on = applicationDate(record, today) ?? today;
  const issues = personIssues(record, { today, on });
  if (typeof record.lostOn === 'string' && (record.lostOn > on || record.lostOn > today)) {
    issues.push(issue('lost_on_in_future', 'lostOn', 'error'));
  }
  return issues;
}

import type { ChecklistContext } from '../documents/checklists.js';
import type { FeeTable } from '../fees/fee-table.js';
import { applicationDate } from '../records/application-date.js';
import { type IssuingLevel, isAboveLevel } from '../records/issuing-levels.js';
import { documentIssues } from '../rules/document-rules.js';
import { feeIssues } from '../rules/fee-rules.js';
import { personIssues } from '../rules/person-rules.js';
import { issue, type RuleIssue } from '../rules/rule-codes.js';
import type { VisitOffer } from '../sim/sim-rules.js';
import type { SkckApplication } from './skck-application.js';
import { type SkckPurposeTable, skckPurposeTable } from './skck-purposes.js';

export type SkckRuleContext = {
  today: string;
  visit?: VisitOffer | null;
  feeTables?: readonly FeeTable[];
  /** The level of the unit taking the application (a Polres unit by default). */
  unitLevel?: IssuingLevel;
  purposes?: SkckPurposeTable;
  checklist?: Pick<ChecklistContext, 'jknRequired'>;
};

/** Statuses in which the documents must have been checked. */
const checkedStatuses: readonly string[] = ['verified', 'approved', 'issued'];

/**
 * Rules on an SKCK application: renewal only before the old SKCK expires (Perpol 6/2023 Pasal 17); the fee for
 * WNI or WNA from the table in force; the documents checklist (blocking from verification on); a warning when
 * the purpose is issued above the unit's level; the NIK against birth date and sex.
 */
export function checkSkckApplication(record: Partial<SkckApplication>, context: SkckRuleContext): RuleIssue[] {
  const { today } = context;
  const on = applicationDate(record, today) ?? today;
  const issues: RuleIssue[] = [...personIssues(record, { today, on })];
  const purposes = context.purposes ?? skckPurposeTable;

  if (
    record.applicationType === 'renewal' &&
    typeof record.previousSkckExpiry === 'string' &&
    on > record.previousSkckExpiry
  ) {
    issues.push(issue('skck_expired_apply_new', 'previousSkckExpiry', 'error', { expiry: record.previousSkckExpiry }));
  }
  if (record.purpose) {
    const level = purposes[record.purpose].level;
    if (isAboveLevel(level, context.unitLevel ?? 'polres'))
      issues.push(issue('skck_higher_level', 'purpose', 'warning', { level }));
  }
  if (record.visitId != null && context.visit && !context.visit.servicesOffered.includes('skck')) {
    issues.push(issue('service_not_offered', 'applicationType', 'error', { service: 'skck' }));
  }
  if (record.nationality) issues.push(...feeIssues('skck_applications', record, context.feeTables, on));
  if (record.applicationType) {
    const checklist: ChecklistContext = {
      applicationType: record.applicationType,
      goingAbroad: record.purpose ? purposes[record.purpose].abroad : false,
      ...context.checklist,
    };
    const severity = record.status && checkedStatuses.includes(record.status) ? 'error' : 'warning';
    issues.push(...documentIssues('skck_applications', record.documents, checklist, severity));
  }
  return issues;
}

import { addMonths, ageOn, isIsoDate } from '../dates.js';
import type { ChecklistContext } from '../documents/checklists.js';
import type { FeeTable } from '../fees/fee-table.js';
import { applicationDate } from '../records/application-date.js';
import { documentIssues } from '../rules/document-rules.js';
import { feeIssues } from '../rules/fee-rules.js';
import { personIssues } from '../rules/person-rules.js';
import { issue, type RuleIssue } from '../rules/rule-codes.js';
import type { VisitService } from '../visits/visit-services.js';
import type { SimApplication } from './sim-application.js';
import { simKelilingRenewalCategories, simMinimumAges, simProgression } from './sim-category-rules.js';
import type { SimCategory } from './sim-enums.js';

/** A SIM the applicant holds, as shown to the officer. */
export type HeldLicence = { category: SimCategory; issuedOn: string };

/** What a visit offers, from its `visits` record. */
export type VisitOffer = {
  servicesOffered: readonly VisitService[];
  simCategoriesOffered?: readonly SimCategory[] | null;
};

export type SimRuleContext = {
  /** Today's date, `YYYY-MM-DD` (rules never read a clock). */
  today: string;
  /** The visit named by `visitId`, when there is one. */
  visit?: VisitOffer | null;
  /** SIMs the applicant holds, beyond the one named in the record (`heldLicenceCategory`/`heldLicenceIssuedOn`). */
  heldLicences?: readonly HeldLicence[];
  /** Fee tables in force (built-in and published ones); defaults to the built-in table. */
  feeTables?: readonly FeeTable[];
  /** Settings that change the document checklist (e.g. proof of JKN). */
  checklist?: Pick<ChecklistContext, 'jknRequired'>;
};

type SimRecord = Partial<SimApplication>;

/**
 * Every rule on a SIM application, judged on its application date (`applicationDate`, else `today`): the minimum
 * age of its category; renewal only up to the old SIM's expiry day; C → C I → C II; what the visit offers; the
 * fee from the table in force; the NIK against birth date and sex; the documents checklist (a warning).
 */
export function checkSimApplication(record: SimRecord, context: SimRuleContext): RuleIssue[] {
  const { today } = context;
  const on = applicationDate(record, today) ?? today;
  const issues: RuleIssue[] = [...personIssues(record, { today, on })];
  const { category, applicationType, birthDate } = record;

  if (category && typeof birthDate === 'string' && isIsoDate(birthDate) && birthDate <= on) {
    const age = ageOn(birthDate, on);
    const minimumAge = simMinimumAges[category];
    if (age < minimumAge) issues.push(issue('under_minimum_age', 'birthDate', 'error', { category, minimumAge, age }));
  }

  if (applicationType === 'renewal' && typeof record.previousLicenseExpiry === 'string') {
    if (on > record.previousLicenseExpiry) {
      issues.push(
        issue('licence_expired_apply_new', 'previousLicenseExpiry', 'error', { expiry: record.previousLicenseExpiry }),
      );
    }
  }

  if (applicationType === 'new' && category) issues.push(...progressionIssues(record, category, on, context));
  if (record.visitId != null && context.visit) issues.push(...visitIssues(record, context.visit));
  if (category && applicationType) issues.push(...feeIssues('sim_applications', record, context.feeTables, on));
  if (applicationType) {
    issues.push(
      ...documentIssues('sim_applications', record.documents, { applicationType, ...context.checklist }, 'warning'),
    );
  }
  return issues;
}

function progressionIssues(record: SimRecord, category: SimCategory, on: string, context: SimRuleContext): RuleIssue[] {
  const step = simProgression[category];
  if (!step) return [];
  const held: HeldLicence[] = [...(context.heldLicences ?? [])];
  if (record.heldLicenceCategory && record.heldLicenceIssuedOn) {
    held.push({ category: record.heldLicenceCategory, issuedOn: record.heldLicenceIssuedOn });
  }
  const latestIssue = addMonths(on, -step.months);
  const qualifies = held.some((h) => h.category === step.requires && h.issuedOn <= latestIssue);
  return qualifies
    ? []
    : [
        issue('lower_licence_required', 'category', 'error', {
          category,
          requires: step.requires,
          months: step.months,
        }),
      ];
}

function visitIssues(record: SimRecord, visit: VisitOffer): RuleIssue[] {
  const service: VisitService = record.applicationType === 'new' ? 'sim_new' : 'sim_renewal';
  if (!visit.servicesOffered.includes(service))
    return [issue('service_not_offered', 'applicationType', 'error', { service })];
  const categories = visit.simCategoriesOffered ?? simKelilingRenewalCategories;
  if (record.category && !categories.includes(record.category)) {
    return [issue('category_not_offered', 'category', 'error', { category: record.category })];
  }
  return [];
}

/**
 * Codes of the rules a whole record is checked against (`recordRules`), beyond its schema. An `error` makes the
 * server reject the change with this code; a `warning` is shown to the officer and never blocks.
 */
export const ruleCodes = [
  'under_minimum_age',
  'birth_date_in_future',
  'licence_expired_apply_new',
  'lower_licence_required',
  'service_not_offered',
  'category_not_offered',
  'nik_birth_date_mismatch',
  'nik_sex_mismatch',
  'nik_region_unknown',
  'fee_mismatch',
  'no_fee_table',
  'documents_missing',
  'skck_expired_apply_new',
  'skck_higher_level',
  'permit_lead_time_short',
  'lost_on_in_future',
] as const;

export type RuleCode = (typeof ruleCodes)[number];

export type Severity = 'error' | 'warning';

/** One finding of a rule: which field, how bad, and the catalogue key of its text (`rule.<code>`). */
export type RuleIssue = {
  code: RuleCode;
  field: string;
  severity: Severity;
  messageKey: `rule.${RuleCode}`;
  /** Values for the message, e.g. `{ minimumAge: 17 }`. */
  params?: Readonly<Record<string, string | number>>;
};

export function issue(
  code: RuleCode,
  field: string,
  severity: Severity,
  params?: Readonly<Record<string, string | number>>,
): RuleIssue {
  return params === undefined
    ? { code, field, severity, messageKey: `rule.${code}` }
    : { code, field, severity, messageKey: `rule.${code}`, params };
}

export function errorsOf(issues: readonly RuleIssue[]): RuleIssue[] {
  return issues.filter((i) => i.severity === 'error');
}

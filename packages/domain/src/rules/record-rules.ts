import type { CrowdPermitLeadTimes } from '../crowd-permits/crowd-permit-level.js';
import type { CrowdPermitRequest } from '../crowd-permits/crowd-permit-request.js';
import { checkCrowdPermitRequest } from '../crowd-permits/crowd-permit-rules.js';
import type { ChecklistContext } from '../documents/checklists.js';
import type { FeeTable } from '../fees/fee-table.js';
import type { LostItemReport } from '../lost-items/lost-item-report.js';
import { checkLostItemReport } from '../lost-items/lost-item-rules.js';
import type { EntityName } from '../records/entity-names.js';
import type { IssuingLevel } from '../records/issuing-levels.js';
import { validateRecord } from '../records/validate-fields.js';
import type { SimApplication } from '../sim/sim-application.js';
import { checkSimApplication, type HeldLicence, type VisitOffer } from '../sim/sim-rules.js';
import type { SkckApplication } from '../skck/skck-application.js';
import type { SkckPurposeTable } from '../skck/skck-purposes.js';
import { checkSkckApplication } from '../skck/skck-rules.js';
import { personIssues } from './person-rules.js';
import { errorsOf, type RuleCode, type RuleIssue } from './rule-codes.js';

/** Everything the rules may need besides the record. Only `today` is required; the rest narrows the checks. */
export type RecordRuleContext = {
  today: string;
  /** The `visits` record named by the record's `visitId`, when it has one and it is known. */
  visit?: VisitOffer | null;
  heldLicences?: readonly HeldLicence[];
  feeTables?: readonly FeeTable[];
  unitLevel?: IssuingLevel;
  skckPurposes?: SkckPurposeTable;
  leadTimes?: CrowdPermitLeadTimes;
  /** National holidays and cuti bersama (`YYYY-MM-DD`), for working-day deadlines. */
  holidays?: ReadonlySet<string>;
  checklist?: Pick<ChecklistContext, 'jknRequired'>;
};

type Fields = Readonly<Record<string, unknown>>;

/**
 * The rules of `entity` on a whole record (e.g. a stored record merged with an incoming change), beyond its
 * schema. Errors block (the server rejects with the issue's code), warnings are shown. Entities without rules
 * beyond their schema give [].
 */
export function recordRules(entity: EntityName, fields: Fields, context: RecordRuleContext): RuleIssue[] {
  const { today } = context;
  switch (entity) {
    case 'sim_applications':
      return checkSimApplication(fields as Partial<SimApplication>, context);
    case 'skck_applications':
      return checkSkckApplication(fields as Partial<SkckApplication>, {
        ...context,
        ...(context.skckPurposes ? { purposes: context.skckPurposes } : {}),
      });
    case 'crowd_permit_requests':
      return checkCrowdPermitRequest(fields as Partial<CrowdPermitRequest>, context);
    case 'lost_item_reports':
      return checkLostItemReport(fields as Partial<LostItemReport>, { today });
    case 'complaints':
      return typeof fields.nik === 'string' ? personIssues({ nik: fields.nik }, { today, on: today }) : [];
    default:
      return [];
  }
}

export type RecordCheck =
  | { ok: true; warnings: RuleIssue[] }
  | {
      ok: false;
      /** The code to reject with: the schema's (`invalid_field`, `invalid_nik`, `unknown_entity`) or a rule's. */
      code: 'invalid_field' | 'invalid_nik' | 'unknown_entity' | RuleCode;
      field?: string;
      message: string;
      issues: RuleIssue[];
    };

/**
 * What the server runs on the merged record after a change: the entity's whole-record schema, then its rules.
 * The first failure is returned with its code and field; warnings never block.
 */
export function checkRecord(entity: string, fields: unknown, context: RecordRuleContext): RecordCheck {
  const valid = validateRecord(entity, fields);
  if (!valid.ok) {
    const failure: RecordCheck = { ok: false, code: valid.code, message: valid.message, issues: [] };
    return valid.field === undefined ? failure : { ...failure, field: valid.field };
  }
  const issues = recordRules(entity as EntityName, fields as Fields, context);
  const [first] = errorsOf(issues);
  if (!first) return { ok: true, warnings: issues };
  const params = first.params ? ` ${JSON.stringify(first.params)}` : '';
  return { ok: false, code: first.code, field: first.field, message: `${first.field}: ${first.code}${params}`, issues };
}

import type { ErrorCode } from '../errors.js';
import type { EntityName } from '../records/entity-names.js';
import type { RuleIssue } from '../rules/rule-codes.js';
import {
  complaintCategoryLabels,
  complaintUrgencyLabels,
  documentLabels,
  entityLabels,
  eventScaleLabels,
  eventTypeLabels,
  issuingLevelLabels,
  lostItemTypeLabels,
  maritalStatusLabels,
  nationalityLabels,
  outreachTopicLabels,
  religionLabels,
  roleLabels,
  skckPurposeLabels,
  surveyChannelLabels,
  surveyElementLabels,
  unitKindLabels,
  visitServiceLabels,
} from './enum-labels.js';
import { errorLabels } from './error-labels.js';
import {
  complaintFieldLabels,
  complaintFollowUpFieldLabels,
  crowdPermitFieldLabels,
  entityFieldLabels,
  feeTableFieldLabels,
  lostItemFieldLabels,
  lostItemReportFieldLabels,
  officerFieldLabels,
  outreachFieldLabels,
  simFieldLabels,
  skckFieldLabels,
  surveyFieldLabels,
  trainingAttendanceFieldLabels,
  trainingFieldLabels,
  unitFieldLabels,
  visitFieldLabels,
} from './field-labels.js';
import type { Label, Lang } from './lang.js';
import { ruleDetailLabels, ruleLabels } from './rule-labels.js';
import { sexLabels, simApplicationTypeLabels, simCategoryLabels } from './sim-labels.js';
import { statusLabels } from './status-labels.js';

type Prefixed<P extends string, T> = { [K in keyof T & string as `${P}.${K}`]: Label };

function prefixed<P extends string, T extends Readonly<Record<string, Label>>>(prefix: P, table: T): Prefixed<P, T> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [`${prefix}.${k}`, v])) as Prefixed<P, T>;
}

/**
 * Every label the app and the server's messages use, in Bahasa Indonesia and English, keyed
 * `field.<entity>.<field>`, `entity.<name>`, `status.<s>`, `error.<code>`, `rule.<code>`, `document.<key>` and
 * `<enum>.<value>` (e.g. `simCategory.C`, `skckPurpose.paspor_visa`). `sim.<field>` is kept for existing callers.
 */
export const labels = {
  ...prefixed('sim', simFieldLabels),
  ...prefixed('field.sim_applications', simFieldLabels),
  ...prefixed('field.skck_applications', skckFieldLabels),
  ...prefixed('field.outreach_sessions', outreachFieldLabels),
  ...prefixed('field.lost_item_reports', lostItemReportFieldLabels),
  ...prefixed('field.lost_items', lostItemFieldLabels),
  ...prefixed('field.complaints', complaintFieldLabels),
  ...prefixed('field.complaint_follow_ups', complaintFollowUpFieldLabels),
  ...prefixed('field.crowd_permit_requests', crowdPermitFieldLabels),
  ...prefixed('field.visits', visitFieldLabels),
  ...prefixed('field.units', unitFieldLabels),
  ...prefixed('field.officers', officerFieldLabels),
  ...prefixed('field.fee_tables', feeTableFieldLabels),
  ...prefixed('field.satisfaction_surveys', surveyFieldLabels),
  ...prefixed('field.trainings', trainingFieldLabels),
  ...prefixed('field.training_attendance', trainingAttendanceFieldLabels),
  ...prefixed('entity', entityLabels),
  ...prefixed('simCategory', simCategoryLabels),
  ...prefixed('applicationType', simApplicationTypeLabels),
  ...prefixed('sex', sexLabels),
  ...prefixed('nationality', nationalityLabels),
  ...prefixed('religion', religionLabels),
  ...prefixed('maritalStatus', maritalStatusLabels),
  ...prefixed('skckPurpose', skckPurposeLabels),
  ...prefixed('outreachTopic', outreachTopicLabels),
  ...prefixed('lostItemType', lostItemTypeLabels),
  ...prefixed('complaintCategory', complaintCategoryLabels),
  ...prefixed('urgency', complaintUrgencyLabels),
  ...prefixed('eventType', eventTypeLabels),
  ...prefixed('eventScale', eventScaleLabels),
  ...prefixed('issuingLevel', issuingLevelLabels),
  ...prefixed('visitService', visitServiceLabels),
  ...prefixed('unitKind', unitKindLabels),
  ...prefixed('role', roleLabels),
  ...prefixed('surveyElement', surveyElementLabels),
  ...prefixed('surveyChannel', surveyChannelLabels),
  ...prefixed('document', documentLabels),
  ...prefixed('status', statusLabels),
  ...prefixed('error', errorLabels),
  ...prefixed('rule', ruleLabels),
};

export type LabelKey = keyof typeof labels;

export function label(key: LabelKey, lang: Lang): string {
  return labels[key][lang];
}

export function isLabelKey(key: string): key is LabelKey {
  return Object.hasOwn(labels, key);
}

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return errorLabels[code][lang];
}

/** A field's label for people, e.g. (`skck_applications`, `purpose`) → `Keperluan`; the field's name if unknown. */
export function fieldLabel(entity: EntityName, field: string, lang: Lang): string {
  const table = entityFieldLabels[entity];
  return Object.hasOwn(table, field) ? (table[field] as Label)[lang] : field;
}

/** A status's label, or the status itself if unknown. */
export function statusLabel(status: string, lang: Lang): string {
  return Object.hasOwn(statusLabels, status) ? statusLabels[status as keyof typeof statusLabels][lang] : status;
}

function documentName(key: string, lang: Lang): string {
  return Object.hasOwn(documentLabels, key) ? documentLabels[key as keyof typeof documentLabels][lang] : key;
}

/** The text of a rule finding, with its details (`{minimumAge}` …) filled in where the catalogue has them. */
export function ruleMessage(issue: Pick<RuleIssue, 'code' | 'params'>, lang: Lang): string {
  const detail = ruleDetailLabels[issue.code]?.[lang];
  if (detail && issue.params) {
    const params = issue.params;
    const filled = detail.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!Object.hasOwn(params, name)) return whole;
      const value = String(params[name]);
      // Missing documents are listed by key: name them.
      return name === 'missing'
        ? value
            .split(', ')
            .map((k) => documentName(k, lang))
            .join(', ')
        : value;
    });
    if (!/\{\w+\}/.test(filled)) return filled;
  }
  return ruleLabels[issue.code][lang];
}

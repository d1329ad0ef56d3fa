import {
  type EntityName,
  entityDefinitions,
  fieldLabel,
  type Lang,
  type RecordRuleContext,
  type RuleIssue,
  recordRules,
  ruleMessage,
} from '@keliling/domain';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { FormContext, FormDraft, FormValues, ServiceFormSpec } from './formSpec';

/** The language messages are written in: Indonesian (the default, also in tests) or the officer's choice. */
export type MessageLanguage = {
  language: Lang;
  /** Translates a marked Indonesian text (i18next `t`), with values. */
  t: (text: string, values?: Record<string, unknown>) => string;
};

export const indonesian: MessageLanguage = {
  language: 'id',
  t: (text, values) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values?.[name] ?? '')),
};

export type DraftIssue = { path: string; message: string };

/** The unit and time a draft is checked with; the save adds the real ones. */
const provisional = (context: FormContext) => ({ unitId: 'unit-draft', createdAt: context.nowIso });

function fieldNamesOf(spec: ServiceFormSpec): Set<string> {
  return new Set(spec.sections.flatMap((section) => section.fields.map((field) => field.name)));
}

function messageFor(spec: ServiceFormSpec, entity: EntityName, field: string, { language, t }: MessageLanguage) {
  const message = spec.messages[field];
  if (message) return t(message);
  return t('Periksa isian {{field}}.', { field: fieldLabel(entity, field, language).toLowerCase() });
}

/**
 * Every reason the domain refuses the draft, each on the form field it belongs to: the entity's record schema
 * (all issues, not only the first), its rules (errors only), and each child row's schema. A field the form does
 * not show (a derived one) reports on `root`.
 */
export function draftIssues(
  spec: ServiceFormSpec,
  draft: FormDraft,
  context: FormContext,
  lang: MessageLanguage = indonesian,
): DraftIssue[] {
  const shown = fieldNamesOf(spec);
  const issues: DraftIssue[] = [];
  const place = (field: string, message: string, prefix = '') => {
    const path = shown.has(field) || prefix !== '' ? `${prefix}${field}` : 'root';
    if (!issues.some((issue) => issue.path === path)) issues.push({ path, message });
  };
  const record = { ...draft.fields, ...provisional(context) };
  const parsed = entityDefinitions[spec.entity].record.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'root');
      place(field, messageFor(spec, spec.entity, field, lang));
    }
  } else {
    for (const issue of ruleErrors(spec.entity, record, context)) place(issue.field, ruleMessage(issue, lang.language));
  }
  (draft.children ?? []).forEach((child, index) => {
    const childRecord = { ...child.fields, [child.parentField]: 'parent-draft', ...provisional(context) };
    const childParsed = entityDefinitions[child.entity].record.safeParse(childRecord);
    if (childParsed.success || !spec.childRows) return;
    for (const issue of childParsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      place(field, messageFor(spec, child.entity, field, lang), `${spec.childRows.name}.${index}.`);
    }
  });
  return issues;
}

function ruleContext(context: FormContext): RecordRuleContext {
  return { today: context.today, ...(context.visit ? { visit: context.visit } : {}) };
}

function ruleErrors(entity: EntityName, record: Record<string, unknown>, context: FormContext): RuleIssue[] {
  return recordRules(entity, record, ruleContext(context)).filter((issue) => issue.severity === 'error');
}

/** The domain's warnings on the draft (shown, never blocking), e.g. a NIK that disagrees with the birth date. */
export function draftWarnings(
  spec: ServiceFormSpec,
  draft: FormDraft,
  context: FormContext,
  language: Lang = 'id',
): string[] {
  const record = { ...draft.fields, ...provisional(context) };
  return recordRules(spec.entity, record, ruleContext(context))
    .filter((issue) => issue.severity === 'warning')
    .map((issue) => ruleMessage(issue, language));
}

function errorsFrom(issues: readonly DraftIssue[]): FieldErrors<FormValues> {
  const errors: Record<string, unknown> = {};
  for (const { path, message } of issues) {
    const parts = path.split('.');
    let node = errors;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = { type: 'domain', message };
        return;
      }
      if (node[part] === undefined) node[part] = /^\d+$/.test(parts[i + 1] ?? '') ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
  }
  return errors as FieldErrors<FormValues>;
}

/**
 * The react-hook-form resolver of a service form: the values become the draft record (`spec.toDraft`), which the
 * domain's own schemas and rules judge; the submitted value is the draft.
 */
export function domainResolver(
  spec: ServiceFormSpec,
  context: () => FormContext,
  lang: () => MessageLanguage = () => indonesian,
): Resolver<FormValues, unknown, FormDraft> {
  return async (values) => {
    const ctx = context();
    const draft = spec.toDraft(values, ctx);
    const issues = draftIssues(spec, draft, ctx, lang());
    return issues.length === 0 ? { values: draft, errors: {} } : { values: {}, errors: errorsFrom(issues) };
  };
}

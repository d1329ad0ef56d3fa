import type { EntityName, Fee, ReceiptService, RecordRuleContext } from '@keliling/domain';
import type { MessageLanguage } from './domainResolver';
import type { ChildDraft } from './saveRecord';

/** A choice; `key` names its label in the domain catalogue (shown in the chosen language), else `label` is a marked text. */
export type Option = { value: string; label: string; key?: string };

/** How a field is typed: each kind is one input with its own keyboard behaviour. */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'datetime'
  | 'number'
  | 'select'
  | 'nik'
  | 'phone'
  | 'village'
  | 'checkbox'
  | 'checklist';

export type FieldSpec = {
  /** The record's field name (records.md), also the form value's name. */
  name: string;
  kind: FieldKind;
  /** Indonesian label, a marked text (`msg`) translated at render — unless `entity` names the domain's label. */
  label: string;
  /** The entity whose domain label (`fieldLabel`) the field shows, in the chosen language. */
  entity?: EntityName;
  options?: readonly Option[];
  /** Shown in the label as "(tidak wajib)". */
  optional?: boolean;
  wide?: boolean;
  hint?: string;
  /** Shown only while this holds (e.g. `purposeOther` when the purpose is `other`). */
  when?: (values: FormValues) => boolean;
};

/** What a form holds: text as typed, booleans, ticked keys, and lists of child rows. */
export type FormValues = Record<string, unknown>;

/** What a form knows besides its values when it turns them into a record. */
export type FormContext = {
  today: string;
  /** Now, as an ISO instant (the record's `createdAt` and the fee's day). */
  nowIso: string;
  officerId: string;
  visitId: string | null;
  visit: RecordRuleContext['visit'];
};

export type FormDraft = { fields: Record<string, unknown>; children?: ChildDraft[] };

/** One service's form, as data: the generic form (ServiceForm.tsx) renders, checks and saves it. */
export type ServiceFormSpec = {
  /** Prefix of ids and test ids (`skck` → `skck-nik`, `skck-save`). */
  key: string;
  entity: EntityName;
  title: string;
  intro: string;
  receiptService?: ReceiptService;
  sections: readonly { legend: string; fields: readonly FieldSpec[] }[];
  empty: FormValues;
  /** The record (and children) the values make; fields left empty are left out, so the domain judges them. */
  toDraft: (values: FormValues, context: FormContext) => FormDraft;
  /** The fee the record carries, shown as the officer types. */
  fee?: (fields: Record<string, unknown>, context: FormContext) => Fee | null;
  /** Officer-facing message per field, shown when the domain refuses its value. */
  messages: Readonly<Record<string, string>>;
  /** Hints that depend on what is typed (who decides a permit of this scale). */
  hints?: (values: FormValues, lang: MessageLanguage) => Readonly<Record<string, string | undefined>>;
  /** Child rows typed in the form; `toDraft` returns their children in the same order. */
  childRows?: ChildRowsSpec;
};

/** The form's list of child rows (`items` of a lost-item report), whose errors are shown per row. */
export type ChildRowsSpec = { name: string; fields: readonly FieldSpec[] };

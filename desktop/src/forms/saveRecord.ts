import {
  applicationDate,
  type EntityName,
  entityDefinitions,
  errorsOf,
  type Lang,
  makeReceiptNumber,
  type ReceiptService,
  type RecordRuleContext,
  type RuleIssue,
  recordRules,
  ruleMessage,
} from '@keliling/domain';
import { type Change, clockMetaKey, type HlcClock, type SyncStorage, seenHlc, stampChange } from '@keliling/sync';
import { ulid } from 'ulid';
import { type KelilingDb, syncTables } from '../db/database';
import { catchUpClock } from '../device/clock';
import type { DeviceIdentity } from '../device/identity';
import { msg } from '../i18n/i18n';
import { deviceCodeFromNodeId } from '../sim/deviceCode';

/** What every save needs: the store, the device's clock and identity, and who is signed in. */
export type SaveDeps = {
  db: KelilingDb;
  storage: SyncStorage;
  clock: HlcClock;
  identity: DeviceIdentity;
  /** The signed-in officer: every change records who made it (`by`). */
  by: string;
  now?: () => number;
  newId?: () => string;
};

/** A child record written with its parent (a lost item of a report): `parentField` gets the parent's id. */
export type ChildDraft = { entity: EntityName; parentField: string; fields: Record<string, unknown> };

/**
 * A new record as a form hands it over: its own fields only. `unitId`, `createdAt`, the receipt number and the
 * ids are added here, inside the transaction that writes it.
 */
export type RecordDraft = {
  entity: EntityName;
  fields: Record<string, unknown>;
  /** Gives the record a receipt number of this service, from this device's own counter for it. */
  receiptService?: ReceiptService;
  children?: readonly ChildDraft[];
  /** The visit the record is taken at (rule `service_not_offered`), when known. */
  visit?: RecordRuleContext['visit'];
};

export type SavedRecord = {
  entity: EntityName;
  entityId: string;
  receiptNumber: string | null;
  fields: Record<string, unknown>;
  children: { entity: EntityName; entityId: string; fields: Record<string, unknown> }[];
  changes: Change[];
};

export type SaveError = {
  code: string;
  /** Indonesian, ready to show. */
  message: string;
  field?: string;
  issues?: RuleIssue[];
  /** The message as a marked text with its values, to show it in the chosen language. */
  text?: { key: string; values: Record<string, string> };
};

/** A save's refusal in the chosen language: the domain rule's own message, else the marked text. */
export function saveErrorText(
  error: SaveError,
  lang: { language: Lang; t: (text: string, values?: Record<string, unknown>) => string },
): string {
  const issue = error.issues?.[0];
  if (issue) return ruleMessage(issue, lang.language);
  return error.text ? lang.t(error.text.key, error.text.values) : lang.t(error.message);
}
export type SaveResult = { ok: true; saved: SavedRecord } | { ok: false; error: SaveError };

/** This device's counter of receipts of one service (`receipt.sequence.SIM` …), kept in `meta`. */
export const receiptSequenceMetaKey = (service: ReceiptService): string => `receipt.sequence.${service}`;

/**
 * Checks a whole record as the server will: the entity's record schema, then its domain rules (errors block,
 * warnings do not). Every schema issue is returned, so a form can show them all at once.
 */
export function checkDraftRecord(
  entity: EntityName,
  fields: Record<string, unknown>,
  context: RecordRuleContext,
): SaveError | null {
  const parsed = entityDefinitions[entity].record.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0];
    return {
      code: 'invalid_field',
      message: issue?.message ?? 'invalid',
      ...(typeof field === 'string' ? { field } : {}),
    };
  }
  const [first] = errorsOf(recordRules(entity, fields, context));
  return first ? { code: first.code, field: first.field, message: ruleMessage(first, 'id'), issues: [first] } : null;
}

/**
 * Saves a new record (and its children) as one change each, all in ONE Dexie transaction with the receipt number
 * (device code + the next value of this device's counter for the service), the HLCs and the outbox entries: two
 * tabs never share a receipt number or an HLC, and a crash leaves all of it or none. Only Dexie is awaited inside
 * the transaction (the storage seals synchronously). Every record is checked against the domain first; nothing is
 * written when one fails.
 */
export async function saveNewRecord(deps: SaveDeps, draft: RecordDraft): Promise<SaveResult> {
  const { db, storage, clock, identity } = deps;
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => ulid(now()));
  const createdAt = new Date(now()).toISOString();
  const today = applicationDate({ createdAt }) ?? createdAt.slice(0, 10);
  const context: RecordRuleContext = { today, ...(draft.visit !== undefined ? { visit: draft.visit } : {}) };
  const entityId = newId();
  const common = { unitId: identity.unit.id, createdAt, createdBy: deps.by };
  const children = (draft.children ?? []).map((child) => ({
    entity: child.entity,
    entityId: newId(),
    fields: { ...child.fields, [child.parentField]: entityId, ...common },
  }));
  for (const child of children) {
    const failure = checkDraftRecord(child.entity, child.fields, { today });
    if (failure) return { ok: false, error: failure };
  }

  return db.transaction('rw', syncTables(db), async () => {
    await catchUpClock(db, clock);
    let receiptNumber: string | null = null;
    let sequence = 0;
    if (draft.receiptService) {
      const previous = (await db.meta.get(receiptSequenceMetaKey(draft.receiptService)))?.value;
      sequence = (typeof previous === 'number' ? previous : 0) + 1;
      receiptNumber = makeReceiptNumber({
        service: draft.receiptService,
        deviceCode: deviceCodeFromNodeId(identity.nodeId),
        sequence,
      });
    }
    const fields = { ...draft.fields, ...common, ...(receiptNumber ? { receiptNumber } : {}) };
    const failure = checkDraftRecord(draft.entity, fields, context);
    if (failure) return { ok: false as const, error: failure };

    const changes = [{ entity: draft.entity, entityId, fields }, ...children].map((edit) =>
      stampChange({ ...edit, by: deps.by }, clock, newId),
    );
    if (draft.receiptService) await db.meta.put({ key: receiptSequenceMetaKey(draft.receiptService), value: sequence });
    await db.meta.put({ key: clockMetaKey, value: changes[changes.length - 1]?.hlc });
    for (const change of changes) await storage.write(change);
    return { ok: true as const, saved: { entity: draft.entity, entityId, receiptNumber, fields, children, changes } };
  });
}

/**
 * Saves an edit of an existing record (a visit started, a letter issued) as one change. `check` sees the
 * record as it will be and may refuse it; the record must exist on this device.
 */
export async function saveRecordEdit(
  deps: SaveDeps,
  edit: {
    entity: EntityName;
    entityId: string;
    /** The fields to set, or a function of the current record; `nextNumber` counts on from a meta key in the same transaction. */
    fields:
      | Record<string, unknown>
      | ((
          current: Record<string, unknown>,
          nextNumber: (metaKey: string) => Promise<number>,
        ) => Record<string, unknown> | Promise<Record<string, unknown>>);
    check?: (current: Record<string, unknown>, next: Record<string, unknown>) => SaveError | null;
  },
): Promise<{ ok: true; change: Change; fields: Record<string, unknown> } | { ok: false; error: SaveError }> {
  const { db, storage, clock } = deps;
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => ulid(now()));
  return db.transaction('rw', syncTables(db), async () => {
    const record = await storage.record(edit.entity, edit.entityId);
    if (!record || record.deleted)
      return {
        ok: false as const,
        error: { code: 'not_found', message: msg('Data tidak ditemukan di perangkat ini.') },
      };
    const counted: { key: string; value: number }[] = [];
    const nextNumber = async (key: string) => {
      const previous = (await db.meta.get(key))?.value;
      const value = (typeof previous === 'number' ? previous : 0) + 1;
      counted.push({ key, value });
      return value;
    };
    const patch = typeof edit.fields === 'function' ? await edit.fields(record.fields, nextNumber) : edit.fields;
    const next = { ...record.fields, ...patch };
    const refused = edit.check?.(record.fields, next) ?? null;
    if (refused) return { ok: false as const, error: refused };
    const patchCheck = entityDefinitions[edit.entity].patch.safeParse(patch);
    if (!patchCheck.success)
      return {
        ok: false as const,
        error: { code: 'invalid_field', message: patchCheck.error.issues[0]?.message ?? 'invalid' },
      };
    await catchUpClock(db, clock);
    const seen = seenHlc(record);
    const change = stampChange(
      { entity: edit.entity, entityId: edit.entityId, fields: patch, by: deps.by },
      clock,
      newId,
      seen,
    );
    for (const counter of counted) await db.meta.put(counter);
    await db.meta.put({ key: clockMetaKey, value: change.hlc });
    await storage.write(change);
    return { ok: true as const, change, fields: next };
  });
}

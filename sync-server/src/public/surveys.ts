import { satisfactionSurveySchema } from '@keliling/domain';
import type { SqliteDatabase } from '../db/open.js';
import type { StoredRecord, SyncStore } from '../store/types.js';
import { uuidV7 } from './submissions.js';

/** Statuses at which each service has been delivered (the survey opens then). */
export const deliveredStatuses: Readonly<Record<string, readonly string[]>> = {
  sim_applications: ['issued'],
  skck_applications: ['issued'],
  lost_item_reports: ['issued'],
  complaints: ['resolved', 'referred', 'closed'],
  crowd_permit_requests: ['approved', 'rejected'],
};

export function isDelivered(entity: string, status: unknown): boolean {
  return typeof status === 'string' && (deliveredStatuses[entity] ?? []).includes(status);
}

export type SurveyOutcome =
  | { ok: true; surveyId: string }
  | { ok: false; code: 'not_delivered' | 'survey_exists' | 'invalid_field'; message?: string };

export type SurveyStore = ReturnType<typeof createSurveyStore>;

/**
 * Status-link surveys (channel `status_link`): one per receipt, written as an ordinary `satisfaction_surveys`
 * record of the served record's unit, so it syncs and counts in the index like a hand-over survey.
 */
export function createSurveyStore(db: SqliteDatabase, input: { store: SyncStore; now: () => number }) {
  const s = {
    get: db.prepare<[string], { survey_id: string }>('SELECT survey_id FROM public_surveys WHERE receipt_number = ?'),
    insert: db.prepare('INSERT INTO public_surveys (receipt_number, survey_id, created_at) VALUES (?, ?, ?)'),
  };
  return {
    taken: (receiptNumber: string): boolean => s.get.get(receiptNumber) !== undefined,
    record(
      receiptNumber: string,
      served: StoredRecord,
      answers: Record<string, unknown>,
      comment: string | undefined,
    ): SurveyOutcome {
      return db
        .transaction((): SurveyOutcome => {
          if (s.get.get(receiptNumber)) return { ok: false, code: 'survey_exists' };
          if (!isDelivered(served.entity, served.fields.status)) return { ok: false, code: 'not_delivered' };
          const createdAt = new Date(input.now()).toISOString();
          const fields: Record<string, unknown> = {
            service: served.entity,
            recordId: served.id,
            unitId: served.unitId,
            answers,
            channel: 'status_link',
            createdAt,
          };
          if (comment !== undefined && comment.trim() !== '') fields.comment = comment;
          // The officer who served, where the record names one as an id (a portal record has none).
          const officerId = served.fields.officerId ?? served.fields.createdBy;
          if (typeof officerId === 'string' && /^[0-9A-Za-z_-]{1,64}$/.test(officerId)) fields.officerId = officerId;
          const parsed = satisfactionSurveySchema.safeParse(fields);
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            return {
              ok: false,
              code: 'invalid_field',
              message: issue ? `${issue.path.join('.')}: ${issue.message}` : '',
            };
          }
          const surveyId = uuidV7(input.now());
          input.store.writeServerChange({
            entity: 'satisfaction_surveys',
            entityId: surveyId,
            unitId: served.unitId,
            fields,
          });
          s.insert.run(receiptNumber, surveyId, createdAt);
          return { ok: true, surveyId };
        })
        .immediate();
    },
  };
}

import { z } from 'zod';
import { recordIdSchema } from '../ids.js';
import { recordFieldsCommon } from '../records/common-fields.js';
import { defineEntity } from '../records/define-entity.js';
import { longTextSchema } from '../text.js';

/**
 * The nine elements (unsur) of the Survei Kepuasan Masyarakat, PermenPANRB 14/2017 (domain-facts.md §10). The
 * ninth differs between sources (facilities vs service announcement); this list follows the regulation text.
 */
export const surveyElements = [
  'persyaratan',
  'prosedur',
  'waktu',
  'biaya',
  'produk',
  'kompetensi',
  'perilaku',
  'pengaduan',
  'sarana',
] as const;
export type SurveyElement = (typeof surveyElements)[number];

/** The services a survey can be about: the entity of the record served. */
export const surveyedServices = [
  'sim_applications',
  'skck_applications',
  'lost_item_reports',
  'complaints',
  'crowd_permit_requests',
  'outreach_sessions',
] as const;

export const surveyChannels = ['handover', 'status_link'] as const;

const answerSchema = z.number().int().min(1).max(4).describe('1 (tidak baik) … 4 (sangat baik)');

export const surveyAnswersSchema = z.strictObject(
  Object.fromEntries(surveyElements.map((e) => [e, answerSchema])) as Record<SurveyElement, typeof answerSchema>,
);

export const satisfactionSurveyEntity = defineEntity({
  entity: 'satisfaction_surveys',
  description: 'A resident’s answers to the nine-element satisfaction survey (SKM) about one service',
  required: {
    service: z.enum(surveyedServices),
    recordId: recordIdSchema,
    answers: surveyAnswersSchema,
    channel: z.enum(surveyChannels),
    ...recordFieldsCommon.required,
  },
  optional: {
    officerId: recordIdSchema,
    comment: longTextSchema,
    ...recordFieldsCommon.optional,
  },
});

export const satisfactionSurveySchema = satisfactionSurveyEntity.record;
export const satisfactionSurveyPatchSchema = satisfactionSurveyEntity.patch;
export type SatisfactionSurvey = z.infer<typeof satisfactionSurveySchema>;

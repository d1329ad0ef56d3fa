import { z } from 'zod';
import { instantSchema } from '../dates.js';
import { recordIdSchema } from '../ids.js';
import { attachmentSchema } from '../records/attachment.js';
import { recordFieldsCommon } from '../records/common-fields.js';
import { defineEntity, requireThat } from '../records/define-entity.js';
import { headcountSchema, recordIdListSchema } from '../records/field-schemas.js';
import { villageCodeSchema } from '../regions/regions.js';
import { longTextSchema, shortTextSchema } from '../text.js';

/** Counselling topics (records.md); anything else goes in `topicsOther`. */
export const outreachTopics = ['kamtibmas', 'narkoba', 'lalu_lintas', 'kdrt', 'hoaks', 'perundungan'] as const;
export type OutreachTopic = (typeof outreachTopics)[number];

export const outreachSessionEntity = defineEntity({
  entity: 'outreach_sessions',
  description: 'Legal counselling (penyuluhan hukum) held in a village',
  required: {
    villageCode: villageCodeSchema,
    startedAt: instantSchema,
    topics: z
      .array(z.enum(outreachTopics))
      .max(outreachTopics.length)
      .refine((t) => new Set(t).size === t.length, { message: 'Must not repeat a topic' }),
    attendeesMale: headcountSchema,
    attendeesFemale: headcountSchema,
    ...recordFieldsCommon.required,
  },
  optional: {
    visitId: recordIdSchema,
    endedAt: instantSchema,
    topicsOther: shortTextSchema,
    speakers: recordIdListSchema,
    notes: longTextSchema,
    photos: z.array(attachmentSchema).max(20),
    ...recordFieldsCommon.optional,
  },
  refine: (r, ctx) => {
    requireThat(ctx, r.topics.length > 0 || r.topicsOther != null, 'topics', 'Name at least one topic');
    requireThat(ctx, r.endedAt == null || r.endedAt >= r.startedAt, 'endedAt', 'Must not be before startedAt');
  },
});

export const outreachSessionSchema = outreachSessionEntity.record;
export const outreachSessionPatchSchema = outreachSessionEntity.patch;
export type OutreachSession = z.infer<typeof outreachSessionSchema>;

import { z } from 'zod';
import { instantSchema } from '../dates.js';
import { crowdPermitDocumentKeys } from '../documents/checklists.js';
import { recordIdSchema } from '../ids.js';
import { nikSchema } from '../nik/check-nik.js';
import { phoneSchema } from '../phone.js';
import { receiptNumberSchema } from '../receipt/receipt-number.js';
import { recordFieldsCommon } from '../records/common-fields.js';
import { defineEntity, requireThat } from '../records/define-entity.js';
import { accessCodeSchema, checklistSchema, headcountSchema } from '../records/field-schemas.js';
import { issuingLevels } from '../records/issuing-levels.js';
import { villageCodeSchema } from '../regions/regions.js';
import { crowdPermitStatuses } from '../status/entity-statuses.js';
import { documentNumberSchema, longTextSchema, shortTextSchema } from '../text.js';
import { crowdPermitIssuingLevel, eventScales } from './crowd-permit-level.js';

export const eventTypes = ['hajatan', 'keagamaan', 'pertunjukan', 'olahraga', 'pameran', 'pawai', 'lainnya'] as const;
export type EventType = (typeof eventTypes)[number];

export const crowdPermitDocumentsSchema = checklistSchema(crowdPermitDocumentKeys);

/**
 * `crowd_permit_requests` (records.md): taken in by the unit and forwarded to the level that decides.
 * `issuingLevel` is derived from `scale` (`crowdPermitIssuingLevel`) and must agree with it.
 */
export const crowdPermitRequestEntity = defineEntity({
  entity: 'crowd_permit_requests',
  description: 'Crowd/event permit (izin keramaian) taken in and forwarded',
  required: {
    fullName: shortTextSchema,
    nik: nikSchema,
    phone: phoneSchema,
    eventName: shortTextSchema,
    eventType: z.enum(eventTypes),
    venue: shortTextSchema,
    villageCode: villageCodeSchema,
    startsAt: instantSchema,
    endsAt: instantSchema,
    expectedAttendance: headcountSchema,
    scale: z.enum(eventScales),
    issuingLevel: z.enum(issuingLevels),
    status: z.enum(crowdPermitStatuses),
    ...recordFieldsCommon.required,
  },
  optional: {
    organization: shortTextSchema,
    eventTypeOther: shortTextSchema,
    involvesForeigners: z.boolean(),
    filedByProxy: z.boolean(),
    documents: crowdPermitDocumentsSchema,
    forwardedTo: shortTextSchema,
    decisionRef: documentNumberSchema,
    receiptNumber: receiptNumberSchema('IZN'),
    accessCode: accessCodeSchema,
    statusReason: longTextSchema,
    visitId: recordIdSchema,
    ...recordFieldsCommon.optional,
  },
  refine: (r, ctx) => {
    requireThat(ctx, r.endsAt > r.startsAt, 'endsAt', 'Must be after startsAt');
    requireThat(
      ctx,
      r.issuingLevel === crowdPermitIssuingLevel({ scale: r.scale }),
      'issuingLevel',
      `An event of scale ${r.scale} is decided by ${crowdPermitIssuingLevel({ scale: r.scale })}`,
    );
    requireThat(ctx, r.eventType !== 'lainnya' || r.eventTypeOther != null, 'eventTypeOther', 'Name the event type');
  },
});

export const crowdPermitRequestSchema = crowdPermitRequestEntity.record;
export const crowdPermitRequestPatchSchema = crowdPermitRequestEntity.patch;
export type CrowdPermitRequest = z.infer<typeof crowdPermitRequestSchema>;

// @keliling/domain: Keliling's rules and shapes. Pure: no I/O, no framework, nothing of ours imported.

export {
  type Complaint,
  type ComplaintCategory,
  type ComplaintUrgency,
  complaintCategories,
  complaintEntity,
  complaintPatchSchema,
  complaintSchema,
  complaintUrgencies,
} from './complaints/complaint.js';
export {
  type ComplaintFollowUp,
  complaintFollowUpEntity,
  complaintFollowUpPatchSchema,
  complaintFollowUpSchema,
} from './complaints/complaint-follow-up.js';
export { type LatestApplication, latestApplicationDate } from './crowd-permits/crowd-permit-deadline.js';
export {
  type CrowdPermitLeadTimes,
  crowdPermitIssuingLevel,
  crowdPermitLeadTimes,
  crowdPermitLevels,
  type EventScale,
  eventScales,
} from './crowd-permits/crowd-permit-level.js';
export {
  type CrowdPermitRequest,
  crowdPermitDocumentsSchema,
  crowdPermitRequestEntity,
  crowdPermitRequestPatchSchema,
  crowdPermitRequestSchema,
  type EventType,
  eventTypes,
} from './crowd-permits/crowd-permit-request.js';
export { type CrowdPermitRuleContext, checkCrowdPermitRequest } from './crowd-permits/crowd-permit-rules.js';
export {
  addDays,
  addMonths,
  ageOn,
  currentIsoDate,
  instantSchema,
  isInstant,
  isIsoDate,
  isoDateSchema,
  isWorkingDay,
  parseIsoDate,
  weekday,
  workingDaysBetween,
} from './dates.js';
export {
  type ChecklistContext,
  type ChecklistItem,
  type ChecklistRow,
  type ChecklistService,
  crowdPermitDocumentKeys,
  documentChecklist,
  documentChecklistTable,
  lostReportDocumentKeys,
  missingDocuments,
  simDocumentKeys,
  skckDocumentKeys,
} from './documents/checklists.js';
export {
  type ErrorCode,
  errorCodes,
  isErrorCode,
  protocolErrorCodes,
  valueErrorCodes,
} from './errors.js';
export { type ChargedEntity, chargedEntities, type Fee, feeFor, isChargedEntity } from './fees/fee-for.js';
export {
  builtInFeeTables,
  type FeeRow,
  type FeeService,
  type FeeTable,
  type SkckFeeRow,
  tableInForce,
} from './fees/fee-table.js';
export {
  type FeeTableRecord,
  feeRowSchema,
  feeTableEntity,
  feeTablePatchSchema,
  feeTableRecordFields,
  feeTableSchema,
  feeTablesFromRecords,
  type StoredRecord,
} from './fees/fee-table-record.js';
export { isRecordId, recordIdSchema } from './ids.js';
export {
  errorMessage,
  fieldLabel,
  isLabelKey,
  type LabelKey,
  label,
  labels,
  ruleMessage,
  statusLabel,
} from './labels/catalogue.js';
export { type Label, type Lang, langs } from './labels/lang.js';
export {
  isValidLetterNumber,
  type LetterKind,
  type LetterNumberFailure,
  type LetterParts,
  letterKinds,
  letterNumberSchema,
  makeLetterNumber,
  maxLetterSequence,
  type ParsedLetterNumber,
  parseLetterNumber,
  romanMonth,
} from './letters/letter-number.js';
export {
  type LostItem,
  type LostItemType,
  lostItemEntity,
  lostItemPatchSchema,
  lostItemSchema,
  lostItemTypes,
} from './lost-items/lost-item.js';
export {
  type LostItemReport,
  lostItemReportEntity,
  lostItemReportPatchSchema,
  lostItemReportSchema,
} from './lost-items/lost-item-report.js';
export { checkLostItemReport } from './lost-items/lost-item-rules.js';
export { checkNik, type NikMatch, nikMatches, nikSchema } from './nik/check-nik.js';
export {
  decodeNik,
  type NikFailure,
  type NikFailureReason,
  type NikParts,
  type NikResult,
  type NikWarning,
  nikDateDigits,
  nikProblem,
  type Sex,
} from './nik/nik.js';
export {
  type OutreachSession,
  type OutreachTopic,
  outreachSessionEntity,
  outreachSessionPatchSchema,
  outreachSessionSchema,
  outreachTopics,
} from './outreach/outreach-session.js';
export {
  type AllowedActions,
  allowedActions,
  type ChangeQuery,
  checkChange,
  type FieldWriteQuery,
  fieldWritePermission,
  type PermissionDenied,
  type PermissionResult,
} from './permissions/field-permissions.js';
export { creationOnlyFields, type EditGrant, type WritePolicy, writePolicies } from './permissions/write-policy.js';
export { isIndonesianMobile, normalizePhone, phoneSchema } from './phone.js';
export { crockfordAlphabet } from './receipt/crockford.js';
export {
  formatDeviceCode,
  isDeviceCode,
  isValidReceiptNumber,
  makeReceiptNumber,
  maxReceiptSequence,
  type ParsedReceipt,
  parseReceiptNumber,
  type ReceiptFailure,
  type ReceiptParts,
  type ReceiptService,
  receiptNumberSchema,
  receiptServices,
} from './receipt/receipt-number.js';
export { applicationDate, localDateOf, serviceUtcOffsetMinutes } from './records/application-date.js';
export { type Attachment, attachmentSchema, photoSchema } from './records/attachment.js';
export { recordFieldsCommon, referenceFieldsCommon } from './records/common-fields.js';
export { defineEntity, type EntitySpec } from './records/define-entity.js';
export { fieldNames, patchSchema, type RecordDefinition, recordSchema } from './records/define-record.js';
export { describeSchema } from './records/describe-schema.js';
export { type EntityName, entityNames, isEntityName } from './records/entity-names.js';
export {
  type EntityDefinition,
  type EntitySchemas,
  entityDefinitions,
  entityParents,
  entitySchemas,
  isReferenceEntity,
  referenceEntities,
} from './records/entity-schemas.js';
export { exampleRecords, exampleToday } from './records/example-records.js';
export {
  accessCodeSchema,
  birthDateSchema,
  checklistSchema,
  formatAccessCode,
  rupiahSchema,
  simNumberSchema,
  timeOfDaySchema,
} from './records/field-schemas.js';
export { type IssuingLevel, isAboveLevel, issuingLevels } from './records/issuing-levels.js';
export {
  type MaritalStatus,
  maritalStatuses,
  type Nationality,
  nationalities,
  type Religion,
  religions,
} from './records/person-enums.js';
export { type FieldsError, type FieldsResult, validateFields, validateRecord } from './records/validate-fields.js';
export {
  type Officer,
  officerEntity,
  officerPatchSchema,
  officerSchema,
  pinVerifierSchema,
} from './reference/officer.js';
export { type Training, trainingEntity, trainingPatchSchema, trainingSchema } from './reference/training.js';
export {
  type TrainingAttendance,
  trainingAttendanceEntity,
  trainingAttendancePatchSchema,
  trainingAttendanceSchema,
} from './reference/training-attendance.js';
export { type Unit, type UnitKind, unitEntity, unitKinds, unitPatchSchema, unitSchema } from './reference/unit.js';
export { nameTokens, normalizeName } from './regions/normalize-name.js';
export {
  districtName,
  districtNames,
  isVillageCode,
  provinceName,
  provinceNames,
  regencyName,
  regencyNames,
  regionDataSource,
  villageCodeSchema,
} from './regions/regions.js';
export {
  type IndonesianTimeZone,
  timeZoneForRegion,
  timeZoneForVillages,
  wib,
  wit,
  wita,
} from './regions/time-zone.js';
export {
  encodeVillageData,
  parseVillageData,
  type VillageData,
  type VillageDataFailure,
  type VillageEntry,
  villageDataFormat,
} from './regions/village-data.js';
export {
  createVillageIndex,
  type VillageIndex,
  type VillageMatch,
  type VillageSearchOptions,
} from './regions/village-index.js';
export { type Role, roles } from './roles.js';
export * from './routing/index.js';
export { checkRecord, type RecordCheck, type RecordRuleContext, recordRules } from './rules/record-rules.js';
export { errorsOf, type RuleCode, type RuleIssue, ruleCodes, type Severity } from './rules/rule-codes.js';
export {
  type SimApplication,
  type SimApplicationField,
  type SimApplicationPatch,
  simApplicationDefinition,
  simApplicationEntity,
  simApplicationFields,
  simApplicationPatchSchema,
  simApplicationSchema,
  simDocumentsSchema,
} from './sim/sim-application.js';
export {
  isRenewable,
  meetsSimMinimumAge,
  simKelilingRenewalCategories,
  simMinimumAges,
  simProgression,
} from './sim/sim-category-rules.js';
export {
  type ApplicationStatus,
  applicationStatuses,
  type SimApplicationType,
  type SimCategory,
  sexes,
  simApplicationTypes,
  simCategories,
} from './sim/sim-enums.js';
export { type SimFee, type SimFeeRow, type SimFeeTable, simFee, simFeeTables } from './sim/sim-fees.js';
export { checkSimApplication, type HeldLicence, type SimRuleContext, type VisitOffer } from './sim/sim-rules.js';
export {
  type SkckApplication,
  skckApplicationDefinition,
  skckApplicationEntity,
  skckApplicationPatchSchema,
  skckApplicationSchema,
  skckDocumentsSchema,
} from './skck/skck-application.js';
export {
  type SkckPurpose,
  type SkckPurposeRow,
  type SkckPurposeTable,
  skckIssuingLevel,
  skckPurposes,
  skckPurposeTable,
} from './skck/skck-purposes.js';
export { checkSkckApplication, type SkckRuleContext } from './skck/skck-rules.js';
export {
  type ComplaintStatus,
  type CrowdPermitStatus,
  complaintStatuses,
  crowdPermitStatuses,
  entityStatuses,
  finalStatuses,
  initialStatuses,
  type LostItemReportStatus,
  lostItemReportStatuses,
  type VisitStatus,
  visitStatuses,
} from './status/entity-statuses.js';
export {
  canTransition,
  checkTransition,
  nextStatuses,
  statusTransitions,
  type TransitionCheck,
  type TransitionQuery,
  type TransitionRule,
} from './status/status-transitions.js';
export {
  type IkmGradeTable,
  ikmGradeTable,
  type SatisfactionIndex,
  satisfactionIndex,
} from './survey/satisfaction-index.js';
export {
  type SatisfactionSurvey,
  type SurveyElement,
  satisfactionSurveyEntity,
  satisfactionSurveyPatchSchema,
  satisfactionSurveySchema,
  surveyAnswersSchema,
  surveyChannels,
  surveyElements,
  surveyedServices,
} from './survey/satisfaction-survey.js';
export { documentNumberSchema, isPrintableLine, isPrintableText, longTextSchema, shortTextSchema } from './text.js';
export { type Visit, visitEntity, visitPatchSchema, visitSchema } from './visits/visit.js';
export { type VisitService, visitServices } from './visits/visit-services.js';
export * from './citizen/index.js';

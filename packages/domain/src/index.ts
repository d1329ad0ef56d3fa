// @keliling/domain: Keliling's rules and shapes. Pure: no I/O, no framework, nothing of ours imported.

export {
  addDays,
  ageOn,
  currentIsoDate,
  instantSchema,
  isInstant,
  isIsoDate,
  isoDateSchema,
  parseIsoDate,
} from './dates.js';
export { type ErrorCode, errorCodes, isErrorCode } from './errors.js';
export { isRecordId, recordIdSchema } from './ids.js';
export { errorMessage, type LabelKey, label, labels } from './labels/catalogue.js';
export { type Label, type Lang, langs } from './labels/lang.js';
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
export { type Attachment, attachmentSchema, photoSchema } from './records/attachment.js';
export { recordFieldsCommon } from './records/common-fields.js';
export { fieldNames, patchSchema, type RecordDefinition, recordSchema } from './records/define-record.js';
export { type EntityName, entityNames, isEntityName } from './records/entity-names.js';
export { type EntitySchemas, entitySchemas } from './records/entity-schemas.js';
export { type FieldsError, type FieldsResult, validateFields, validateRecord } from './records/validate-fields.js';
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
export { type Role, roles } from './roles.js';
export {
  type SimApplication,
  type SimApplicationField,
  type SimApplicationPatch,
  simApplicationDefinition,
  simApplicationFields,
  simApplicationPatchSchema,
  simApplicationSchema,
} from './sim/sim-application.js';
export {
  isRenewable,
  meetsSimMinimumAge,
  simKelilingRenewalCategories,
  simMinimumAges,
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
export {
  canTransition,
  checkTransition,
  nextStatuses,
  statusTransitions,
  type TransitionCheck,
  type TransitionQuery,
  type TransitionRule,
} from './status/status-transitions.js';
export { documentNumberSchema, isPrintableLine, isPrintableText, longTextSchema, shortTextSchema } from './text.js';

// What residents read, written once: status meanings and next steps, notifications, the portal's forms, checks
// and refusals, in Bahasa Indonesia and English.
export {
  citizenFollowUpNotification,
  citizenNotification,
  notificationReasonMax,
  notifiedStatuses,
} from './notifications.js';
export {
  checkLostItems,
  checkPortalField,
  checkPortalForm,
  type FieldMessage,
  isFieldShown,
  maxLostItems,
  portalTextMax,
} from './field-checks.js';
export {
  type PortalEntity,
  type PortalField,
  type PortalFieldKind,
  type PortalService,
  portalFieldLabel,
  portalFieldNames,
  portalService,
  portalServices,
} from './portal-services.js';
export { type CitizenStatus, citizenStatus, citizenStatusKeys } from './status-texts.js';
export {
  type CitizenTextKey,
  citizenText,
  citizenTexts,
  isPortalErrorCode,
  type PortalErrorCode,
  portalErrorText,
  portalErrorTexts,
} from './texts.js';

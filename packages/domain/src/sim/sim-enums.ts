/** SIM categories (golongan), UU 22/2009 Pasal 80 & 82 and Perpol 5/2021 Pasal 3(2). */
export const simCategories = ['A', 'A_UMUM', 'BI', 'BI_UMUM', 'BII', 'BII_UMUM', 'C', 'CI', 'CII', 'D', 'DI'] as const;
export type SimCategory = (typeof simCategories)[number];

export const simApplicationTypes = ['new', 'renewal'] as const;
export type SimApplicationType = (typeof simApplicationTypes)[number];

/** Statuses of SIM and SKCK applications (records.md "Statuses"). */
export const applicationStatuses = [
  'draft',
  'submitted',
  'verified',
  'approved',
  'issued',
  'rejected',
  'cancelled',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

export const sexes = ['L', 'P'] as const;

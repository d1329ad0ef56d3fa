import type { EntityName } from '../records/entity-names.js';

/**
 * Document checklists per service, as data (domain-facts.md §1, §3, §5). Each item names the key ticked in a
 * record's `documents` checklist, when it is needed, and whether the requirement is confirmed by a source.
 * Unconfirmed items (proof of active JKN, piloted in some Polda only) apply only when a setting turns them on.
 */
export const simDocumentKeys = [
  'ktp',
  'previousSim',
  'healthCertificate',
  'psychTest',
  'drivingSchoolCertificate',
  'jkn',
] as const;
export const skckDocumentKeys = [
  'ktp',
  'kk',
  'birthCertificate',
  'photos4x6',
  'fingerprintCard',
  'previousSkck',
  'passport',
  'jkn',
] as const;
export const crowdPermitDocumentKeys = [
  'ktp',
  'committeeList',
  'venueConsent',
  'agencyRecommendation',
  'statementLetter',
  'articlesOfAssociation',
  'foreignerPassports',
  'powerOfAttorney',
] as const;
/** What a lost-item report is supported by; advice for the officer (the report has no checklist field). */
export const lostReportDocumentKeys = [
  'reporterId',
  'villageLetter',
  'bankLetter',
  'certificateCopy',
  'schoolLetter',
  'ownerKtpAndStnk',
  'simCopyOrNumber',
] as const;

export type ChecklistService = 'sim_applications' | 'skck_applications' | 'crowd_permit_requests' | 'lost_item_reports';

/** The facts a checklist depends on. Absent facts count as false / not given. */
export type ChecklistContext = {
  applicationType?: 'new' | 'renewal';
  /** SKCK: the purpose is travel, study or work abroad (derived from `purpose` by `documentChecklist`). */
  goingAbroad?: boolean;
  /** Crowd permit: foreigners take part; the request is filed by a proxy; an organisation organises it. */
  involvesForeigners?: boolean;
  filedByProxy?: boolean;
  byOrganization?: boolean;
  /** Lost-item report: the types of the lost items. */
  itemTypes?: readonly string[];
  /** Setting: proof of active JKN (BPJS Kesehatan) is required here (UNCONFIRMED nationwide). */
  jknRequired?: boolean;
};

type Condition = {
  applicationType?: 'new' | 'renewal';
  goingAbroad?: true;
  involvesForeigners?: true;
  filedByProxy?: true;
  byOrganization?: true;
  jknRequired?: true;
  /** Needed when any lost item has one of these types. */
  itemTypeIn?: readonly string[];
};

export type ChecklistRow = { key: string; when?: Condition; confirmed: boolean; source: string };

export const documentChecklistTable: Readonly<Record<ChecklistService, readonly ChecklistRow[]>> = {
  sim_applications: [
    { key: 'ktp', confirmed: true, source: 'Perpol 5/2021 Pasal 9' },
    { key: 'previousSim', when: { applicationType: 'renewal' }, confirmed: true, source: 'Perpol 5/2021 (renewal)' },
    { key: 'healthCertificate', confirmed: true, source: 'Perpol 5/2021 Pasal 10 (valid 14 days)' },
    { key: 'psychTest', confirmed: true, source: 'Perpol 5/2021 Pasal 11 (valid 6 months)' },
    {
      key: 'drivingSchoolCertificate',
      when: { applicationType: 'new' },
      confirmed: true,
      source: 'Perpol 5/2021 Pasal 9; Perpol 2/2023 item 3a allows a competence letter instead',
    },
    { key: 'jkn', when: { jknRequired: true }, confirmed: false, source: 'Perpol 2/2023 item 5a (pilot areas)' },
  ],
  skck_applications: [
    { key: 'ktp', confirmed: true, source: 'Perpol 6/2023' },
    { key: 'kk', when: { applicationType: 'new' }, confirmed: true, source: 'Perpol 6/2023' },
    { key: 'birthCertificate', when: { applicationType: 'new' }, confirmed: true, source: 'Perpol 6/2023' },
    { key: 'fingerprintCard', when: { applicationType: 'new' }, confirmed: true, source: 'Perpol 6/2023' },
    { key: 'photos4x6', confirmed: true, source: 'Perpol 6/2023 Pasal 17(1)' },
    {
      key: 'previousSkck',
      when: { applicationType: 'renewal' },
      confirmed: true,
      source: 'Perpol 6/2023 Pasal 17(1)',
    },
    { key: 'passport', when: { goingAbroad: true }, confirmed: true, source: 'Perpol 6/2023' },
    { key: 'jkn', when: { jknRequired: true }, confirmed: false, source: 'Perpol 6/2023 (pilot from 1 Mar 2024)' },
  ],
  crowd_permit_requests: [
    { key: 'ktp', confirmed: true, source: 'PP 60/2017; Perpol 7/2023' },
    { key: 'committeeList', confirmed: true, source: 'PP 60/2017; Perpol 7/2023' },
    { key: 'venueConsent', confirmed: true, source: 'PP 60/2017; Perpol 7/2023' },
    { key: 'agencyRecommendation', confirmed: true, source: 'PP 60/2017; Perpol 7/2023' },
    { key: 'statementLetter', confirmed: true, source: 'PP 60/2017; Perpol 7/2023' },
    { key: 'articlesOfAssociation', when: { byOrganization: true }, confirmed: true, source: 'Perpol 7/2023' },
    { key: 'foreignerPassports', when: { involvesForeigners: true }, confirmed: true, source: 'Perpol 7/2023' },
    { key: 'powerOfAttorney', when: { filedByProxy: true }, confirmed: true, source: 'Perpol 7/2023' },
  ],
  lost_item_reports: [
    { key: 'reporterId', confirmed: true, source: 'SPKT practice (KTP, SIM or KK)' },
    { key: 'villageLetter', when: { itemTypeIn: ['KTP', 'SERTIFIKAT'] }, confirmed: true, source: 'SPKT practice' },
    { key: 'bankLetter', when: { itemTypeIn: ['ATM', 'BUKU_TABUNGAN'] }, confirmed: true, source: 'SPKT practice' },
    { key: 'certificateCopy', when: { itemTypeIn: ['SERTIFIKAT'] }, confirmed: true, source: 'SPKT practice' },
    { key: 'schoolLetter', when: { itemTypeIn: ['IJAZAH'] }, confirmed: true, source: 'SPKT practice' },
    { key: 'ownerKtpAndStnk', when: { itemTypeIn: ['BPKB'] }, confirmed: true, source: 'SPKT practice' },
    { key: 'simCopyOrNumber', when: { itemTypeIn: ['SIM'] }, confirmed: true, source: 'SPKT practice' },
  ],
};

export type ChecklistItem = { key: string; confirmed: boolean; source: string };

function applies(when: Condition | undefined, context: ChecklistContext): boolean {
  if (!when) return true;
  if (when.applicationType !== undefined && when.applicationType !== context.applicationType) return false;
  for (const flag of ['goingAbroad', 'involvesForeigners', 'filedByProxy', 'byOrganization', 'jknRequired'] as const) {
    if (when[flag] === true && context[flag] !== true) return false;
  }
  if (when.itemTypeIn && !(context.itemTypes ?? []).some((t) => when.itemTypeIn?.includes(t))) return false;
  return true;
}

/** The documents `service` needs in this case, in the table's order. */
export function documentChecklist(
  service: ChecklistService,
  context: ChecklistContext = {},
  table: Readonly<Record<ChecklistService, readonly ChecklistRow[]>> = documentChecklistTable,
): ChecklistItem[] {
  return table[service]
    .filter((row) => applies(row.when, context))
    .map(({ key, confirmed, source }) => ({ key, confirmed, source }));
}

/** The keys of `items` not ticked in `documents`. */
export function missingDocuments(
  items: readonly ChecklistItem[],
  documents: Readonly<Record<string, boolean | undefined>> | null | undefined,
): string[] {
  return items.filter((item) => documents?.[item.key] !== true).map((item) => item.key);
}

export function isChecklistService(entity: EntityName): entity is ChecklistService {
  return Object.hasOwn(documentChecklistTable, entity);
}

import { describe, expect, it } from 'vitest';
import { complaintCategories, complaintUrgencies } from '../complaints/complaint.js';
import { eventScales } from '../crowd-permits/crowd-permit-level.js';
import { eventTypes } from '../crowd-permits/crowd-permit-request.js';
import { documentChecklistTable } from '../documents/checklists.js';
import { errorCodes } from '../errors.js';
import { lostItemTypes } from '../lost-items/lost-item.js';
import { outreachTopics } from '../outreach/outreach-session.js';
import { entityNames } from '../records/entity-names.js';
import { entityDefinitions } from '../records/entity-schemas.js';
import { issuingLevels } from '../records/issuing-levels.js';
import { maritalStatuses, nationalities, religions } from '../records/person-enums.js';
import { unitKinds } from '../reference/unit.js';
import { roles } from '../roles.js';
import { ruleCodes } from '../rules/rule-codes.js';
import { simApplicationFields } from '../sim/sim-application.js';
import { simCategories } from '../sim/sim-enums.js';
import { skckPurposes } from '../skck/skck-purposes.js';
import { entityStatuses } from '../status/entity-statuses.js';
import { surveyChannels, surveyElements } from '../survey/satisfaction-survey.js';
import { visitServices } from '../visits/visit-services.js';
import { errorMessage, fieldLabel, type LabelKey, label, labels, ruleMessage, statusLabel } from './catalogue.js';
import { langs } from './lang.js';

describe('labels', () => {
  it('reads in Bahasa Indonesia and English', () => {
    expect(label('sim.fullName', 'id')).toBe('Nama lengkap');
    expect(label('sim.fullName', 'en')).toBe('Full name');
    expect(label('field.skck_applications.purpose', 'id')).toBe('Keperluan');
    expect(label('status.verified', 'id')).toBe('Diverifikasi');
    expect(label('simCategory.BII_UMUM', 'id')).toBe('SIM B II Umum');
    expect(label('skckPurpose.paspor_visa', 'id')).toBe('Pembuatan paspor/visa');
    expect(errorMessage('invalid_nik', 'id')).toContain('NIK');
    expect(fieldLabel('crowd_permit_requests', 'issuingLevel', 'id')).toBe('Tingkat pemberi izin');
    expect(fieldLabel('visits', 'unknownField', 'id')).toBe('unknownField');
    expect(statusLabel('in_progress', 'en')).toBe('In progress');
  });

  it('cover every field of every entity, every enum value, status, document, error and rule code', () => {
    const enums: [string, readonly string[]][] = [
      ['simCategory', simCategories],
      ['nationality', nationalities],
      ['religion', religions],
      ['maritalStatus', maritalStatuses],
      ['skckPurpose', skckPurposes],
      ['outreachTopic', outreachTopics],
      ['lostItemType', lostItemTypes],
      ['complaintCategory', complaintCategories],
      ['urgency', complaintUrgencies],
      ['eventType', eventTypes],
      ['eventScale', eventScales],
      ['issuingLevel', issuingLevels],
      ['visitService', visitServices],
      ['unitKind', unitKinds],
      ['role', roles],
      ['surveyElement', surveyElements],
      ['surveyChannel', surveyChannels],
      ['applicationType', ['new', 'renewal']],
      ['sex', ['L', 'P']],
      ['entity', entityNames],
      ['status', Object.values(entityStatuses).flat()],
      ['document', Object.values(documentChecklistTable).flatMap((rows) => rows.map((r) => r.key))],
      ['error', errorCodes],
      ['rule', ruleCodes],
    ];
    const keys = [
      ...simApplicationFields.map((f) => `sim.${String(f)}`),
      ...entityNames.flatMap((e) => entityDefinitions[e].fields.map((f) => `field.${e}.${f}`)),
      ...enums.flatMap(([prefix, values]) => values.map((v) => `${prefix}.${v}`)),
    ];
    expect(keys.filter((k) => !Object.hasOwn(labels, k))).toEqual([]);
  });

  it('have non-empty text in both languages, different where it matters', () => {
    for (const key of Object.keys(labels) as LabelKey[]) {
      for (const lang of langs) expect(label(key, lang).trim()).not.toBe('');
    }
    for (const code of errorCodes) expect(errorMessage(code, 'id')).not.toBe(errorMessage(code, 'en'));
  });

  it('fill rule details from the finding, naming documents', () => {
    expect(ruleMessage({ code: 'under_minimum_age', params: { category: 'C', minimumAge: 17, age: 16 } }, 'id')).toBe(
      'Usia minimal untuk SIM C adalah 17 tahun; usia pemohon 16 tahun pada tanggal permohonan.',
    );
    expect(ruleMessage({ code: 'documents_missing', params: { missing: 'kk, fingerprintCard' } }, 'id')).toBe(
      'Dokumen belum lengkap: Kartu Keluarga, Kartu sidik jari.',
    );
    // Without the params a detail needs, the general text.
    expect(ruleMessage({ code: 'fee_mismatch' }, 'en')).toBe('The PNBP fee does not match the tariff in force.');
    expect(ruleMessage({ code: 'fee_mismatch', params: { expected: 75000 } }, 'en')).toBe(
      'The PNBP fee does not match the tariff in force.',
    );
  });
});

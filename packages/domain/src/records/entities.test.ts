import { describe, expect, it } from 'vitest';
import { checkRecord } from '../rules/record-rules.js';
import { entityNames } from './entity-names.js';
import { entityDefinitions, entityParents } from './entity-schemas.js';
import { exampleRecords, exampleToday } from './example-records.js';
import { validateFields, validateRecord } from './validate-fields.js';

function issuesOf(entity: (typeof entityNames)[number], value: unknown): string[] {
  const result = entityDefinitions[entity].record.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

describe('every entity of records.md', () => {
  it.each(entityNames)('%s has one definition giving record and patch schemas', (entity) => {
    const def = entityDefinitions[entity];
    expect(def.entity).toBe(entity);
    expect(def.fields).toEqual([...Object.keys(def.definition.required), ...Object.keys(def.definition.optional)]);
    expect(def.record.shape).toBeDefined();
    expect(def.patch.parse({})).toEqual({});
  });

  it.each(entityNames)('%s: the example record passes its schema, its patch schema and its rules', (entity) => {
    const example = exampleRecords[entity];
    expect(issuesOf(entity, example)).toEqual([]);
    expect(validateFields(entity, example)).toEqual({ ok: true });
    expect(checkRecord(entity, example, { today: exampleToday })).toMatchObject({ ok: true });
  });

  it.each(entityNames)('%s: a whole record needs every required field, a patch none', (entity) => {
    for (const field of entityDefinitions[entity].requiredFields) {
      const { [field]: _dropped, ...rest } = exampleRecords[entity];
      expect(issuesOf(entity, rest)).toContain(field);
      expect(validateFields(entity, { [field]: null })).toMatchObject({ ok: false, field });
    }
  });

  it.each(entityNames)('%s refuses unknown fields', (entity) => {
    expect(validateRecord(entity, { ...exampleRecords[entity], nama: 'x' })).toMatchObject({ field: 'nama' });
    expect(validateFields(entity, { nama: 'x' })).toMatchObject({ code: 'invalid_field', field: 'nama' });
  });

  it('gives child entities a required reference to their parent', () => {
    for (const [child, { field }] of Object.entries(entityParents)) {
      expect(entityDefinitions[child as keyof typeof entityDefinitions].requiredFields).toContain(field);
    }
    expect(validateFields('lost_items', { reportId: 'not an id!' })).toMatchObject({ field: 'reportId' });
  });
});

describe('cross-field rules in the record schemas', () => {
  it('SKCK: purpose other needs purposeOther, a renewal needs the previous SKCK', () => {
    const skck = exampleRecords.skck_applications;
    expect(issuesOf('skck_applications', { ...skck, purpose: 'other' })).toEqual(['purposeOther']);
    expect(issuesOf('skck_applications', { ...skck, purpose: 'other', purposeOther: 'Beasiswa' })).toEqual([]);
    expect(issuesOf('skck_applications', { ...skck, applicationType: 'renewal' })).toEqual(['previousSkckNumber']);
  });

  it('SKCK checklist holds only its listed keys, as booleans', () => {
    const skck = exampleRecords.skck_applications;
    expect(issuesOf('skck_applications', { ...skck, documents: { ktp: 'ya' } })).toEqual(['documents.ktp']);
    expect(issuesOf('skck_applications', { ...skck, documents: { ijazah: true } })).toEqual(['documents']);
    expect(issuesOf('skck_applications', { ...skck, documents: {} })).toEqual([]);
  });

  it('lost-item report: issued needs the letter number; items of type LAINNYA need a description', () => {
    const { letterNumber, ...report } = exampleRecords.lost_item_reports;
    expect(issuesOf('lost_item_reports', report)).toEqual(['letterNumber']);
    expect(issuesOf('lost_item_reports', { ...report, status: 'submitted' })).toEqual([]);
    expect(issuesOf('lost_item_reports', { ...report, status: 'submitted', letterNumber: 'SKTLK/42/XI/2026' })).toEqual(
      ['letterNumber'],
    );
    expect(issuesOf('lost_items', { ...exampleRecords.lost_items, itemType: 'LAINNYA' })).toEqual(['description']);
  });

  it('complaints: anonymous ones need no name; others need a name and a phone or NIK', () => {
    const { fullName, phone, ...anonymous } = exampleRecords.complaints;
    expect(issuesOf('complaints', { ...anonymous, anonymous: true })).toEqual([]);
    expect(issuesOf('complaints', anonymous)).toEqual(['fullName', 'phone']);
    expect(issuesOf('complaints', { ...anonymous, fullName, nik: '3404071705900001' })).toEqual([]);
  });

  it('crowd permit: the issuing level must follow the scale, and the event must end after it starts', () => {
    const permit = exampleRecords.crowd_permit_requests;
    expect(issuesOf('crowd_permit_requests', { ...permit, issuingLevel: 'polres' })).toEqual(['issuingLevel']);
    expect(issuesOf('crowd_permit_requests', { ...permit, scale: 'kabupaten_kota', issuingLevel: 'polres' })).toEqual(
      [],
    );
    expect(issuesOf('crowd_permit_requests', { ...permit, endsAt: permit.startsAt })).toEqual(['endsAt']);
    expect(issuesOf('crowd_permit_requests', { ...permit, eventType: 'lainnya' })).toEqual(['eventTypeOther']);
  });

  it('visits: services listed once each; leaving needs arriving first', () => {
    const visit = exampleRecords.visits;
    expect(issuesOf('visits', { ...visit, servicesOffered: ['skck', 'skck'] })).toEqual(['servicesOffered']);
    expect(issuesOf('visits', { ...visit, servicesOffered: [] })).toEqual(['servicesOffered']);
    expect(issuesOf('visits', { ...visit, plannedStart: '8:00' })).toEqual(['plannedStart']);
    expect(issuesOf('visits', { ...visit, arrivedAt: null, leftAt: '2026-11-28T05:00:00.000Z' })).toEqual(['leftAt']);
  });

  it('outreach: at least one topic; the end not before the start', () => {
    const session = exampleRecords.outreach_sessions;
    expect(issuesOf('outreach_sessions', { ...session, topics: [] })).toEqual(['topics']);
    expect(issuesOf('outreach_sessions', { ...session, topics: [], topicsOther: 'Pilkada damai' })).toEqual([]);
    expect(issuesOf('outreach_sessions', { ...session, endedAt: '2026-11-28T02:00:00.000Z' })).toEqual(['endedAt']);
    expect(issuesOf('outreach_sessions', { ...session, attendeesMale: -1 })).toEqual(['attendeesMale']);
  });

  it('officers: NRP of 8 digits (or an 18-digit NIP); PIN verifier never a bare PIN', () => {
    const officer = exampleRecords.officers;
    expect(issuesOf('officers', { ...officer, nrp: '8507112' })).toEqual(['nrp']);
    expect(issuesOf('officers', { ...officer, pinVerifier: '202600' })).toEqual(['pinVerifier']);
    const verifier = `pbkdf2-sha256$210000$${'s'.repeat(22)}$${'h'.repeat(43)}`;
    expect(issuesOf('officers', { ...officer, pinVerifier: verifier })).toEqual([]);
  });

  it('units: both base coordinates or neither, inside Indonesia', () => {
    const unit = exampleRecords.units;
    expect(issuesOf('units', { ...unit, baseLng: null })).toEqual(['baseLng']);
    expect(issuesOf('units', { ...unit, baseLat: 51.5 })).toEqual(['baseLat']);
  });

  it('satisfaction surveys: all nine answers on the 1–4 scale', () => {
    const survey = exampleRecords.satisfaction_surveys;
    const answers = survey.answers as Record<string, number>;
    expect(issuesOf('satisfaction_surveys', { ...survey, answers: { ...answers, sarana: 5 } })).toEqual([
      'answers.sarana',
    ]);
    const { sarana, ...eight } = answers;
    expect(issuesOf('satisfaction_surveys', { ...survey, answers: eight })).toEqual(['answers.sarana']);
  });
});

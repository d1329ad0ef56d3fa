import 'fake-indexeddb/auto';
import { isValidLetterNumber, isValidReceiptNumber, parseReceiptNumber } from '@keliling/domain';
import { createHlcClock } from '@keliling/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { complaintFormSpec } from '../complaints/complaintForm';
import { followUpFormSchema, saveFollowUp } from '../complaints/saveFollowUp';
import { crowdPermitFormSpec } from '../crowd/crowdPermitForm';
import type { KelilingDb } from '../db/database';
import { issueSktlk, officeCodeFor } from '../lost/issueLetter';
import { lostReportFormSpec } from '../lost/lostReportForm';
import { outreachFormSpec } from '../outreach/outreachForm';
import { testOfficer } from '../security/testKeys';
import { simNewFormSpec } from '../sim/simNewForm';
import { skckFormSpec } from '../skck/skckForm';
import { finishVisit, startVisit } from '../visits/visitActions';
import { draftIssues } from './domainResolver';
import type { FormContext, FormValues, ServiceFormSpec } from './formSpec';
import { type SaveDeps, saveNewRecord } from './saveRecord';
import { createTestDevice, testIdentity, testNow } from './testDevice';

const identity = testIdentity;
const now = testNow;
const context: FormContext = {
  today: '2026-11-28',
  nowIso: '2026-11-28T03:00:00.000Z',
  officerId: testOfficer.id,
  visitId: null,
  visit: null,
};

const person = {
  nik: '3404075203900002',
  fullName: 'Sri Wahyuni',
  birthPlace: 'Sleman',
  birthDate: '1990-03-12',
  sex: 'P',
  address: 'Jl. Kaliurang km 5',
  villageCode: '34.04.07.2001',
  phone: '0812 3456 7890',
};

const device = createTestDevice();
afterEach(() => device.cleanUp());
const setup = () => device.open();

/** Saves what a form's values make, as the form does after its resolver accepted them. */
async function saveForm(deps: SaveDeps, spec: ServiceFormSpec, values: FormValues, ctx: FormContext = context) {
  const draft = spec.toDraft({ ...spec.empty, ...values }, ctx);
  expect(draftIssues(spec, draft, ctx)).toEqual([]);
  return saveNewRecord(deps, {
    entity: spec.entity,
    fields: draft.fields,
    ...(draft.children ? { children: draft.children } : {}),
    ...(spec.receiptService ? { receiptService: spec.receiptService } : {}),
    visit: ctx.visit,
  });
}

/** The outbox as IndexedDB holds it: sealed bytes, no personal data in clear. */
async function rawOutbox(db: KelilingDb): Promise<string> {
  const rows = await db.outbox.toArray();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  return rows.map((row) => JSON.stringify({ ...row, sealed: decoder.decode(row.sealed) })).join('\n');
}

describe('saveNewRecord through the service forms', () => {
  it('saves an SKCK with its fee, an SKCK receipt and a sealed outbox entry', async () => {
    const deps = setup();
    const result = await saveForm(deps, skckFormSpec, {
      ...person,
      applicationType: 'new',
      purpose: 'pekerjaan_swasta',
      nationality: 'WNI',
      religion: 'islam',
      maritalStatus: 'kawin',
      occupation: 'Guru',
      documents: ['ktp', 'kk'],
    });
    if (!result.ok) throw new Error(result.error.message);
    const { saved } = result;
    expect(parseReceiptNumber(saved.receiptNumber ?? '')).toMatchObject({ ok: true, service: 'SKCK', sequence: 1 });
    const outbox = await deps.storage.outbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.fields).toMatchObject({
      feeRupiah: 30_000,
      phone: '+6281234567890',
      status: 'submitted',
      unitId: identity.unit.id,
      createdBy: testOfficer.id,
      documents: { ktp: true, kk: true, fingerprintCard: false },
    });
    expect((await deps.storage.record('skck_applications', saved.entityId))?.syncState).toBe('pending');
    const raw = await rawOutbox(deps.db);
    expect(raw).not.toContain(person.nik);
    expect(raw).not.toContain('Sri Wahyuni');
  });

  it('saves a lost-item report and its two items in one go, then issues the SKTLK letter', async () => {
    const deps = setup();
    const result = await saveForm(deps, lostReportFormSpec, {
      ...person,
      lostOn: '2026-11-27',
      lostPlace: 'Pasar Condongcatur',
      chronology: 'Dompet jatuh saat berbelanja.',
      items: [
        { itemType: 'KTP', identifier: person.nik, description: '' },
        { itemType: 'LAINNYA', identifier: '', description: 'Dompet kulit coklat' },
      ],
    });
    if (!result.ok) throw new Error(result.error.message);
    const { saved } = result;
    expect(saved.receiptNumber).toMatch(/^LAP-/);
    expect(saved.children).toHaveLength(2);
    const outbox = await deps.storage.outbox();
    expect(outbox.map((change) => change.entity)).toEqual(['lost_item_reports', 'lost_items', 'lost_items']);
    for (const item of outbox.slice(1)) expect(item.fields.reportId).toBe(saved.entityId);
    expect(new Set(outbox.map((change) => change.hlc)).size).toBe(3);

    const issued = await issueSktlk(deps, saved.entityId, officeCodeFor('Polresta Sleman'));
    if (!issued.ok) throw new Error(issued.error.message);
    expect(issued.fields.status).toBe('issued');
    expect(issued.fields.letterNumber).toMatch(/^SKTLK\/[0-9A-Z]{4}-1\/XI\/2026\/SPKT POLRESTA SLEMAN$/);
    expect(isValidLetterNumber(String(issued.fields.letterNumber))).toBe(true);
    // A letter is issued once: the report is no longer `submitted`.
    const again = await issueSktlk(deps, saved.entityId, officeCodeFor('Polresta Sleman'));
    expect(again.ok).toBe(false);
    expect(await deps.storage.outboxSize()).toBe(4);
  });

  it('refuses a lost item of type LAINNYA without a description, and writes nothing', async () => {
    const deps = setup();
    const values = {
      ...lostReportFormSpec.empty,
      ...person,
      lostOn: '2026-11-27',
      lostPlace: 'Pasar',
      chronology: 'Hilang.',
      items: [{ itemType: 'LAINNYA', identifier: '', description: '' }],
    };
    const draft = lostReportFormSpec.toDraft(values, context);
    expect(draftIssues(lostReportFormSpec, draft, context)).toEqual([
      { path: 'items.0.description', message: expect.any(String) },
    ]);
    const result = await saveNewRecord(deps, {
      entity: 'lost_item_reports',
      fields: draft.fields,
      children: draft.children ?? [],
      receiptService: 'LAP',
    });
    expect(result.ok).toBe(false);
    expect(await deps.storage.outboxSize()).toBe(0);
    expect(await deps.db.meta.get('receipt.sequence.LAP')).toBeUndefined();
  });

  it('refuses a loss dated after today (a domain rule), shown on the field', () => {
    const values = {
      ...lostReportFormSpec.empty,
      ...person,
      lostOn: '2026-11-29',
      lostPlace: 'Pasar',
      chronology: 'Hilang.',
      items: [{ itemType: 'KTP', identifier: '', description: '' }],
    };
    const issues = draftIssues(lostReportFormSpec, lostReportFormSpec.toDraft(values, context), context);
    expect(issues.map((issue) => issue.path)).toEqual(['lostOn']);
  });

  it('saves an anonymous complaint with an access code, then a follow-up that moves it on', async () => {
    const deps = setup();
    const spec = complaintFormSpec(() => 'ABCD-EFGH');
    const result = await saveForm(deps, spec, {
      anonymous: true,
      category: 'keamanan_lingkungan',
      urgency: 'tinggi',
      description: 'Lampu jalan mati, rawan.',
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.saved.fields).toMatchObject({ anonymous: true, accessCode: 'ABCD-EFGH', status: 'received' });
    expect(result.saved.receiptNumber).toMatch(/^ADU-/);

    const input = followUpFormSchema.parse({ action: 'Lapor ke desa', outcome: '', status: 'in_progress' });
    const followed = await saveFollowUp(deps, result.saved.entityId, input);
    if (!followed.ok) throw new Error(followed.error.message);
    expect((await deps.storage.record('complaints', result.saved.entityId))?.fields.status).toBe('in_progress');
    const followUp = await deps.storage.record('complaint_follow_ups', followed.saved.entityId);
    expect(followUp?.fields).toMatchObject({
      complaintId: result.saved.entityId,
      officerId: testOfficer.id,
      action: 'Lapor ke desa',
    });

    // `in_progress` → `closed` is HQ's step: refused before anything is written.
    const before = await deps.storage.outboxSize();
    const refused = await saveFollowUp(
      deps,
      result.saved.entityId,
      followUpFormSchema.parse({ action: 'Tutup', outcome: '', status: 'closed' }),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden_transition' } });
    expect(await deps.storage.outboxSize()).toBe(before);
  });

  it('derives the crowd permit authority from the scale and refuses a named complainant without contact', async () => {
    const deps = setup();
    const result = await saveForm(deps, crowdPermitFormSpec, {
      nik: person.nik,
      fullName: 'Panitia Merti Desa',
      phone: '0812 1111 2222',
      eventName: 'Merti Desa',
      eventType: 'keagamaan',
      venue: 'Lapangan desa',
      villageCode: person.villageCode,
      startsAt: '2027-01-20T08:00',
      endsAt: '2027-01-20T17:00',
      expectedAttendance: '800',
      scale: 'kabupaten_kota',
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.saved.fields).toMatchObject({ issuingLevel: 'polres', expectedAttendance: 800, status: 'submitted' });
    expect(isValidReceiptNumber(result.saved.receiptNumber ?? '')).toBe(true);

    const spec = complaintFormSpec(() => 'ABCD-EFGH');
    const named = spec.toDraft(
      { ...spec.empty, fullName: 'Budi', category: 'pelayanan', description: 'Antre lama.' },
      context,
    );
    expect(draftIssues(spec, named, context).map((issue) => issue.path)).toEqual(['phone']);
  });

  it('links an outreach session to the visit in progress and counts attendees as numbers', async () => {
    const deps = setup();
    const visitContext = {
      ...context,
      visitId: '01JDVISIT0000000000000000A',
      visit: { servicesOffered: ['outreach' as const] },
    };
    const result = await saveForm(
      deps,
      outreachFormSpec,
      {
        villageCode: person.villageCode,
        startedAt: '2026-11-28T09:00',
        topics: ['narkoba', 'hoaks'],
        attendeesMale: '12',
        attendeesFemale: '15',
      },
      visitContext,
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(result.saved.fields).toMatchObject({
      visitId: visitContext.visitId,
      attendeesMale: 12,
      attendeesFemale: 15,
      topics: ['narkoba', 'hoaks'],
      speakers: [testOfficer.id],
    });
    expect(result.saved.receiptNumber).toBeNull();
  });

  it('refuses a new SIM at a visit that does not offer it (domain rule service_not_offered)', async () => {
    const deps = setup();
    const visitContext = {
      ...context,
      visitId: '01JDVISIT0000000000000000A',
      visit: { servicesOffered: ['sim_renewal' as const] },
    };
    const values = {
      ...simNewFormSpec.empty,
      ...person,
      category: 'C',
      healthCertificateNumber: 'SKS/1/2026',
      psychTestNumber: 'PSI-1',
    };
    const draft = simNewFormSpec.toDraft(values, visitContext);
    expect(draft.fields.feeRupiah).toBe(100_000);
    expect(draftIssues(simNewFormSpec, draft, visitContext).map((issue) => issue.path)).toEqual(['root']);
    const result = await saveNewRecord(deps, {
      entity: 'sim_applications',
      fields: draft.fields,
      receiptService: 'SIM',
      visit: visitContext.visit,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'service_not_offered' } });
    expect(await deps.storage.outboxSize()).toBe(0);
  });
});

describe('visits', () => {
  it('start and finish a planned visit as changes that sync, and refuse skipping a step', async () => {
    const deps = setup();
    const visitId = '01JDVISIT0000000000000000A';
    await deps.storage.write({
      id: 'seed-visit',
      entity: 'visits',
      entityId: visitId,
      // The coordinator's change, an hour earlier, from another node.
      hlc: createHlcClock({ nodeId: 'a0a0a0a0a0a0a0a0', now: () => now() - 3_600_000 }).next(),
      fields: {
        unitId: identity.unit.id,
        villageCode: '34.04.07.2001',
        date: '2026-11-28',
        order: 1,
        servicesOffered: ['skck'],
        status: 'planned',
        createdAt: '2026-11-27T10:00:00.000Z',
      },
    });
    expect((await finishVisit(deps, visitId)).ok).toBe(false);
    const started = await startVisit(deps, visitId);
    if (!started.ok) throw new Error(started.error.message);
    expect(started.change.fields).toEqual({ status: 'in_progress', arrivedAt: '2026-11-28T03:00:00.000Z' });
    expect(started.change.by).toBe(testOfficer.id);
    const finished = await finishVisit(deps, visitId);
    if (!finished.ok) throw new Error(finished.error.message);
    expect((await deps.storage.record('visits', visitId))?.fields).toMatchObject({
      status: 'done',
      leftAt: '2026-11-28T03:00:00.000Z',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../store/types.js';
import { satisfactionReport } from './satisfaction.js';

const elements = [
  'persyaratan',
  'prosedur',
  'waktu',
  'biaya',
  'produk',
  'kompetensi',
  'perilaku',
  'pengaduan',
  'sarana',
];
const answers = (values: number[]) => Object.fromEntries(elements.map((e, i) => [e, values[i]]));
let n = 0;
const record = (
  entity: string,
  unitId: string | null,
  fields: Record<string, unknown>,
  deleted = false,
): StoredRecord => ({ id: `r${++n}`, entity, unitId, fields, deleted, updatedAt: '2026-11-20T00:00:00.000Z' });
const survey = (
  unitId: string,
  service: string,
  officerId: string,
  values: number[],
  createdAt = '2026-11-05T02:00:00Z',
) =>
  record('satisfaction_surveys', unitId, {
    unitId,
    service,
    recordId: `rec-${n}`,
    officerId,
    answers: answers(values),
    channel: 'handover',
    createdAt,
  });

describe('satisfactionReport: a worked example checked by hand', () => {
  const input = {
    surveys: [
      survey('unit-1', 'sim_applications', 'off-a', [4, 4, 4, 4, 4, 4, 4, 4, 4]), // sum 36
      survey('unit-1', 'skck_applications', 'off-b', [3, 3, 3, 3, 3, 3, 2, 2, 3]), // sum 25
      survey('unit-2', 'sim_applications', 'off-c', [2, 2, 2, 2, 2, 2, 2, 2, 1]), // sum 17
      survey('unit-1', 'sim_applications', 'off-a', [1, 1, 1, 1, 1, 1, 1, 1, 1], '2026-10-31T23:00:00Z'), // before
      { ...survey('unit-1', 'sim_applications', 'off-a', [1, 1, 1, 1, 1, 1, 1, 1, 1]), deleted: true },
      survey('unit-2', 'sim_applications', 'off-c', [5, 1, 1, 1, 1, 1, 1, 1, 1]), // 5 is not an answer: left out
    ],
    complaints: [
      record('complaints', 'unit-1', { status: 'resolved', createdAt: '2026-11-02T01:00:00Z' }),
      record('complaints', 'unit-1', { status: 'resolved', createdAt: '2026-11-03T01:00:00Z' }),
      record('complaints', 'unit-1', { status: 'in_progress', createdAt: '2026-11-04T01:00:00Z' }),
      record('complaints', 'unit-1', { status: 'closed', createdAt: '2026-10-04T01:00:00Z' }), // before
    ],
    officers: [
      record('officers', 'unit-1', { name: 'Aiptu Ahmad', unitId: 'unit-1' }),
      record('officers', 'unit-1', { name: 'Bripka Budi', unitId: 'unit-1' }),
      record('officers', 'unit-2', { name: 'Brigpol Citra', unitId: 'unit-2' }),
    ],
    trainings: [record('trainings', null, { title: 'Pelayanan prima', topic: 'pelayanan', date: '2026-09-01' })],
    attendance: [] as StoredRecord[],
    unitIds: ['unit-1', 'unit-2'],
  };
  // Officers are referred to by id; give them the ids the surveys use.
  input.officers = input.officers.map((o, i) => ({ ...o, id: ['off-a', 'off-b', 'off-c'][i]! }));
  const trainingId = input.trainings[0]!.id;
  input.attendance = [
    record('training_attendance', null, { trainingId, officerId: 'off-a', attended: true }),
    record('training_attendance', null, { trainingId, officerId: 'off-b', attended: false }), // registered, absent
  ];
  const report = satisfactionReport(input, { from: '2026-11-01', to: '2026-11-30' });

  it('computes the IKM as mean answer × 25 and grades it (A ≥ 88.31, B ≥ 76.61, C ≥ 65, D below)', () => {
    // Overall: (36 + 25 + 17) / 27 answers = 2.8889; × 25 = 72.22 → C.
    expect(report.overall).toEqual({ index: 72.22, grade: 'C', responses: 3 });
    // Unit 1: (36 + 25) / 18 = 3.3889; × 25 = 84.72 → B. Unit 2: 17 / 9 = 1.8889; × 25 = 47.22 → D.
    expect(report.units.map((u) => [u.unitId, u.ikm])).toEqual([
      ['unit-1', { index: 84.72, grade: 'B', responses: 2 }],
      ['unit-2', { index: 47.22, grade: 'D', responses: 1 }],
    ]);
    // SIM: (36 + 17) / 18 = 2.9444; × 25 = 73.61 → C. SKCK: 25 / 9 = 2.7778; × 25 = 69.44 → C.
    expect(report.byService).toEqual([
      { service: 'sim_applications', ikm: { index: 73.61, grade: 'C', responses: 2 } },
      { service: 'skck_applications', ikm: { index: 69.44, grade: 'C', responses: 1 } },
    ]);
    // Officers: 36 / 9 × 25 = 100 → A; 69.44 → C; 47.22 → D.
    expect(report.byOfficer.map((o) => [o.officerId, o.name, o.ikm.index, o.ikm.grade])).toEqual([
      ['off-a', 'Aiptu Ahmad', 100, 'A'],
      ['off-b', 'Bripka Budi', 69.44, 'C'],
      ['off-c', 'Brigpol Citra', 47.22, 'D'],
    ]);
    expect(report.byMonth).toEqual([{ month: '2026-11', ikm: { index: 72.22, grade: 'C', responses: 3 } }]);
    // Element means: persyaratan (4 + 3 + 2) / 3 = 3; perilaku (4 + 2 + 2) / 3 = 2.67; sarana (4 + 3 + 1) / 3 = 2.67.
    expect(report.elements.persyaratan).toBe(3);
    expect(report.elements.perilaku).toBe(2.67);
    expect(report.elements.sarana).toBe(2.67);
  });

  it("puts each unit's complaint outcomes in the period and its officers' trainings beside the index", () => {
    const [unit1, unit2] = report.units;
    expect(unit1!.complaints).toEqual({ resolved: 2, in_progress: 1 });
    expect(unit2!.complaints).toEqual({});
    expect(unit1!.officersTrained).toBe(1);
    expect(unit1!.officers.map((o) => [o.name, o.ikm?.index ?? null, o.trainings.map((t) => t.title)])).toEqual([
      ['Aiptu Ahmad', 100, ['Pelayanan prima']],
      ['Bripka Budi', 69.44, []],
    ]);
    expect(unit2!.officersTrained).toBe(0);
  });

  it('has no index where there are no answers', () => {
    const empty = satisfactionReport({ ...input, surveys: [] }, {});
    expect(empty.overall).toBeNull();
    expect(empty.units.every((u) => u.ikm === null)).toBe(true);
    expect(empty.elements.persyaratan).toBeNull();
  });
});

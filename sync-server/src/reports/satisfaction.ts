import {
  type IkmGradeTable,
  ikmGradeTable,
  type SatisfactionIndex,
  type SurveyElement,
  satisfactionIndex,
  surveyElements,
} from '@keliling/domain';
import type { StoredRecord } from '../store/types.js';

export type IndexRow = { index: number; grade: 'A' | 'B' | 'C' | 'D'; responses: number };

export type OfficerTraining = { trainingId: string; title: string; topic: string; date: string };

export type SatisfactionReport = {
  from: string | null;
  to: string | null;
  gradeTable: IkmGradeTable;
  overall: SatisfactionIndex;
  /** Per element: the mean answer (1–4, rounded to 2 decimals) over every survey counted. */
  elements: Record<SurveyElement, number | null>;
  byService: { service: string; ikm: IndexRow }[];
  byMonth: { month: string; ikm: IndexRow }[];
  byOfficer: { officerId: string; name: string | null; unitId: string | null; ikm: IndexRow }[];
  units: {
    unitId: string;
    ikm: SatisfactionIndex;
    /** Complaints created in the period, by status. */
    complaints: Record<string, number>;
    officers: { officerId: string; name: string; ikm: SatisfactionIndex; trainings: OfficerTraining[] }[];
    officersTrained: number;
  }[];
};

export type SatisfactionInput = {
  surveys: readonly StoredRecord[];
  complaints: readonly StoredRecord[];
  officers: readonly StoredRecord[];
  trainings: readonly StoredRecord[];
  attendance: readonly StoredRecord[];
  /** The units to list (those in scope, or the one asked for), in display order. */
  unitIds: readonly string[];
};

type Answers = Readonly<Record<SurveyElement, number>>;

const dayOf = (r: StoredRecord) =>
  typeof r.fields.createdAt === 'string' ? r.fields.createdAt.slice(0, 10) : r.updatedAt.slice(0, 10);

function answersOf(r: StoredRecord): Answers | null {
  const a = r.fields.answers;
  if (typeof a !== 'object' || a === null) return null;
  const values = a as Record<string, unknown>;
  for (const e of surveyElements) {
    const v = values[e];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 4) return null;
  }
  return values as Answers;
}

function grouped(
  surveys: readonly { record: StoredRecord; answers: Answers }[],
  key: (r: StoredRecord) => string | null,
  table: IkmGradeTable,
): Map<string, IndexRow> {
  const groups = new Map<string, Answers[]>();
  for (const s of surveys) {
    const k = key(s.record);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), s.answers]);
  }
  const out = new Map<string, IndexRow>();
  for (const [k, answers] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const ikm = satisfactionIndex(answers, table);
    if (ikm) out.set(k, ikm);
  }
  return out;
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);

/**
 * The satisfaction index (IKM, PermenPANRB 14/2017) of the surveys taken from `from` to `to` (inclusive, by the
 * survey's `createdAt` day), per unit, service, officer and month, beside each unit's complaint outcomes in the
 * same period and the trainings its officers attended (any time). Deleted records and malformed answers are left out.
 */
export function satisfactionReport(
  input: SatisfactionInput,
  period: { from?: string | undefined; to?: string | undefined },
  table: IkmGradeTable = ikmGradeTable,
): SatisfactionReport {
  const inPeriod = (r: StoredRecord) => {
    const day = dayOf(r);
    return (period.from === undefined || day >= period.from) && (period.to === undefined || day <= period.to);
  };
  const surveys = input.surveys.flatMap((record) => {
    if (record.deleted || !inPeriod(record)) return [];
    const answers = answersOf(record);
    return answers ? [{ record, answers }] : [];
  });

  const elements = Object.fromEntries(
    surveyElements.map((e) => {
      if (surveys.length === 0) return [e, null];
      const sum = surveys.reduce((s, x) => s + x.answers[e], 0);
      return [e, Math.round((sum / surveys.length) * 100) / 100];
    }),
  ) as Record<SurveyElement, number | null>;

  const officers = new Map(
    input.officers.filter((o) => !o.deleted).map((o) => [o.id, { name: str(o.fields.name), unitId: o.unitId }]),
  );
  const trainings = new Map(input.trainings.filter((t) => !t.deleted).map((t) => [t.id, t]));
  const trainingsOf = new Map<string, OfficerTraining[]>();
  for (const a of input.attendance) {
    if (a.deleted || a.fields.attended === false) continue;
    const officerId = str(a.fields.officerId);
    const training = trainings.get(str(a.fields.trainingId) ?? '');
    if (!officerId || !training) continue;
    const list = trainingsOf.get(officerId) ?? [];
    if (list.some((t) => t.trainingId === training.id)) continue;
    list.push({
      trainingId: training.id,
      title: str(training.fields.title) ?? '',
      topic: str(training.fields.topic) ?? '',
      date: str(training.fields.date) ?? '',
    });
    trainingsOf.set(officerId, list);
  }
  for (const list of trainingsOf.values()) list.sort((a, b) => a.date.localeCompare(b.date));

  const byUnit = grouped(surveys, (r) => r.unitId, table);
  const byOfficer = grouped(surveys, (r) => str(r.fields.officerId), table);

  const units = input.unitIds.map((unitId) => {
    const complaints: Record<string, number> = {};
    for (const c of input.complaints) {
      if (c.deleted || c.unitId !== unitId || !inPeriod(c)) continue;
      const status = str(c.fields.status) ?? 'unknown';
      complaints[status] = (complaints[status] ?? 0) + 1;
    }
    const unitOfficers = [...officers]
      .filter(([, o]) => o.unitId === unitId)
      .map(([officerId, o]) => ({
        officerId,
        name: o.name ?? officerId,
        ikm: byOfficer.get(officerId) ?? null,
        trainings: trainingsOf.get(officerId) ?? [],
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      unitId,
      ikm: byUnit.get(unitId) ?? null,
      complaints,
      officers: unitOfficers,
      officersTrained: unitOfficers.filter((o) => o.trainings.length > 0).length,
    };
  });

  return {
    from: period.from ?? null,
    to: period.to ?? null,
    gradeTable: table,
    overall: satisfactionIndex(
      surveys.map((s) => s.answers),
      table,
    ),
    elements,
    byService: [...grouped(surveys, (r) => str(r.fields.service), table)].map(([service, ikm]) => ({ service, ikm })),
    byMonth: [...grouped(surveys, (r) => dayOf(r).slice(0, 7), table)].map(([month, ikm]) => ({ month, ikm })),
    byOfficer: [...byOfficer].map(([officerId, ikm]) => ({
      officerId,
      name: officers.get(officerId)?.name ?? null,
      unitId: officers.get(officerId)?.unitId ?? null,
      ikm,
    })),
    units,
  };
}

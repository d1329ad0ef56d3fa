import type { SurveyElement } from './satisfaction-survey.js';

/**
 * Grades of the satisfaction index (IKM, 25–100) as commonly cited from PermenPANRB 14/2017's appendix:
 * UNCONFIRMED against the appendix itself, so a versioned table passed in.
 */
export type IkmGradeTable = {
  regulation: string;
  confirmed: boolean;
  grades: readonly { grade: 'A' | 'B' | 'C' | 'D'; min: number; label: string }[];
};

export const ikmGradeTable: IkmGradeTable = {
  regulation: 'PermenPANRB 14/2017',
  confirmed: false,
  grades: [
    { grade: 'A', min: 88.31, label: 'sangat baik' },
    { grade: 'B', min: 76.61, label: 'baik' },
    { grade: 'C', min: 65.0, label: 'kurang baik' },
    { grade: 'D', min: 25.0, label: 'tidak baik' },
  ],
};

export type SatisfactionIndex = { index: number; grade: 'A' | 'B' | 'C' | 'D'; responses: number } | null;

/** The IKM of a set of answers: the equally weighted mean of all answers (1–4) times 25; null with no answers. */
export function satisfactionIndex(
  answers: readonly Readonly<Record<SurveyElement, number>>[],
  table: IkmGradeTable = ikmGradeTable,
): SatisfactionIndex {
  const values = answers.flatMap((a) => Object.values(a));
  if (values.length === 0) return null;
  const index = Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 25 * 100) / 100;
  const grade = table.grades.find((g) => index >= g.min)?.grade ?? 'D';
  return { index, grade, responses: answers.length };
}

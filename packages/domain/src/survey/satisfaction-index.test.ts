import { describe, expect, it } from 'vitest';
import { exampleRecords } from '../records/example-records.js';
import { satisfactionIndex } from './satisfaction-index.js';
import type { SurveyElement } from './satisfaction-survey.js';

const answers = exampleRecords.satisfaction_surveys.answers as Record<SurveyElement, number>;

describe('satisfactionIndex', () => {
  it('is the mean answer times 25, graded by the (unconfirmed) PermenPANRB table', () => {
    // 4×6 + 3×3 = 33 over 9 answers: 3.667 × 25 = 91.67 → A.
    expect(satisfactionIndex([answers])).toEqual({ index: 91.67, grade: 'A', responses: 1 });
    const allThree = Object.fromEntries(Object.keys(answers).map((k) => [k, 3])) as Record<SurveyElement, number>;
    expect(satisfactionIndex([allThree])).toMatchObject({ index: 75, grade: 'C' });
    expect(satisfactionIndex([])).toBeNull();
  });
});

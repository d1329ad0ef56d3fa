import { describe, expect, it } from 'vitest';
import { attendanceEdits, newTrainingEdit } from './trainingEdits';

describe('training edits', () => {
  it('builds a valid trainings record, and refuses one without a date', () => {
    const made = newTrainingEdit(
      { title: 'Komunikasi pelayanan', topic: 'pelayanan', date: '2026-11-20', trainer: ' Kasat Binmas ' },
      'user:hq',
      Date.parse('2026-11-21T01:00:00Z'),
      '01JDX2T1R2A3I4N5I6N7G8X9YZ',
    );
    expect(made).toEqual({
      ok: true,
      edit: {
        entity: 'trainings',
        entityId: '01JDX2T1R2A3I4N5I6N7G8X9YZ',
        fields: {
          title: 'Komunikasi pelayanan',
          topic: 'pelayanan',
          date: '2026-11-20',
          trainer: 'Kasat Binmas',
          createdAt: '2026-11-21T01:00:00.000Z',
        },
        by: 'user:hq',
      },
    });
    const bad = newTrainingEdit({ title: 'X', topic: 'y', date: '', trainer: '' }, 'user:hq', 0, 'id');
    expect(bad).toMatchObject({ ok: false, field: 'date' });
  });

  it('adds missing attendance, flips changed ones, and leaves the rest', () => {
    let n = 0;
    const existing = [
      { id: 'a1', fields: { trainingId: 't1', officerId: 'o1', attended: true }, deleted: false },
      { id: 'a2', fields: { trainingId: 't1', officerId: 'o2', attended: true }, deleted: false },
      { id: 'a3', fields: { trainingId: 't2', officerId: 'o3', attended: true }, deleted: false },
    ];
    const edits = attendanceEdits(
      't1',
      new Set(['o1', 'o3']),
      ['o1', 'o2', 'o3', 'o4'],
      existing,
      'user:hq',
      () => `n${++n}`,
    );
    expect(edits).toEqual([
      { entity: 'training_attendance', entityId: 'a2', fields: { attended: false }, by: 'user:hq' },
      {
        entity: 'training_attendance',
        entityId: 'n1',
        fields: { trainingId: 't1', officerId: 'o3', attended: true },
        by: 'user:hq',
      },
    ]);
  });
});

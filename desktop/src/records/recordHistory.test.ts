import type { Change, LocalRecord, Rejection } from '@keliling/sync';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { authorName, historyItems, type Translate } from './recordHistory';

const node = '9f3a6c2e1b7d4a05';
const hlc = (minute: number) => `2026-11-28T02:${String(minute).padStart(2, '0')}:00.000Z-0000-${node}`;

const local: LocalRecord = {
  entity: 'sim_applications',
  entityId: 'R1',
  fields: {},
  deleted: false,
  syncState: 'pending',
  confirmed: {
    entity: 'sim_applications',
    entityId: 'R1',
    fields: {
      fullName: { value: 'Siti Rahayu', hlc: hlc(1), changeId: 'c1' },
      status: { value: 'verified', hlc: hlc(5), changeId: 'c2' },
      nik: { value: '3404071201900001', hlc: hlc(1), changeId: 'c1' },
    },
    deleted: null,
  },
  pending: [
    {
      id: 'c3',
      entity: 'sim_applications',
      entityId: 'R1',
      hlc: hlc(9),
      fields: { phone: '+6281234567890' },
      by: 'officer-a',
    },
  ],
  rejections: [],
};
const refused: Rejection = {
  change: {
    id: 'c4',
    entity: 'sim_applications',
    entityId: 'R1',
    hlc: hlc(7),
    fields: { status: 'issued' },
    by: 'officer-a',
  },
  reason: { code: 'forbidden_transition', message: 'officer may not issue' },
  rejectedAt: '2026-11-28T02:08:00.000Z',
  dismissed: false,
};

describe('a record’s history', () => {
  it('offline: rebuilds the changes from the merged state, with pending and refused ones, newest first', () => {
    const items = historyItems(local, [], [refused]);
    expect(items.map((item) => [item.changeId, item.state])).toEqual([
      ['c3', 'pending'],
      ['c4', 'rejected'],
      ['c2', 'confirmed'],
      ['c1', 'confirmed'],
    ]);
    expect(items[3]?.fields).toEqual({ fullName: 'Siti Rahayu', nik: '3404071201900001' });
    expect(items[0]).toMatchObject({ by: 'officer-a', at: '2026-11-28T02:09:00.000Z' });
    expect(items[1]?.reason?.code).toBe('forbidden_transition');
  });

  it('with the change log: every confirmed change with who made it, and what only this device knows', () => {
    const logged: Change[] = [
      {
        id: 'c1',
        entity: 'sim_applications',
        entityId: 'R1',
        hlc: hlc(1),
        fields: { fullName: 'Siti Rahayu' },
        by: 'officer-a',
      },
      { id: 'c2', entity: 'sim_applications', entityId: 'R1', hlc: hlc(5), fields: { status: 'verified' }, by: 'hq-1' },
    ];
    const items = historyItems(local, logged, [refused]);
    expect(items.map((item) => [item.changeId, item.state, item.by ?? null])).toEqual([
      ['c3', 'pending', 'officer-a'],
      ['c4', 'rejected', 'officer-a'],
      ['c2', 'applied', 'hq-1'],
      ['c1', 'applied', 'officer-a'],
    ]);
  });
});

describe('authorName', () => {
  const translator = (language: 'id' | 'en'): Translate => {
    const i18n = createI18n(language);
    return (text, values) => i18n.t(text, values);
  };
  const names = new Map([['officer-1', 'Bripka Agus Santoso']]);

  it('names the officer from the directory, a device, or says the author is unknown, in the chosen language', () => {
    const id = translator('id');
    const en = translator('en');
    expect(authorName({ by: 'officer-1' }, names, id)).toBe('Bripka Agus Santoso');
    expect(authorName({ by: 'officer-9' }, names, en)).toBe('officer-9');
    expect(authorName({ author: 'device:D-7' }, names, id)).toBe('Perangkat D-7');
    expect(authorName({ author: 'device:D-7' }, names, en)).toBe('Device D-7');
    expect(authorName({ author: 'hq-user' }, names, en)).toBe('hq-user');
    expect(authorName({}, names, id)).toBe('tidak diketahui');
    expect(authorName({}, names, en)).toBe('unknown');
  });
});

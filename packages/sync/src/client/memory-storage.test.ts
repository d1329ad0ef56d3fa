import { describe, expect, it } from 'vitest';
import type { Change } from '../change.js';
import { createMemoryStorage } from './memory-storage.js';

const hlc = (ms: number) => `2026-11-28T02:00:00.${String(ms).padStart(3, '0')}Z-0000-00000000000000a1`;
const change = (id: string, ms: number, fields: Record<string, unknown>, entityId = 'r1'): Change => ({
  id,
  entity: 'sim_applications',
  entityId,
  hlc: hlc(ms),
  fields,
});

describe('createMemoryStorage', () => {
  it('shows pending changes over the confirmed layer, oldest first', async () => {
    const s = createMemoryStorage();
    await s.applyPull({ changes: [change('p1', 1, { fullName: 'Budi', nik: '1' })], cursor: 'k1' });
    await s.write(change('w1', 5, { fullName: 'Budi S' }));
    await s.write(change('w2', 6, { phone: '+62' }));
    await s.write(change('w2', 6, { phone: '+62' })); // same change twice is one change
    const r = await s.record('sim_applications', 'r1');
    expect(r).toMatchObject({
      fields: { fullName: 'Budi S', nik: '1', phone: '+62' },
      syncState: 'pending',
      deleted: false,
    });
    expect(r?.pending.map((c) => c.id)).toEqual(['w1', 'w2']);
    expect(await s.outbox(1)).toEqual([change('w1', 5, { fullName: 'Budi S' })]);
    expect(await s.outboxSize()).toBe(2);
    expect(await s.cursor()).toBe('k1');
  });

  it('settles push outcomes in one call: confirmed, rejected, replaced in place', async () => {
    const s = createMemoryStorage();
    const [a, b, c] = [change('a', 1, { x: 1 }), change('b', 2, { y: 2 }), change('c', 3, { z: 3 }, 'r2')];
    for (const x of [a, b, c]) await s.write(x);
    const fresh = { ...c, id: 'c2', hlc: hlc(9) };
    await s.recordPushOutcomes([
      { kind: 'confirmed', change: a },
      {
        kind: 'rejected',
        change: b,
        reason: { code: 'invalid_field', message: 'bad', field: 'y' },
        rejectedAt: '2026-11-28T02:00:01.000Z',
      },
      { kind: 'replaced', replacesId: 'c', change: fresh },
    ]);
    expect(await s.outbox()).toEqual([fresh]);
    const r1 = await s.record('sim_applications', 'r1');
    expect(r1).toMatchObject({ fields: { x: 1 }, syncState: 'rejected' });
    expect(r1?.rejections[0]?.change).toEqual(b);
    expect((await s.record('sim_applications', 'r2'))?.syncState).toBe('pending');
  });

  it('keeps a change id in the outbox once when a re-stamp reuses a queued id', async () => {
    const s = createMemoryStorage();
    const [a, b, c] = [change('a', 1, { x: 1 }), change('b', 2, { y: 2 }), change('c', 3, { z: 3 })];
    for (const x of [a, b, c]) await s.write(x);
    // 'a' becomes 'c', which is already queued: one 'c' stays, where it was.
    await s.recordPushOutcomes([{ kind: 'replaced', replacesId: 'a', change: c }]);
    expect((await s.outbox()).map((x) => x.id)).toEqual(['b', 'c']);
    await s.recordPushOutcomes([{ kind: 'confirmed', change: c }]);
    expect(await s.outbox()).toEqual([b]);
    // Within one batch too, and a replacement by the same id stays in place.
    await s.write(a);
    await s.recordPushOutcomes([
      { kind: 'replaced', replacesId: 'b', change: a },
      { kind: 'replaced', replacesId: 'a', change: { ...a, hlc: hlc(7) } },
      { kind: 'rejected', change: b, reason: { code: 'invalid_field', message: 'x' }, rejectedAt: hlc(8) },
    ]);
    expect(await s.outbox()).toEqual([{ ...a, hlc: hlc(7) }]);
  });

  it('applyPull with reset rebuilds the confirmed layer but keeps outbox and rejections', async () => {
    const s = createMemoryStorage();
    await s.applyPull({ changes: [change('p1', 1, { a: 1 }), change('p2', 2, { b: 1 }, 'r2')], cursor: '1:2' });
    await s.write(change('w1', 3, { c: 1 }));
    await s.applyPull({ changes: [change('p1', 1, { a: 1 })], cursor: '2:1', reset: true });
    expect(await s.record('sim_applications', 'r2')).toBeNull();
    expect((await s.record('sim_applications', 'r1'))?.fields).toEqual({ a: 1, c: 1 });
    expect(await s.cursor()).toBe('2:1');
  });

  it('does not let callers mutate what it holds', async () => {
    const s = createMemoryStorage();
    const c = change('w1', 1, { a: 1 });
    await s.write(c);
    c.fields.a = 2;
    (await s.outbox())[0]!.fields.a = 3;
    expect((await s.record('sim_applications', 'r1'))?.fields).toEqual({ a: 1 });
    await s.setMeta('k', { n: 1 });
    expect(await s.getMeta('k')).toEqual({ n: 1 });
    expect(await s.getMeta('missing')).toBeUndefined();
    expect(s.snapshot().outbox).toHaveLength(1);
  });

  it('lists records of an entity, including deleted ones', async () => {
    const s = createMemoryStorage();
    await s.applyPull({
      changes: [change('p1', 1, { a: 1 }), { ...change('p2', 2, {}, 'r2'), deleted: true }],
      cursor: 'k',
    });
    await s.write({ ...change('w', 3, { a: 1 }, 'r3'), entity: 'skck_applications' });
    const list = await s.records('sim_applications');
    expect(list.map((r) => [r.entityId, r.deleted]).sort()).toEqual([
      ['r1', false],
      ['r2', true],
    ]);
  });
});

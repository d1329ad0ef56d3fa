import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from './change.js';
import { formatHlc } from './hlc.js';
import { applyChange, beats, materialize, maxHlc, mergeStates, stateToChanges, type RecordState } from './merge.js';

const t0 = Date.parse('2026-11-28T02:00:00.000Z');
const nodes = ['00000000000000a1', '00000000000000b2', '00000000000000c3'];

const change = (id: string, ms: number, fields: Record<string, unknown>, extra: Partial<Change> = {}): Change => ({
  id,
  entity: 'sim_applications',
  entityId: 'rec1',
  hlc: formatHlc({ time: t0 + ms, counter: 0, nodeId: nodes[0]! }),
  fields,
  ...extra,
});

// Few times, ids and values, so that collisions (equal HLCs, same ids) really happen.
const changeArb: fc.Arbitrary<Change> = fc
  .record({
    id: fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'),
    time: fc.integer({ min: 0, max: 4 }),
    counter: fc.integer({ min: 0, max: 2 }),
    node: fc.constantFrom(...nodes),
    entityId: fc.constantFrom('r1', 'r2'),
    fields: fc.dictionary(
      fc.constantFrom('nik', 'fullName', 'status', 'phone'),
      fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.constant(null), fc.integer({ min: 0, max: 3 })),
      { maxKeys: 3 },
    ),
    deleted: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ id, time, counter, node, entityId, fields, deleted }) => ({
    id: `${id}`,
    entity: 'sim_applications',
    entityId,
    hlc: formatHlc({ time: t0 + time, counter, nodeId: node }),
    fields,
    ...(deleted !== undefined ? { deleted } : {}),
  }));

/**
 * On the wire one id has one content (the server rejects a reused id), so lists get unique ids; the ids are
 * drawn out of order so that ties on equal HLCs are broken both ways.
 */
const changesArb = (opts: { minLength?: number; maxLength: number; entityId?: string }) =>
  fc
    .tuple(fc.array(changeArb, opts), fc.infiniteStream(fc.nat(1000)))
    .map(([cs, noise]) =>
      cs.map((c, i) => ({
        ...c,
        id: `${String(noise.next().value).padStart(4, '0')}-${i}`,
        ...(opts.entityId ? { entityId: opts.entityId } : {}),
      })),
    );

/** A replica: a map of record states, fed changes one at a time. */
function replay(changes: Change[]): Map<string, RecordState> {
  const db = new Map<string, RecordState>();
  for (const c of changes) db.set(c.entityId, applyChange(db.get(c.entityId), c).state);
  return db;
}

const view = (db: Map<string, RecordState>) =>
  Object.fromEntries([...db.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, s]) => [k, s]));

describe('beats', () => {
  it('greater HLC wins; equal HLCs: greater change id; equal stamps do not beat', () => {
    const a = { hlc: formatHlc({ time: t0, counter: 1, nodeId: nodes[0]! }), changeId: 'a' };
    const b = { hlc: formatHlc({ time: t0, counter: 2, nodeId: nodes[0]! }), changeId: 'a' };
    expect(beats(b, a)).toBe(true);
    expect(beats(a, b)).toBe(false);
    expect(beats({ ...a, changeId: 'b' }, a)).toBe(true);
    expect(beats(a, { ...a })).toBe(false);
  });
});

describe('applyChange', () => {
  it('takes fields it wins and reports those it loses', () => {
    const first = applyChange(undefined, change('c1', 10, { fullName: 'Budi', nik: '3404071201900001' }));
    expect(first.won.sort()).toEqual(['fullName', 'nik']);
    const second = applyChange(first.state, change('c2', 5, { fullName: 'Budi S', phone: '+62812' }));
    expect(second.won).toEqual(['phone']);
    expect(second.lost).toEqual([
      { field: 'fullName', current: { value: 'Budi', hlc: first.state.fields.fullName!.hlc, changeId: 'c1' } },
    ]);
    expect(materialize(second.state)).toEqual({
      fields: { fullName: 'Budi', nik: '3404071201900001', phone: '+62812' },
      deleted: false,
    });
  });

  it('is pure: never mutates its input', () => {
    const s1 = applyChange(undefined, change('c1', 1, { a: 1 })).state;
    const frozen = structuredClone(s1);
    applyChange(s1, change('c2', 2, { a: 2, b: 3, c: null }, { deleted: true }));
    expect(s1).toEqual(frozen);
  });

  it('merges deleted like a field, and null clears a field', () => {
    let s = applyChange(undefined, change('c1', 1, { a: 1 })).state;
    s = applyChange(s, change('c2', 3, {}, { deleted: true })).state;
    s = applyChange(s, change('c3', 2, { a: null }, { deleted: false })).state; // older undelete loses
    expect(materialize(s)).toEqual({ fields: { a: null }, deleted: true });
    const r = applyChange(s, change('c4', 4, {}, { deleted: false }));
    expect(r.won).toEqual(['$deleted']);
    expect(materialize(r.state).deleted).toBe(false);
  });

  it('re-applying the same change is a no-op that still reports its fields as won', () => {
    const c = change('c1', 1, { a: 1 }, { deleted: false });
    const s = applyChange(undefined, c).state;
    const again = applyChange(s, c);
    expect(again.state).toBe(s);
    expect(again.won.sort()).toEqual(['$deleted', 'a']);
  });

  it('maxHlc and stateToChanges give the state back under the original ids', () => {
    let s = applyChange(undefined, change('c1', 1, { a: 1, b: 1 })).state;
    s = applyChange(s, change('c2', 2, { b: 2 }, { deleted: false })).state;
    expect(maxHlc(s)).toBe(change('c2', 2, {}).hlc);
    const back = stateToChanges(s);
    expect(back.map((c) => [c.id, c.fields, c.deleted])).toEqual([
      ['c1', { a: 1 }, undefined],
      ['c2', { b: 2 }, false],
    ]);
    expect(replay(back).get('rec1')).toEqual(s);
  });
});

describe('merge laws (fast-check)', () => {
  const stateArb = changesArb({ maxLength: 6, entityId: 'r1' }).map(
    (cs) => replay(cs).get('r1') ?? { entity: 'sim_applications', entityId: 'r1', fields: {}, deleted: null },
  );

  it('mergeStates is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(stateArb, stateArb, stateArb, (a, b, c) => {
        expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
        expect(mergeStates(mergeStates(a, b), c)).toEqual(mergeStates(a, mergeStates(b, c)));
        expect(mergeStates(a, a)).toEqual(a);
      }),
    );
  });

  it('applying two changes in either order gives the same state (commutative)', () => {
    fc.assert(
      fc.property(changesArb({ minLength: 2, maxLength: 6 }), (cs) => {
        const [x, y] = [cs.at(-2)!, cs.at(-1)!];
        const prefix = cs.slice(0, -2);
        expect(view(replay([...prefix, x, y]))).toEqual(view(replay([...prefix, y, x])));
      }),
    );
  });

  it('applying a change twice is the same as once (idempotent)', () => {
    fc.assert(
      fc.property(changesArb({ minLength: 1, maxLength: 6 }), (cs) => {
        const x = cs.at(-1)!;
        const prefix = cs.slice(0, -1);
        expect(view(replay([...prefix, x, x]))).toEqual(view(replay([...prefix, x])));
      }),
    );
  });

  it('grouping does not matter: merging replicas that saw parts equals one that saw all (associative)', () => {
    fc.assert(
      fc.property(changesArb({ maxLength: 9, entityId: 'r1' }), fc.nat(9), fc.nat(9), (cs, i, j) => {
        const [p, q] = [Math.min(i, j, cs.length), Math.min(Math.max(i, j), cs.length)];
        const empty: RecordState = { entity: 'sim_applications', entityId: 'r1', fields: {}, deleted: null };
        const part = (xs: Change[]) => replay(xs).get('r1') ?? empty;
        const [a, b, c] = [part(cs.slice(0, p)), part(cs.slice(p, q)), part(cs.slice(q))];
        expect(mergeStates(mergeStates(a, b), c)).toEqual(part(cs));
        expect(mergeStates(a, mergeStates(b, c))).toEqual(part(cs));
      }),
    );
  });

  it('N replicas given any interleaving, duplication and reordering of the same changes converge', () => {
    const deliveries = changesArb({ minLength: 1, maxLength: 12 }).chain((cs) =>
      fc.tuple(
        fc.constant(cs),
        fc.array(
          // each replica: every change at least once, some repeated, in a random order
          fc
            .tuple(fc.array(fc.nat(cs.length - 1), { maxLength: 8 }), fc.infiniteStream(fc.nat()))
            .map(([repeats, noise]) => {
              const list = [...cs, ...repeats.map((k) => cs[k]!)];
              const keyed = list.map((c) => ({ c, k: noise.next().value as number }));
              return keyed.sort((x, y) => x.k - y.k).map((x) => x.c);
            }),
          { minLength: 2, maxLength: 5 },
        ),
      ),
    );
    fc.assert(
      fc.property(deliveries, ([cs, replicas]) => {
        const expected = view(replay(cs));
        for (const order of replicas) expect(view(replay(order))).toEqual(expected);
      }),
    );
  });
});

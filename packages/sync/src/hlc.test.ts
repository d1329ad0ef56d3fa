import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, createHlcClock, formatHlc, hlcTime, isHlc, parseHlc, randomNodeId } from './hlc.js';

const nodeId = '9f3a6c2e1b7d4a05';
const t0 = Date.parse('2026-11-28T02:43:00.123Z');

function manualClock(start = t0) {
  let wall = start;
  return { now: () => wall, set: (ms: number) => (wall = ms), advance: (ms: number) => (wall += ms) };
}

describe('HLC strings', () => {
  it('formats like the contract example and parses back', () => {
    const s = formatHlc({ time: t0, counter: 1, nodeId });
    expect(s).toBe('2026-11-28T02:43:00.123Z-0001-9f3a6c2e1b7d4a05');
    expect(parseHlc(s)).toEqual({ time: t0, counter: 1, nodeId });
    expect(isHlc(s)).toBe(true);
    expect(hlcTime(s)).toBe(t0);
  });

  it('rejects malformed HLCs', () => {
    for (const bad of [
      '',
      '2026-11-28T02:43:00Z-0001-9f3a6c2e1b7d4a05', // no ms
      '2026-11-28T02:43:00.123Z-001-9f3a6c2e1b7d4a05',
      '2026-11-28T02:43:00.123Z-000G-9f3a6c2e1b7d4a05',
      '2026-11-28T02:43:00.123Z-0001-9F3A6C2E1B7D4A05', // uppercase
      '2026-11-28T02:43:00.123Z-0001-9f3a6c2e1b7d4a0',
      '2026-02-30T02:43:00.123Z-0001-9f3a6c2e1b7d4a05', // no such day
    ]) {
      expect(isHlc(bad), bad).toBe(false);
    }
    expect(() => formatHlc({ time: t0, counter: 0x10000, nodeId })).toThrow(RangeError);
    expect(() => formatHlc({ time: t0, counter: 0, nodeId: 'xyz' })).toThrow(RangeError);
  });

  it('string order is (time, counter, nodeId) order', () => {
    const part = fc.record({
      time: fc.integer({ min: 0, max: 253402300799999 }),
      counter: fc.integer({ min: 0, max: 0xffff }),
      nodeId: fc.constantFrom('0000000000000000', nodeId, 'ffffffffffffffff'),
    });
    fc.assert(
      fc.property(part, part, (a, b) => {
        const expected =
          a.time !== b.time
            ? Math.sign(a.time - b.time)
            : a.counter !== b.counter
              ? Math.sign(a.counter - b.counter)
              : a.nodeId < b.nodeId
                ? -1
                : a.nodeId > b.nodeId
                  ? 1
                  : 0;
        expect(compareHlc(formatHlc(a), formatHlc(b))).toBe(expected);
      }),
    );
  });

  it('randomNodeId gives 16 lowercase hex characters', () => {
    const id = randomNodeId();
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(randomNodeId()).not.toBe(id);
  });
});

describe('createHlcClock', () => {
  it('uses the wall clock and counts within one millisecond', () => {
    const wall = manualClock();
    const clock = createHlcClock({ nodeId, now: wall.now });
    expect(clock.last()).toBeNull();
    expect(clock.next()).toBe(`2026-11-28T02:43:00.123Z-0000-${nodeId}`);
    expect(clock.next()).toBe(`2026-11-28T02:43:00.123Z-0001-${nodeId}`);
    wall.advance(5);
    expect(clock.next()).toBe(`2026-11-28T02:43:00.128Z-0000-${nodeId}`);
    expect(clock.last()).toBe(`2026-11-28T02:43:00.128Z-0000-${nodeId}`);
  });

  it('a counter past ffff advances the time by 1 ms instead', () => {
    const clock = createHlcClock({ nodeId, now: () => t0, last: formatHlc({ time: t0, counter: 0xfffe, nodeId }) });
    expect(clock.next()).toBe(formatHlc({ time: t0, counter: 0xffff, nodeId }));
    expect(clock.next()).toBe(formatHlc({ time: t0 + 1, counter: 0, nodeId }));
    expect(clock.next()).toBe(formatHlc({ time: t0 + 1, counter: 1, nodeId }));
  });

  it('never runs backwards when the wall clock jumps back a year', () => {
    const wall = manualClock();
    const clock = createHlcClock({ nodeId, now: wall.now });
    const before = clock.next();
    wall.advance(-365 * 24 * 3600 * 1000);
    const issued = Array.from({ length: 70_000 }, () => clock.next());
    const backwards = issued.findIndex((h, i) => h <= (i === 0 ? before : (issued[i - 1] ?? '')));
    expect(backwards).toBe(-1);
    expect(hlcTime(issued.at(-1) ?? '')).toBe(t0 + 1); // 70000 > 65536: one overflow
  });

  it('resumes after a restart from its persisted last HLC', () => {
    const last = formatHlc({ time: t0 + 10_000, counter: 7, nodeId });
    const clock = createHlcClock({ nodeId, now: () => t0, last });
    expect(clock.next() > last).toBe(true);
  });

  it('observe: a remote HLC moves the clock forward so the next local change is greater', () => {
    const clock = createHlcClock({ nodeId, now: () => t0 });
    const remote = formatHlc({ time: t0 + 60_000, counter: 3, nodeId: 'aaaaaaaaaaaaaaaa' });
    clock.observe(remote);
    const next = clock.next();
    expect(next > remote).toBe(true);
    expect(parseHlc(next)).toMatchObject({ time: t0 + 60_000, counter: 4 });
  });

  it('observe ignores a far-future remote HLC (a bad peer cannot poison the clock)', () => {
    const clock = createHlcClock({ nodeId, now: () => t0 });
    clock.observe(formatHlc({ time: t0 + 24 * 3600 * 1000, counter: 0, nodeId: 'aaaaaaaaaaaaaaaa' }));
    clock.observe('garbage');
    expect(hlcTime(clock.next())).toBe(t0);
    // within the allowed drift it is accepted
    const near = formatHlc({ time: t0 + 299_000, counter: 0, nodeId: 'aaaaaaaaaaaaaaaa' });
    clock.observe(near);
    expect(clock.next() > near).toBe(true);
  });

  it('maxDriftMs is configurable, and honours the offset', () => {
    const clock = createHlcClock({ nodeId, now: () => t0, maxDriftMs: 1000, offsetMs: 10_000 });
    clock.observe(formatHlc({ time: t0 + 12_000, counter: 0, nodeId: 'aaaaaaaaaaaaaaaa' }));
    expect(hlcTime(clock.next())).toBe(t0 + 10_000);
    clock.observe(formatHlc({ time: t0 + 10_500, counter: 0, nodeId: 'aaaaaaaaaaaaaaaa' }));
    expect(hlcTime(clock.next())).toBe(t0 + 10_500);
  });

  it('setOffset corrects the wall clock for next()', () => {
    const clock = createHlcClock({ nodeId, now: () => t0 });
    clock.setOffset(3_600_000);
    expect(clock.offset()).toBe(3_600_000);
    expect(hlcTime(clock.next())).toBe(t0 + 3_600_000);
  });

  it('a negative offset does not move it backwards while within the drift window', () => {
    const clock = createHlcClock({ nodeId, now: () => t0 });
    const before = clock.next();
    clock.setOffset(-60_000);
    expect(clock.next() > before).toBe(true);
  });

  it('clampToWindow: after a clock_skew rejection, a last time beyond the accepted window steps back inside it', () => {
    // The laptop ran a day fast, then the server says so: keeping that time would get everything rejected.
    const clock = createHlcClock({ nodeId, now: () => t0 + 86_400_000 });
    clock.next();
    clock.setOffset(-86_400_000);
    expect(hlcTime(clock.next())).toBe(t0 + 86_400_000); // setOffset alone never steps back
    expect(clock.clampToWindow?.()).toBe(true);
    expect(clock.clampToWindow?.()).toBe(false);
    const fixed = hlcTime(clock.next());
    expect(fixed).toBeLessThanOrEqual(t0 + 300_000);
    expect(fixed).toBeGreaterThanOrEqual(t0);
  });

  it('rejects a bad nodeId', () => {
    expect(() => createHlcClock({ nodeId: 'ABC' })).toThrow(RangeError);
  });

  it('is strictly increasing under any mix of wall moves, observes and offsets', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: -10_000_000, max: 10_000_000 }) }),
      fc.record({
        kind: fc.constant('observe' as const),
        ms: fc.integer({ min: -1_000_000, max: 1_000_000 }),
        counter: fc.integer({ min: 0, max: 0xffff }),
      }),
      fc.record({ kind: fc.constant('offset' as const), ms: fc.integer({ min: -100_000_000, max: 100_000_000 }) }),
      fc.record({ kind: fc.constant('next' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const wall = manualClock();
        const clock = createHlcClock({ nodeId, now: wall.now });
        let prev = clock.next();
        for (const o of ops) {
          if (o.kind === 'tick') wall.advance(o.ms);
          else if (o.kind === 'observe')
            clock.observe(formatHlc({ time: wall.now() + o.ms, counter: o.counter, nodeId: 'aaaaaaaaaaaaaaaa' }));
          else if (o.kind === 'offset') clock.setOffset(o.ms);
          else {
            const h = clock.next();
            expect(h > prev).toBe(true);
            prev = h;
          }
        }
      }),
    );
  });
});

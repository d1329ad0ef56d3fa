import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineKm, type LatLng } from './geo.js';
import { measureRoute, planRoute, type RouteStop } from './plan-route.js';
import { tourLength } from './tour.js';

// A base and four stops along a road east of it, about 1.1 km apart (0.01° of longitude near the equator).
const base: LatLng = { lat: -7.7, lng: 110.3 };
const east = (id: string, k: number): RouteStop => ({ id, lat: -7.7, lng: 110.3 + 0.01 * k });
const road = [east('a', 1), east('b', 2), east('c', 3), east('d', 4)];

/** Every ordering of `items` (for brute force over a handful of stops). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

const stopsArbitrary = (min: number, max: number) =>
  fc
    .array(
      fc.record({
        lat: fc.double({ min: -8, max: -7.5, noNaN: true }),
        lng: fc.double({ min: 110.1, max: 110.6, noNaN: true }),
      }),
      {
        minLength: min,
        maxLength: max,
      },
    )
    .map((points) => points.map((p, i): RouteStop => ({ id: `s${i}`, ...p })));

describe('planRoute', () => {
  it('drives out along the road and back, whatever order was typed', () => {
    const plan = planRoute({ base, stops: road, typedOrder: ['c', 'a', 'd', 'b'] });
    expect(plan.order).toEqual(['a', 'b', 'c', 'd']);
    expect(plan.distanceKm).toBeCloseTo(2 * haversineKm(base, east('d', 4)), 6);
    expect(plan.typed.order).toEqual(['c', 'a', 'd', 'b']);
    expect(plan.typed.distanceKm).toBeGreaterThan(plan.distanceKm);
  });

  it('lists each leg from the base and back, adding up to the total', () => {
    const plan = planRoute({ base, stops: road });
    expect(plan.legs.map((leg) => [leg.from, leg.to])).toEqual([
      [null, 'a'],
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', null],
    ]);
    const sum = plan.legs.reduce((total, leg) => total + leg.distanceKm, 0);
    expect(sum).toBeCloseTo(plan.distanceKm, 9);
    expect(plan.legs.reduce((total, leg) => total + leg.travelMinutes, 0)).toBeCloseTo(plan.travelMinutes, 9);
  });

  it('estimates time from the travel model', () => {
    const slow = planRoute({ base, stops: road, travel: { averageSpeedKmh: 15, windingFactor: 1.3 } });
    const fast = planRoute({ base, stops: road, travel: { averageSpeedKmh: 30, windingFactor: 1.3 } });
    expect(slow.travelMinutes).toBeCloseTo(2 * fast.travelMinutes, 9);
    expect(fast.travelMinutes).toBeCloseTo(((fast.distanceKm * 1.3) / 30) * 60, 9);
  });

  it('handles no stops and one stop', () => {
    expect(planRoute({ base, stops: [] })).toMatchObject({ order: [], distanceKm: 0, travelMinutes: 0, legs: [] });
    const one = planRoute({ base, stops: [east('a', 1)] });
    expect(one.order).toEqual(['a']);
    expect(one.legs).toHaveLength(2);
  });

  it('reads a typed order leniently: unknown and repeated ids ignored, missing stops appended', () => {
    const route = measureRoute({ base, stops: road, typedOrder: ['d', 'x', 'd', 'b'] });
    expect(route.order).toEqual(['d', 'b', 'a', 'c']);
  });

  it('keeps a typed order that is already optimal', () => {
    const plan = planRoute({ base, stops: road, typedOrder: ['d', 'c', 'b', 'a'] });
    expect(plan.order).toEqual(['d', 'c', 'b', 'a']);
  });

  it('never proposes a route longer than the typed one (property)', () => {
    fc.assert(
      fc.property(
        stopsArbitrary(0, 14).chain((stops) =>
          fc.tuple(
            fc.constant(stops),
            fc.shuffledSubarray(
              stops.map((s) => s.id),
              { minLength: stops.length },
            ),
          ),
        ),
        ([stops, typedOrder]) => {
          const plan = planRoute({ base, stops, typedOrder });
          expect(plan.distanceKm).toBeLessThanOrEqual(plan.typed.distanceKm + 1e-9);
          expect([...plan.order].sort()).toEqual(stops.map((s) => s.id).sort());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('comes within 5% of the optimum on up to 7 stops (brute force, property)', () => {
    fc.assert(
      fc.property(stopsArbitrary(1, 7), (stops) => {
        const plan = planRoute({ base, stops });
        const points = [base, ...stops];
        const matrix = points.map((a) => points.map((b) => haversineKm(a, b)));
        const optimum = Math.min(...permutations(stops.map((_, i) => i + 1)).map((tour) => tourLength(matrix, tour)));
        expect(plan.distanceKm).toBeLessThanOrEqual(optimum * 1.05 + 1e-9);
      }),
      { numRuns: 100 },
    );
    // Up to 100 × 5,040 tours: about 2 s on a quiet machine; the margin is for a CI machine under load.
  }, 60_000);
});

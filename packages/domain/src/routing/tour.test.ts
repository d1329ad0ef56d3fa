import { describe, expect, it } from 'vitest';
import { nearestNeighbourTour, tourLength, twoOpt } from './tour.js';

// Points on a line: depot at 0, stops at 1, 2, 3 (distance = |a - b|).
const line = [0, 1, 2, 3];
const lineMatrix = line.map((a) => line.map((b) => Math.abs(a - b)));

describe('tours', () => {
  it('measures the closed tour through the depot', () => {
    expect(tourLength(lineMatrix, [1, 2, 3])).toBe(6);
    expect(tourLength(lineMatrix, [3, 1, 2])).toBe(3 + 2 + 1 + 2);
    expect(tourLength(lineMatrix, [])).toBe(0);
  });

  it('goes to the nearest stop first', () => {
    expect(nearestNeighbourTour(lineMatrix)).toEqual([1, 2, 3]);
  });

  it('untangles a crossing with 2-opt', () => {
    // A unit square: depot (0,0), stops (1,0), (1,1), (0,1). Visiting (1,1) before (1,0) crosses the route.
    const points = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ] as const;
    const matrix = points.map(([x1, y1]) => points.map(([x2, y2]) => Math.hypot(x1 - x2, y1 - y2)));
    const crossed = [2, 1, 3];
    const untangled = twoOpt(matrix, crossed);
    expect(tourLength(matrix, untangled)).toBeCloseTo(4, 9);
    expect(tourLength(matrix, crossed)).toBeGreaterThan(4.8);
  });

  it('leaves an optimal tour alone', () => {
    expect(twoOpt(lineMatrix, [1, 2, 3])).toEqual([1, 2, 3]);
  });
});

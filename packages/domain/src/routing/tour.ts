/**
 * Closed tours over a symmetric distance matrix whose index 0 is the depot (the unit's base). A tour is the
 * list of the other indices in visiting order; the depot is implied at both ends.
 */
export type DistanceMatrix = readonly (readonly number[])[];

const improvementEpsilon = 1e-9;

function at(matrix: DistanceMatrix, i: number, j: number): number {
  return matrix[i]?.[j] ?? 0;
}

/** Length of the closed tour depot → tour… → depot. */
export function tourLength(matrix: DistanceMatrix, tour: readonly number[]): number {
  let total = 0;
  let previous = 0;
  for (const stop of tour) {
    total += at(matrix, previous, stop);
    previous = stop;
  }
  return total + at(matrix, previous, 0);
}

/** Nearest neighbour from the depot: always drive to the closest stop not yet visited (ties: lowest index). */
export function nearestNeighbourTour(matrix: DistanceMatrix): number[] {
  const remaining = new Set<number>();
  for (let i = 1; i < matrix.length; i++) remaining.add(i);
  const tour: number[] = [];
  let current = 0;
  while (remaining.size > 0) {
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const candidate of remaining) {
      const d = at(matrix, current, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    tour.push(best);
    remaining.delete(best);
    current = best;
  }
  return tour;
}

/**
 * 2-opt: while reversing some stretch of the tour shortens it, reverse the stretch that shortens it most.
 * Never lengthens the tour, so it is safe to start from any order (including the one a coordinator typed).
 */
export function twoOpt(matrix: DistanceMatrix, start: readonly number[]): number[] {
  // The depot at both ends makes every edge of the closed tour an edge between neighbours of `path`.
  const path = [0, ...start, 0];
  const last = path.length - 1;
  for (;;) {
    let bestGain = improvementEpsilon;
    let bestI = -1;
    let bestJ = -1;
    for (let i = 1; i < last - 1; i++) {
      const a = path[i - 1] ?? 0;
      const b = path[i] ?? 0;
      for (let j = i + 1; j < last; j++) {
        const c = path[j] ?? 0;
        const d = path[j + 1] ?? 0;
        const gain = at(matrix, a, b) + at(matrix, c, d) - at(matrix, a, c) - at(matrix, b, d);
        if (gain > bestGain) {
          bestGain = gain;
          bestI = i;
          bestJ = j;
        }
      }
    }
    if (bestI < 0) return path.slice(1, last);
    const reversed = path.slice(bestI, bestJ + 1).reverse();
    path.splice(bestI, reversed.length, ...reversed);
  }
}

import { haversineKm, type LatLng } from './geo.js';
import { type DistanceMatrix, nearestNeighbourTour, tourLength, twoOpt } from './tour.js';
import { defaultTravelModel, type TravelModel, travelMinutes } from './travel-time.js';

/** A place the unit stops at (a village's centre point), identified by the caller's id (e.g. the village code). */
export type RouteStop = { id: string } & LatLng;

/** One drive of the day; `from`/`to` null is the unit's base. */
export type RouteLeg = { from: string | null; to: string | null; distanceKm: number; travelMinutes: number };

/** A day's closed route from the base through the stops and back. `distanceKm` is great-circle; time is estimated. */
export type Route = { order: string[]; distanceKm: number; travelMinutes: number; legs: RouteLeg[] };

export type PlanRouteInput = {
  base: LatLng;
  stops: readonly RouteStop[];
  /**
   * The order the coordinator typed. Unknown and repeated ids are ignored; stops it leaves out follow in the
   * order of `stops`. Absent: the order of `stops`.
   */
  typedOrder?: readonly string[];
  travel?: TravelModel;
};

export type RoutePlan = Route & {
  /** The typed order, measured the same way, to show beside the proposal. */
  typed: Route;
};

function distanceMatrix(points: readonly LatLng[]): number[][] {
  return points.map((a) => points.map((b) => haversineKm(a, b)));
}

/** The typed order as indices into `stops` (1-based, 0 being the base), made a permutation of every stop. */
function typedTour(stops: readonly RouteStop[], typedOrder: readonly string[] | undefined): number[] {
  const index = new Map<string, number>();
  stops.forEach((stop, i) => {
    if (!index.has(stop.id)) index.set(stop.id, i + 1);
  });
  const tour: number[] = [];
  const seen = new Set<number>();
  for (const id of typedOrder ?? []) {
    const i = index.get(id);
    if (i !== undefined && !seen.has(i)) {
      tour.push(i);
      seen.add(i);
    }
  }
  for (let i = 1; i <= stops.length; i++) if (!seen.has(i)) tour.push(i);
  return tour;
}

function routeOf(
  matrix: DistanceMatrix,
  stops: readonly RouteStop[],
  tour: readonly number[],
  travel: TravelModel,
): Route {
  const idOf = (i: number): string | null => (i === 0 ? null : (stops[i - 1]?.id ?? null));
  const path = [0, ...tour, 0];
  const legs: RouteLeg[] = [];
  for (let k = 1; k < path.length; k++) {
    const from = path[k - 1] ?? 0;
    const to = path[k] ?? 0;
    const distanceKm = matrix[from]?.[to] ?? 0;
    legs.push({ from: idOf(from), to: idOf(to), distanceKm, travelMinutes: travelMinutes(distanceKm, travel) });
  }
  const distanceKm = tourLength(matrix, tour);
  return {
    order: tour.map((i) => idOf(i) ?? ''),
    distanceKm,
    travelMinutes: travelMinutes(distanceKm, travel),
    legs: tour.length === 0 ? [] : legs,
  };
}

/** Measures a day's route in the given order (see `PlanRouteInput.typedOrder` for how the order is read). */
export function measureRoute(input: PlanRouteInput): Route {
  const matrix = distanceMatrix([input.base, ...input.stops]);
  return routeOf(matrix, input.stops, typedTour(input.stops, input.typedOrder), input.travel ?? defaultTravelModel);
}

/**
 * Proposes the order of a day's stops: nearest neighbour from the base, improved by 2-opt; and the typed order
 * improved by 2-opt; the shorter of the two (ties: the typed one, so a good typed order is left alone).
 * The proposal is therefore never longer than the typed order.
 */
export function planRoute(input: PlanRouteInput): RoutePlan {
  const travel = input.travel ?? defaultTravelModel;
  const matrix = distanceMatrix([input.base, ...input.stops]);
  const typed = typedTour(input.stops, input.typedOrder);
  const fromTyped = twoOpt(matrix, typed);
  const fromNearest = twoOpt(matrix, nearestNeighbourTour(matrix));
  const best = tourLength(matrix, fromNearest) < tourLength(matrix, fromTyped) ? fromNearest : fromTyped;
  return { ...routeOf(matrix, input.stops, best, travel), typed: routeOf(matrix, input.stops, typed, travel) };
}

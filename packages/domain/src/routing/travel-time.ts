/**
 * How straight-line distance becomes driving time: roads wind (a road trip is longer than the great circle by
 * `windingFactor`) and a mobile unit's van averages `averageSpeedKmh` on village roads. Both are estimates a
 * Polres may tune; the defaults suit rural Java.
 */
export type TravelModel = { averageSpeedKmh: number; windingFactor: number };

export const defaultTravelModel: TravelModel = { averageSpeedKmh: 30, windingFactor: 1.3 };

/** Estimated road distance, km, for a great-circle distance. */
export function roadKm(greatCircleKm: number, model: TravelModel = defaultTravelModel): number {
  return greatCircleKm * model.windingFactor;
}

/** Estimated driving time, minutes, for a great-circle distance. */
export function travelMinutes(greatCircleKm: number, model: TravelModel = defaultTravelModel): number {
  return (roadKm(greatCircleKm, model) / model.averageSpeedKmh) * 60;
}

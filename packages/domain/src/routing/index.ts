export { earthRadiusKm, haversineKm, type LatLng } from './geo.js';
export {
  measureRoute,
  type PlanRouteInput,
  planRoute,
  type Route,
  type RouteLeg,
  type RoutePlan,
  type RouteStop,
} from './plan-route.js';
export { type DistanceMatrix, nearestNeighbourTour, tourLength, twoOpt } from './tour.js';
export { defaultTravelModel, roadKm, type TravelModel, travelMinutes } from './travel-time.js';

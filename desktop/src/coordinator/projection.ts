import type { LatLng } from '@keliling/domain';

export type Point = { x: number; y: number };
export type Projection = { width: number; height: number; project(p: LatLng): Point };

/**
 * Equirectangular projection of a bounding box into a `width`-wide drawing with `padding` around it: longitude is
 * scaled by the cosine of the middle latitude, so a regency keeps its shape. North is up.
 */
export function fitProjection(points: readonly LatLng[], width: number, padding: number): Projection {
  const lats = points.map((p) => p.lat);
  const lngs = points.map((p) => p.lng);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const minLng = Math.min(...lngs);
  const maxLng = Math.max(...lngs);
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * kx, 1e-6);
  const spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanY * scale + 2 * padding);
  return {
    width,
    height,
    project: (p) => ({ x: padding + (p.lng - minLng) * kx * scale, y: padding + (maxLat - p.lat) * scale }),
  };
}

import { describe, expect, it } from 'vitest';
import { haversineKm } from './geo.js';

describe('haversineKm', () => {
  it('is zero from a point to itself and symmetric', () => {
    const sleman = { lat: -7.71646, lng: 110.38321 };
    const gamping = { lat: -7.81124, lng: 110.2962 };
    expect(haversineKm(sleman, sleman)).toBe(0);
    expect(haversineKm(sleman, gamping)).toBeCloseTo(haversineKm(gamping, sleman), 12);
  });

  it('measures one degree of latitude as about 111.2 km', () => {
    expect(haversineKm({ lat: -7, lng: 110 }, { lat: -8, lng: 110 })).toBeCloseTo(111.2, 1);
  });

  it('shrinks a degree of longitude by the cosine of the latitude', () => {
    const atEquator = haversineKm({ lat: 0, lng: 110 }, { lat: 0, lng: 111 });
    const atSixty = haversineKm({ lat: 60, lng: 110 }, { lat: 60, lng: 111 });
    expect(atSixty / atEquator).toBeCloseTo(0.5, 2);
  });

  it('gives Yogyakarta to Bandung as roughly 310 km in a straight line', () => {
    expect(haversineKm({ lat: -7.7956, lng: 110.3695 }, { lat: -6.9175, lng: 107.6191 })).toBeGreaterThan(300);
    expect(haversineKm({ lat: -7.7956, lng: 110.3695 }, { lat: -6.9175, lng: 107.6191 })).toBeLessThan(320);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultTravelModel, roadKm, travelMinutes } from './travel-time.js';

describe('travel time', () => {
  it('turns 30 straight-line km into 39 road km and 78 minutes at 30 km/h with a winding factor of 1.3', () => {
    expect(defaultTravelModel).toEqual({ averageSpeedKmh: 30, windingFactor: 1.3 });
    expect(roadKm(30)).toBeCloseTo(39, 9);
    expect(travelMinutes(30)).toBeCloseTo(78, 9);
  });

  it('follows the model given', () => {
    expect(travelMinutes(20, { averageSpeedKmh: 40, windingFactor: 1 })).toBeCloseTo(30, 9);
  });
});

import { describe, expect, it } from 'vitest';
import { fitProjection } from './projection';

describe('fitProjection', () => {
  it('puts the north-west corner top left and the south-east corner bottom right, inside the padding', () => {
    const nw = { lat: -7.5, lng: 110.2 };
    const se = { lat: -7.9, lng: 110.6 };
    const projection = fitProjection([nw, se], 600, 20);
    expect(projection.project(nw)).toEqual({ x: 20, y: 20 });
    const corner = projection.project(se);
    expect(corner.x).toBeCloseTo(580, 9);
    expect(corner.y).toBeCloseTo(projection.height - 20, 0);
  });

  it('keeps the shape: a degree of longitude is shorter than a degree of latitude away from the equator', () => {
    const projection = fitProjection(
      [
        { lat: 60, lng: 10 },
        { lat: 61, lng: 12 },
      ],
      420,
      10,
    );
    // 2° of longitude at 60.5° N span about as far as 0.985° of latitude: the 1°-tall box is slightly taller than wide.
    expect(projection.height).toBe(Math.round(400 / (2 * Math.cos((60.5 * Math.PI) / 180)) + 20));
  });
});

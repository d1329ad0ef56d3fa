import { describe, expect, it } from 'vitest';
import { accessCodeSchema, formatAccessCode } from './field-schemas.js';

describe('access codes', () => {
  it('turn 5 random bytes into XXXX-XXXX in Crockford base32', () => {
    expect(formatAccessCode(new Uint8Array([0, 0, 0, 0, 0]))).toBe('0000-0000');
    expect(formatAccessCode(new Uint8Array([255, 255, 255, 255, 255]))).toBe('ZZZZ-ZZZZ');
    const code = formatAccessCode(new Uint8Array([0x3a, 0x91, 0x07, 0xc2, 0x5e]));
    expect(accessCodeSchema.safeParse(code).success).toBe(true);
  });

  it('refuse too little randomness and badly written codes', () => {
    expect(() => formatAccessCode(new Uint8Array(4))).toThrow(RangeError);
    for (const bad of ['7K3DQ2M4', '7k3d-q2m4', '7K3D-Q2MU', '7K3D-Q2M']) {
      expect(accessCodeSchema.safeParse(bad).success).toBe(false);
    }
  });
});

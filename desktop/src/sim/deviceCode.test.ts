import { isDeviceCode } from '@keliling/domain';
import { describe, expect, it } from 'vitest';
import { deviceCodeFromNodeId } from './deviceCode';

describe('deviceCodeFromNodeId', () => {
  it('gives a stable 4-symbol device code from the first 20 bits of the nodeId', () => {
    expect(deviceCodeFromNodeId('9f3a6c2e1b7d4a05')).toBe(deviceCodeFromNodeId('9f3a6ffffffffff0'));
    expect(deviceCodeFromNodeId('00000c2e1b7d4a05')).toBe('0000');
    expect(deviceCodeFromNodeId('fffffc2e1b7d4a05')).toBe('ZZZZ');
    expect(isDeviceCode(deviceCodeFromNodeId('9f3a6c2e1b7d4a05'))).toBe(true);
  });

  it('refuses what is not a nodeId', () => {
    expect(() => deviceCodeFromNodeId('xyz')).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crockfordAlphabet } from './crockford.js';
import {
  formatDeviceCode,
  isValidReceiptNumber,
  makeReceiptNumber,
  maxReceiptSequence,
  parseReceiptNumber,
  receiptNumberSchema,
  receiptServices,
} from './receipt-number.js';

const symbol = fc.constantFrom(...crockfordAlphabet);
const receiptParts = fc.record({
  service: fc.constantFrom(...receiptServices),
  deviceCode: fc.string({ unit: symbol, minLength: 4, maxLength: 4 }),
  sequence: fc.integer({ min: 0, max: maxReceiptSequence }),
});

/** The 10 base32 symbols after the service, and a function writing a changed body back. */
function body(receipt: string): { symbols: string[]; rebuild: (symbols: string[]) => string } {
  const [service = '', ...groups] = receipt.split('-');
  return { symbols: [...groups.join('')], rebuild: (symbols) => `${service}-${symbols.join('')}` };
}

describe('makeReceiptNumber / parseReceiptNumber', () => {
  it('writes service, device code, sequence and check in groups', () => {
    expect(makeReceiptNumber({ service: 'SIM', deviceCode: '7K3D', sequence: 42 })).toBe('SIM-7K3D-000-1A1');
  });

  it('round-trips every service, device code and sequence', () => {
    fc.assert(
      fc.property(receiptParts, (parts) => {
        const receiptNumber = makeReceiptNumber(parts);
        expect(parseReceiptNumber(receiptNumber)).toEqual({ ok: true, receiptNumber, ...parts });
      }),
    );
  });

  it('reads what people type: lower case, spaces, no hyphens, I/L for 1 and O for 0', () => {
    const expected = { ok: true, receiptNumber: 'SIM-7K3D-000-1A1', service: 'SIM', deviceCode: '7K3D', sequence: 42 };
    for (const typed of [
      'sim-7k3d-000-1a1',
      'SIM 7K3D 0001A1',
      'SIM7K3D0001A1',
      'SIM-7K3D-OOO-IAL',
      ' sim 7k3d-000 1al ',
    ]) {
      expect(parseReceiptNumber(typed)).toEqual(expected);
    }
  });

  it('makes distinct numbers on distinct devices with no coordination', () => {
    const a = makeReceiptNumber({ service: 'SKCK', deviceCode: formatDeviceCode(1), sequence: 7 });
    const b = makeReceiptNumber({ service: 'SKCK', deviceCode: formatDeviceCode(2), sequence: 7 });
    expect(a).not.toBe(b);
  });

  it.each([
    ['', 'format'],
    ['SIM-7K3D-000-1A', 'format'],
    ['SIM-7K3D-000-1A11', 'format'],
    ['SIM-7K3D-000-1AU', 'format'],
    ['XYZ-7K3D-000-1A1', 'service'],
    ['SIM-7K3D-000-1A2', 'check'],
    ['ADU-7K3D-000-1A1', 'check'],
  ])('rejects %s (%s)', (input, reason) => {
    expect(parseReceiptNumber(input)).toEqual({ ok: false, code: 'invalid_receipt_number', reason });
    expect(isValidReceiptNumber(input)).toBe(false);
  });

  it('refuses to make a number from a bad device code or sequence', () => {
    expect(() => makeReceiptNumber({ service: 'SIM', deviceCode: '7K3', sequence: 1 })).toThrow(RangeError);
    expect(() => makeReceiptNumber({ service: 'SIM', deviceCode: '7K3U', sequence: 1 })).toThrow(RangeError);
    expect(() => makeReceiptNumber({ service: 'SIM', deviceCode: '7K3D', sequence: -1 })).toThrow(RangeError);
    expect(() => makeReceiptNumber({ service: 'SIM', deviceCode: '7K3D', sequence: maxReceiptSequence + 1 })).toThrow(
      RangeError,
    );
  });
});

describe('check symbol', () => {
  it('catches every single changed symbol', () => {
    fc.assert(
      fc.property(receiptParts, (parts) => {
        const { symbols, rebuild } = body(makeReceiptNumber(parts));
        const undetected: string[] = [];
        symbols.forEach((original, i) => {
          for (const other of crockfordAlphabet) {
            if (other === original) continue;
            const changed = [...symbols];
            changed[i] = other;
            if (isValidReceiptNumber(rebuild(changed))) undetected.push(rebuild(changed));
          }
        });
        expect(undetected).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('catches every swap of two adjacent different symbols, the check symbol included', () => {
    fc.assert(
      fc.property(receiptParts, (parts) => {
        const { symbols, rebuild } = body(makeReceiptNumber(parts));
        for (let i = 0; i + 1 < symbols.length; i++) {
          if (symbols[i] === symbols[i + 1]) continue;
          const swapped = [...symbols];
          [swapped[i], swapped[i + 1]] = [symbols[i + 1] ?? '', symbols[i] ?? ''];
          expect(isValidReceiptNumber(rebuild(swapped))).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('catches a receipt read with the wrong service', () => {
    fc.assert(
      fc.property(receiptParts, fc.constantFrom(...receiptServices), (parts, other) => {
        fc.pre(other !== parts.service);
        const receipt = makeReceiptNumber(parts);
        expect(isValidReceiptNumber(receipt.replace(parts.service, other))).toBe(false);
      }),
    );
  });
});

describe('receiptNumberSchema', () => {
  it('accepts only the canonical form of the given service', () => {
    const schema = receiptNumberSchema('SIM');
    expect(schema.safeParse('SIM-7K3D-000-1A1').success).toBe(true);
    expect(schema.safeParse('sim-7k3d-000-1a1').success).toBe(false);
    expect(schema.safeParse(makeReceiptNumber({ service: 'SKCK', deviceCode: '7K3D', sequence: 42 })).success).toBe(
      false,
    );
  });
});

/** Crockford base32: digits and letters without I, L, O and U, so it reads clearly over the phone. */
export const crockfordAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The value of one symbol, reading leniently as Crockford specifies: lower case is upper case, I and L
 * are 1, O is 0. Returns -1 for anything else.
 */
export function crockfordValue(symbol: string): number {
  const upper = symbol.toUpperCase();
  const canonical = upper === 'I' || upper === 'L' ? '1' : upper === 'O' ? '0' : upper;
  return canonical.length === 1 ? crockfordAlphabet.indexOf(canonical) : -1;
}

/** `value` written in exactly `width` symbols. */
export function encodeCrockford(value: number, width: number): string {
  if (!Number.isSafeInteger(value) || value < 0 || value >= 32 ** width) {
    throw new RangeError(`${value} does not fit in ${width} base32 symbols`);
  }
  let out = '';
  let rest = value;
  for (let i = 0; i < width; i++) {
    out = crockfordAlphabet.charAt(rest % 32) + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

export function decodeCrockford(symbols: string): number {
  let value = 0;
  for (const symbol of symbols) {
    const v = crockfordValue(symbol);
    if (v < 0) return Number.NaN;
    value = value * 32 + v;
  }
  return value;
}

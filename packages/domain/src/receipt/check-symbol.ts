/**
 * Check symbol over the 32-symbol alphabet, Damm's construction over the field GF(32): fold each value v
 * into the running value r as `r ∘ v = α·r + v` (α = x, field polynomial x⁵ + x² + 1, + is XOR).
 * Because α ≠ 0 every step is a permutation, so any single changed symbol changes the result; because
 * α ≠ 1, `(r∘a)∘b = (r∘b)∘a` only when a = b, so any swap of two adjacent symbols (check symbol
 * included) changes it too. The check symbol is chosen so the fold over data and check ends at 0.
 */
function timesAlpha(v: number): number {
  const shifted = v << 1;
  return (shifted & 0b100000 ? shifted ^ 0b100101 : shifted) & 0b11111;
}

function step(r: number, v: number): number {
  return timesAlpha(r) ^ v;
}

/** Folds symbol values (each 0–31); 0 means the sequence, check symbol included, is consistent. */
export function foldCheck(values: readonly number[]): number {
  return values.reduce(step, 0);
}

/** The check value (0–31) to append to `values`. */
export function checkValue(values: readonly number[]): number {
  // step(r, c) = 0  ⇔  c = α·r
  return timesAlpha(foldCheck(values));
}

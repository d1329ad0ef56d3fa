/** The Polri level that issues a document or decides a permit, lowest first. */
export const issuingLevels = ['polsek', 'polres', 'polda', 'mabes'] as const;
export type IssuingLevel = (typeof issuingLevels)[number];

/** Whether level `a` is above level `b`. */
export function isAboveLevel(a: IssuingLevel, b: IssuingLevel): boolean {
  return issuingLevels.indexOf(a) > issuingLevels.indexOf(b);
}

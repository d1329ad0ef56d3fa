import { describe, expect, it } from 'vitest';
import { isRenewable, meetsSimMinimumAge, simKelilingRenewalCategories } from './sim-category-rules.js';

describe('SIM category rules', () => {
  it('checks the minimum age on the day, birthday included', () => {
    expect(meetsSimMinimumAge({ category: 'C', birthDate: '2009-11-28', on: '2026-11-28' })).toBe(true);
    expect(meetsSimMinimumAge({ category: 'C', birthDate: '2009-11-29', on: '2026-11-28' })).toBe(false);
    expect(meetsSimMinimumAge({ category: 'BII_UMUM', birthDate: '2004-01-01', on: '2026-11-28' })).toBe(false);
    expect(meetsSimMinimumAge({ category: 'BII_UMUM', birthDate: '2003-01-01', on: '2026-11-28' })).toBe(true);
  });

  it('renews only a SIM that is still valid, up to its expiry day', () => {
    expect(isRenewable({ previousLicenseExpiry: '2026-11-28', on: '2026-11-28' })).toBe(true);
    expect(isRenewable({ previousLicenseExpiry: '2026-11-27', on: '2026-11-28' })).toBe(false);
  });

  it('renews A and C at SIM Keliling', () => {
    expect(simKelilingRenewalCategories).toEqual(['A', 'C']);
  });
});

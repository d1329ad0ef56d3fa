import { ageOn } from '../dates.js';
import type { SimCategory } from './sim-enums.js';

/** Minimum age per SIM category, Perpol 5/2021 Pasal 8 (domain-facts.md §1). */
export const simMinimumAges: Readonly<Record<SimCategory, number>> = {
  A: 17,
  A_UMUM: 20,
  BI: 20,
  BI_UMUM: 22,
  BII: 21,
  BII_UMUM: 23,
  C: 17,
  CI: 18,
  CII: 19,
  D: 17,
  DI: 17,
};

/**
 * Categories a SIM Keliling unit renews: A and C, and only while the old SIM is still valid. Whether
 * C I and C II are renewed at Keliling is UNCONFIRMED (sources say only "SIM C"), so they are left out.
 */
export const simKelilingRenewalCategories: readonly SimCategory[] = ['A', 'C'];

export function meetsSimMinimumAge({
  category,
  birthDate,
  on,
}: {
  category: SimCategory;
  birthDate: string;
  on: string;
}) {
  return ageOn(birthDate, on) >= simMinimumAges[category];
}

/** A SIM that has expired, even by a day, cannot be renewed: the holder applies for a new one. */
export function isRenewable({ previousLicenseExpiry, on }: { previousLicenseExpiry: string; on: string }): boolean {
  return on <= previousLicenseExpiry;
}

/**
 * Categories that need a lower SIM held for a while first (Perpol 5/2021 Pasal 3(8)): C I needs C held for
 * 12 months, C II needs C I held for 12 months.
 */
export const simProgression: Readonly<Partial<Record<SimCategory, { requires: SimCategory; months: number }>>> = {
  CI: { requires: 'C', months: 12 },
  CII: { requires: 'CI', months: 12 },
};

import type { IssuingLevel } from '../records/issuing-levels.js';

/** The reach of an event, which decides who grants its permit (PP 60/2017; Perpol 7/2023). */
export const eventScales = ['kecamatan', 'kabupaten_kota', 'provinsi', 'nasional', 'internasional'] as const;
export type EventScale = (typeof eventScales)[number];

/** Kecamatan → Kapolsek; kabupaten/kota → Kapolres; province → Kapolda; national or international → Mabes (Kabaintelkam). */
export const crowdPermitLevels: Readonly<Record<EventScale, IssuingLevel>> = {
  kecamatan: 'polsek',
  kabupaten_kota: 'polres',
  provinsi: 'polda',
  nasional: 'mabes',
  internasional: 'mabes',
};

export function crowdPermitIssuingLevel({ scale }: { scale: EventScale }): IssuingLevel {
  return crowdPermitLevels[scale];
}

/**
 * Working days a request must be filed before the event: at least 14, 21 for national events (to the Kapolri).
 * One source says 30 for international events: UNCONFIRMED, so it is data here.
 */
export type CrowdPermitLeadTimes = Readonly<Record<EventScale, { workingDays: number; confirmed: boolean }>>;

export const crowdPermitLeadTimes: CrowdPermitLeadTimes = {
  kecamatan: { workingDays: 14, confirmed: true },
  kabupaten_kota: { workingDays: 14, confirmed: true },
  provinsi: { workingDays: 14, confirmed: true },
  nasional: { workingDays: 21, confirmed: true },
  internasional: { workingDays: 30, confirmed: false },
};

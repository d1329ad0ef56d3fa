/** Sex as on the KTP (records.md): L (laki-laki) or P (perempuan). */
export { sexes } from '../sim/sim-enums.js';

export const nationalities = ['WNI', 'WNA'] as const;
export type Nationality = (typeof nationalities)[number];

/** Religions as recorded on the KTP (UU 24/2013 and MK decision 97/PUU-XIV/2016 for kepercayaan). */
export const religions = ['islam', 'kristen', 'katolik', 'hindu', 'buddha', 'khonghucu', 'kepercayaan'] as const;
export type Religion = (typeof religions)[number];

/** Marital status as recorded on the KTP. */
export const maritalStatuses = ['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'] as const;
export type MaritalStatus = (typeof maritalStatuses)[number];

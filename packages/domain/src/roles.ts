/** Who acts (records.md role table). A device of a unit acts as `officer`. */
export const roles = ['officer', 'coordinator', 'hq', 'admin'] as const;
export type Role = (typeof roles)[number];

export const langs = ['id', 'en'] as const;
/** Bahasa Indonesia (what officers and residents read) or English. */
export type Lang = (typeof langs)[number];
export type Label = Readonly<Record<Lang, string>>;

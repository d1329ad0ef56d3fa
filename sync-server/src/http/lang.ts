import type { Lang } from '@keliling/domain';

export type { Lang };

/** The preferred of Keliling's two languages in an Accept-Language header; Indonesian unless English is preferred. */
export function pickLang(header: string | undefined): Lang {
  if (!header) return 'id';
  let best: { lang: Lang; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const primary = tag.trim().toLowerCase().split('-')[0];
    if (primary !== 'id' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (best === null || q > best.q)) best = { lang: primary, q };
  }
  return best?.lang ?? 'id';
}

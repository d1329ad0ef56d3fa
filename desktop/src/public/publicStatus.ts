import { z } from 'zod';

/** The public status answer (sync-api.md "Public"): nothing about the person, only where the request stands. */
export const publicStatusSchema = z.object({
  receiptNumber: z.string(),
  service: z.string(),
  status: z.string(),
  statusLabel: z.string().optional(),
  updatedAt: z.string().optional(),
  nextSteps: z.union([z.string(), z.array(z.string())]).nullish(),
});
export type PublicStatus = z.infer<typeof publicStatusSchema>;

export type StatusLookup =
  | { kind: 'found'; status: PublicStatus }
  | { kind: 'not_found' }
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' };

export type StatusQuery = { receiptNumber: string; nik4?: string; code?: string };

/** What the citizen typed, tidied: receipt upper-cased without spaces; `nik4` exactly four digits, or an access code. */
export function normaliseQuery(receipt: string, secret: string): StatusQuery | null {
  const receiptNumber = receipt.trim().toUpperCase().replace(/\s+/g, '');
  const typed = secret.trim();
  if (receiptNumber === '' || typed === '') return null;
  return /^\d{4}$/.test(typed) ? { receiptNumber, nik4: typed } : { receiptNumber, code: typed.toUpperCase() };
}

function retryAfterSeconds(header: string | null, now: number): number {
  if (header === null) return 60;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(1, Math.ceil((at - now) / 1000)) : 60;
}

/**
 * `GET /api/v1/public/status/:receipt?nik4=` (or `?code=`). Every 404, and a 400 for a malformed receipt, is the
 * same `not_found`, so the page never says which part was wrong.
 */
export async function lookUpStatus(
  baseUrl: string,
  query: StatusQuery,
  fetchFn: typeof fetch = fetch,
  now: () => number = Date.now,
): Promise<StatusLookup> {
  const params = new URLSearchParams();
  if (query.nik4 !== undefined) params.set('nik4', query.nik4);
  if (query.code !== undefined) params.set('code', query.code);
  const url = `${baseUrl.replace(/\/+$/, '')}/api/v1/public/status/${encodeURIComponent(query.receiptNumber)}?${params}`;
  let response: Response;
  try {
    response = await fetchFn(url, { headers: { accept: 'application/json', 'accept-language': 'id' } });
  } catch {
    return { kind: 'unavailable' };
  }
  if (response.status === 404 || response.status === 400) return { kind: 'not_found' };
  if (response.status === 429)
    return { kind: 'rate_limited', retryAfterSeconds: retryAfterSeconds(response.headers.get('retry-after'), now()) };
  if (!response.ok) return { kind: 'unavailable' };
  const parsed = publicStatusSchema.safeParse(await response.json().catch(() => null));
  return parsed.success ? { kind: 'found', status: parsed.data } : { kind: 'unavailable' };
}

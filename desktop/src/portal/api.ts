/** The portal's calls to the sync server's public endpoints (same origin), answers as `{ status, body }`. */
export type ApiAnswer<T = Record<string, unknown>> = { status: number; body: T };
export type ApiError = { error?: { code?: string; message?: string; details?: { path: string; message: string }[] } };

async function answer<T>(response: Response): Promise<ApiAnswer<T>> {
  const text = await response.text();
  let body: unknown = {};
  try {
    body = text === '' ? {} : JSON.parse(text);
  } catch {
    body = {};
  }
  return { status: response.status, body: body as T };
}

export async function getJson<T = Record<string, unknown>>(path: string): Promise<ApiAnswer<T>> {
  try {
    return await answer<T>(await fetch(path, { headers: { accept: 'application/json', 'accept-language': 'id' } }));
  } catch {
    return { status: 0, body: {} as T };
  }
}

export async function postJson<T = Record<string, unknown>>(path: string, body: unknown): Promise<ApiAnswer<T>> {
  try {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': 'id' },
      body: JSON.stringify(body),
    });
    return await answer<T>(response);
  } catch {
    return { status: 0, body: {} as T };
  }
}

/** What to tell the resident about a failed call, in Bahasa Indonesia. */
export function errorText(result: ApiAnswer<ApiError>): string {
  if (result.status === 0) return 'Tidak ada sambungan internet. Periksa jaringan lalu coba lagi.';
  const error = result.body.error;
  const details = error?.details?.map((d) => `${d.path.replace(/^fields\./, '')}: ${d.message}`) ?? [];
  return [error?.message ?? 'Terjadi kesalahan. Coba lagi.', ...details].join(' ');
}

/** A small DOM builder: the portal writes text with textContent only (never HTML from input or the server). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

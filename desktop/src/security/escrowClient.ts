import { apiErrorBodySchema, apiUrl, type FetchLike, SyncHttpError } from '@keliling/sync';
import { z } from 'zod';
import { fromBase64Url, toBase64Url } from './bytes';

/**
 * The server side of key escrow (docs/security.md): at enrollment the device deposits its data key, which the
 * server keeps encrypted under its own key; an officer with no wrap on this device (new, or PIN reset) gets it back
 * online by proving the PIN to the server. Errors are SyncHttpError with the server's code (`wrong_pin`,
 * `not_found`, `device_revoked`, `rate_limited`, `network_error`).
 */
export type EscrowClient = {
  deposit(dataKey: Uint8Array): Promise<'stored' | 'exists'>;
  release(input: { officerId: string; pin: string }): Promise<{ dataKey: Uint8Array; pinVerifier: string }>;
};

const releaseSchema = z.object({ dataKey: z.string(), pinVerifier: z.string() });

export function createEscrowClient(options: { serverUrl: string; deviceId: string; token?: string; fetch?: FetchLike }): EscrowClient {
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const path = `/devices/${encodeURIComponent(options.deviceId)}/key-escrow`;

  async function call(method: 'PUT' | 'POST', suffix: string, body: unknown, auth: boolean): Promise<{ status: number; json: unknown }> {
    const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json', 'accept-language': 'id' };
    if (auth && options.token) headers.authorization = `Bearer ${options.token}`;
    let response: Response;
    try {
      response = await fetchFn(apiUrl(options.serverUrl, `${path}${suffix}`), { method, headers, body: JSON.stringify(body) });
    } catch (e) {
      throw new SyncHttpError({ status: 0, code: 'network_error', message: e instanceof Error ? e.message : String(e) });
    }
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok && response.status !== 409) {
      const parsed = apiErrorBodySchema.safeParse(json);
      throw new SyncHttpError({
        status: response.status,
        code: parsed.success ? parsed.data.error.code : `http_${response.status}`,
        message: parsed.success ? parsed.data.error.message : `HTTP ${response.status}`,
      });
    }
    return { status: response.status, json };
  }

  return {
    async deposit(dataKey) {
      const { status } = await call('PUT', '', { dataKey: toBase64Url(dataKey) }, true);
      return status === 409 ? 'exists' : 'stored';
    },
    async release(input) {
      const { status, json } = await call('POST', '/release', input, false);
      const parsed = releaseSchema.safeParse(json);
      if (status !== 200 || !parsed.success) throw new SyncHttpError({ status, code: 'invalid_response', message: 'unexpected escrow answer' });
      return { dataKey: fromBase64Url(parsed.data.dataKey), pinVerifier: parsed.data.pinVerifier };
    },
  };
}

import { createHmac } from 'node:crypto';
import { appendFile } from 'node:fs/promises';

/** What a transport delivers: the message id doubles as the idempotency key. */
export type OutgoingMessage = {
  id: string;
  phone: string;
  body: string;
  entity: string;
  entityId: string;
  status: string;
};

/** Delivers one message or throws (the sender then retries later). */
export type NotificationTransport = { readonly name: string; send(message: OutgoingMessage): Promise<void> };

export type TransportFailure = Error & { code: 'notify_failed' };

function failure(text: string): TransportFailure {
  return Object.assign(new Error(text), { code: 'notify_failed' as const });
}

/** Appends one JSON line per message to a file (the default: `<data-dir>/notifications.log`). */
export function createFileTransport(path: string, now: () => number = Date.now): NotificationTransport {
  return {
    name: 'file',
    async send(message) {
      await appendFile(path, `${JSON.stringify({ ...message, at: new Date(now()).toISOString() })}\n`, 'utf8');
    },
  };
}

export const signatureHeader = 'X-Keliling-Signature';

/** `sha256=<hex HMAC-SHA256 of the body>`, as the webhook receiver recomputes it. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** POSTs the message as JSON, signed, with `Idempotency-Key: <message id>`; any non-2xx answer is a failure. */
export function createWebhookTransport(options: {
  url: string;
  secret: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}): NotificationTransport {
  const doFetch = options.fetch ?? fetch;
  return {
    name: 'webhook',
    async send(message) {
      const body = JSON.stringify({
        id: message.id,
        to: message.phone,
        text: message.body,
        entity: message.entity,
        entityId: message.entityId,
        status: message.status,
      });
      let res: Response;
      try {
        res = await doFetch(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': message.id,
            [signatureHeader]: webhookSignature(options.secret, body),
          },
          body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
      } catch (error) {
        throw failure(`webhook unreachable: ${(error as Error).message}`);
      }
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) throw failure(`webhook answered ${res.status}`);
    },
  };
}

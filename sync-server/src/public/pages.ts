import { citizenText } from '@keliling/domain';
import express, { type Router } from 'express';
import type { AppContext } from '../http/context.js';
import { limitByAddress } from '../http/rate-limit.js';
import { findByReceipt, type PublicStatus } from '../routes/public.js';
import type { ReceiptIndex } from '../store/receipts.js';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Layanan Polri</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1b1f24}main{max-width:36rem;margin:0 auto;padding:1rem}
h1{font-size:1.3rem;color:#1d3557}.card{background:#fff;border:1px solid #d5dae1;border-radius:8px;padding:1rem;margin:1rem 0}
a{color:#1d3557}dt{font-weight:600}dd{margin:0 0 .5rem}</style></head>
<body><main>${body}<p><a href="/layanan">${escapeHtml(citizenText('backToPortal', 'id'))}</a></p></main></body></html>`;
}

/** An instant as the resident reads it: the date and time in WIB. */
const wib = (instant: string) =>
  `${new Date(instant).toLocaleString('id-ID', { timeZone: 'Asia/Jakarta', dateStyle: 'long', timeStyle: 'short' })} WIB`;

function statusHtml(s: PublicStatus): string {
  const t = (key: Parameters<typeof citizenText>[0]) => escapeHtml(citizenText(key, 'id'));
  const reason = s.reason
    ? `<dt>${t('reason')}</dt><dd data-testid="portal-status-reason">${escapeHtml(s.reason)}</dd>`
    : '';
  const steps = s.steps.map((step) => `<li>${escapeHtml(step)}</li>`).join('');
  return `<h1>${t('statusHeading')}</h1><div class="card" data-testid="portal-status-result"><dl>
<dt>${t('receiptNumber')}</dt><dd>${escapeHtml(s.receiptNumber)}</dd>
<dt>${t('service')}</dt><dd>${escapeHtml(s.service)}</dd>
<dt>${t('status')}</dt><dd data-testid="portal-status-label">${escapeHtml(s.statusLabel)}</dd>
<dt>${t('meaning')}</dt><dd>${escapeHtml(s.meaning)}</dd>
${reason}<dt>${t('updated')}</dt><dd>${escapeHtml(wib(s.updatedAt))}</dd>
<dt>${t('nextSteps')}</dt><dd><ul data-testid="portal-status-steps">${steps}</ul></dd></dl></div>`;
}

/**
 * The status lookup as plain HTML for a browser without scripts: the landing page's form posts here (the NIK
 * digits travel in the body, never in the URL), and the answer is a small server-rendered page.
 */
export function portalPages(ctx: AppContext, receipts: ReceiptIndex): Router {
  const router = express.Router();
  router.post(
    '/layanan/status',
    limitByAddress(ctx.rate.address),
    express.urlencoded({ extended: false, limit: '4kb' }),
    (req, res) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const receipt = typeof body.receiptNumber === 'string' ? body.receiptNumber.trim() : '';
      const proof = typeof body.proof === 'string' ? body.proof.trim() : '';
      const query = /^\d{4}$/.test(proof) ? { nik4: proof } : { code: proof.toUpperCase() };
      const found = receipt ? findByReceipt(ctx, receipts, receipt, query) : null;
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
      if (!found) {
        res
          .status(404)
          .type('html')
          .send(
            page(
              'Tidak ditemukan',
              `<h1>${escapeHtml(citizenText('statusHeading', 'id'))}</h1><div class="card" role="alert" data-testid="portal-status-error">${escapeHtml(citizenText('notFound', 'id'))}</div><p><a href="/layanan#status">${escapeHtml(citizenText('tryAgain', 'id'))}</a></p>`,
            ),
          );
        return;
      }
      res.type('html').send(page('Status layanan', statusHtml(found.status)));
    },
  );
  return router;
}

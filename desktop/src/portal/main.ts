import './portal.css';
import { el } from './api';
import { lookUp, proofOf, renderStatus } from './status';

/**
 * The citizen portal at /layanan. The landing page and its status form are plain HTML that work without scripts
 * (the form posts to the server); this script enhances the status form in place and loads a service's form
 * (and its uploader and proof-of-work worker) only on that service's page.
 */
const root = document.getElementById('portal');
const slug = /^\/layanan\/([a-z-]+)\/?$/.exec(location.pathname)?.[1];

async function openService(target: HTMLElement, name: string): Promise<void> {
  const [{ services }, { renderService }] = await Promise.all([import('./fields'), import('./service')]);
  const service = services.find((s) => s.slug === name);
  if (service) renderService(target, service);
  else
    target.replaceChildren(
      el('h1', {}, 'Halaman tidak ditemukan'),
      el('p', {}, el('a', { href: '/layanan' }, 'Kembali ke Layanan Polri')),
    );
}

function enhanceStatusForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-testid="portal-status-form"]');
  const result = document.getElementById('status-result');
  if (!form || !result) return;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const receipt = String(data.get('receiptNumber') ?? '');
    const proof = proofOf(String(data.get('proof') ?? ''));
    result.textContent = 'Mencari…';
    const found = await lookUp(receipt, proof);
    if (found.ok) renderStatus(result, found.status, proof);
    else result.replaceChildren(el('p', { role: 'alert', 'data-testid': 'portal-status-error' }, found.message));
  });
}

if (root && slug && slug !== 'status') void openService(root, slug);
else enhanceStatusForm();

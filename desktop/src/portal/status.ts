import { type ApiError, el, errorText, getJson, postJson } from './api';

export type PortalStatus = {
  receiptNumber: string;
  service: string;
  status: string;
  statusLabel?: string;
  updatedAt?: string;
  nextSteps?: string | string[] | null;
};

/** Delivered statuses per receipt prefix: the survey opens then (the server checks it too). */
const delivered: Record<string, readonly string[]> = {
  LAP: ['issued'],
  ADU: ['resolved', 'referred', 'closed'],
  IZN: ['approved', 'rejected'],
  SIM: ['issued'],
  SKCK: ['issued'],
};

/** The nine elements of the Survei Kepuasan Masyarakat (PermenPANRB 14/2017), as the resident reads them. */
const surveyElements: readonly [string, string][] = [
  ['persyaratan', 'Persyaratan pelayanan'],
  ['prosedur', 'Prosedur pelayanan'],
  ['waktu', 'Waktu pelayanan'],
  ['biaya', 'Biaya/tarif'],
  ['produk', 'Hasil pelayanan'],
  ['kompetensi', 'Kompetensi petugas'],
  ['perilaku', 'Perilaku petugas'],
  ['pengaduan', 'Penanganan pengaduan, saran dan masukan'],
  ['sarana', 'Sarana dan prasarana'],
];
const scale = ['Tidak baik', 'Kurang baik', 'Baik', 'Sangat baik'];

export type Proof = { nik4?: string; code?: string };

export function proofOf(typed: string): Proof {
  const t = typed.trim();
  return /^\d{4}$/.test(t) ? { nik4: t } : { code: t.toUpperCase() };
}

/** `GET /api/v1/public/status/:receipt` with the proof; null when not found (any reason). */
export async function lookUp(
  receiptNumber: string,
  proof: Proof,
): Promise<{ ok: true; status: PortalStatus } | { ok: false; message: string }> {
  const params = new URLSearchParams(proof as Record<string, string>);
  const receipt = receiptNumber.trim().toUpperCase().replace(/\s+/g, '');
  const res = await getJson<PortalStatus & ApiError>(`/api/v1/public/status/${encodeURIComponent(receipt)}?${params}`);
  if (res.status === 200) return { ok: true, status: res.body };
  if (res.status === 404 || res.status === 400) {
    return {
      ok: false,
      message: 'Data tidak ditemukan. Periksa nomor tanda terima dan 4 digit terakhir NIK atau kode akses.',
    };
  }
  return { ok: false, message: errorText(res) };
}

function surveyForm(receiptNumber: string, proof: Proof): HTMLFormElement {
  const form = el('form', { class: 'portal-survey', 'data-testid': 'portal-survey-form' });
  form.append(
    el('h3', {}, 'Survei kepuasan'),
    el('p', {}, 'Bagaimana pelayanan kami? Nilai 1 (tidak baik) sampai 4 (sangat baik).'),
  );
  for (const [key, text] of surveyElements) {
    const set = el('fieldset', { 'data-testid': `portal-survey-${key}` }, el('legend', {}, text));
    scale.forEach((word, i) => {
      const id = `survey-${key}-${i + 1}`;
      set.append(
        el(
          'label',
          { for: id, class: 'portal-choice' },
          el('input', { type: 'radio', id, name: key, value: String(i + 1), required: true }),
          ` ${i + 1} ${word}`,
        ),
      );
    });
    form.append(set);
  }
  const comment = el('textarea', {
    id: 'survey-comment',
    name: 'comment',
    maxlength: '2000',
    rows: '3',
    'data-testid': 'portal-survey-comment',
  });
  const message = el('p', { role: 'status', 'data-testid': 'portal-survey-message' });
  form.append(
    el('label', { for: 'survey-comment' }, 'Saran atau komentar (tidak wajib)'),
    comment,
    el('button', { type: 'submit', 'data-testid': 'portal-survey-submit' }, 'Kirim survei'),
    message,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const answers = Object.fromEntries(surveyElements.map(([key]) => [key, Number(data.get(key))]));
    const res = await postJson<ApiError>('/api/v1/public/surveys', {
      receiptNumber,
      ...(proof.nik4 ? { nik4: proof.nik4 } : { accessCode: proof.code }),
      answers,
      ...(comment.value.trim() ? { comment: comment.value } : {}),
    });
    if (res.status === 201) {
      form.replaceChildren(
        el(
          'p',
          { 'data-testid': 'portal-survey-thanks' },
          'Terima kasih. Penilaian Anda membantu kami memperbaiki pelayanan.',
        ),
      );
    } else {
      message.textContent = errorText(res);
    }
  });
  return form;
}

function letterButton(receiptNumber: string, proof: Proof): HTMLElement {
  const message = el('p', { role: 'status' });
  const button = el(
    'button',
    { type: 'button', 'data-testid': 'portal-letter-download' },
    'Unduh surat keterangan (PDF)',
  );
  button.addEventListener('click', async () => {
    const res = await fetch('/api/v1/public/letters', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'id' },
      body: JSON.stringify({ receiptNumber, ...(proof.nik4 ? { nik4: proof.nik4 } : { accessCode: proof.code }) }),
    }).catch(() => null);
    if (!res?.ok) {
      message.textContent = 'Surat belum dapat diunduh. Coba lagi nanti.';
      return;
    }
    const url = URL.createObjectURL(await res.blob());
    const link = el(
      'a',
      { href: url, download: `SKTLK-${receiptNumber}.pdf`, 'data-testid': 'portal-letter-link' },
      'Simpan PDF',
    );
    message.replaceChildren(link);
    link.click();
  });
  return el('div', { class: 'portal-letter' }, button, message);
}

/** The answer for a receipt, with the survey once delivered and the SKTLK letter once issued. */
export function renderStatus(target: HTMLElement, status: PortalStatus, proof: Proof): void {
  const prefix = status.receiptNumber.split('-')[0] ?? '';
  const steps = Array.isArray(status.nextSteps) ? status.nextSteps.join(' ') : (status.nextSteps ?? '');
  const updated = status.updatedAt
    ? new Date(status.updatedAt).toLocaleString('id-ID', { timeZone: 'Asia/Jakarta' })
    : '';
  const card = el(
    'div',
    { class: 'portal-card portal-status', 'data-testid': 'portal-status-result' },
    el(
      'dl',
      {},
      el('dt', {}, 'Nomor tanda terima'),
      el('dd', {}, status.receiptNumber),
      el('dt', {}, 'Layanan'),
      el('dd', {}, status.service),
      el('dt', {}, 'Status'),
      el(
        'dd',
        { 'data-testid': 'portal-status-label', 'data-status': status.status },
        status.statusLabel ?? status.status,
      ),
      el('dt', {}, 'Diperbarui'),
      el('dd', {}, updated),
      el('dt', {}, 'Langkah berikutnya'),
      el('dd', {}, steps),
    ),
  );
  target.replaceChildren(card);
  if (prefix === 'LAP' && status.status === 'issued') target.append(letterButton(status.receiptNumber, proof));
  if ((delivered[prefix] ?? []).includes(status.status)) target.append(surveyForm(status.receiptNumber, proof));
}

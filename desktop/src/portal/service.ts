import { villageRows } from '../villages/villages.generated';
import { type ApiError, el, errorText, getJson, postJson } from './api';
import { authorities, type FieldSpec, lostItemTypes, type ServiceSpec } from './fields';
import { solveChallenge } from './pow';
import { lookUp, renderStatus } from './status';
import { acceptedTypes, downscale, maxUploadBytes, prepareUpload, type UploadHandle } from './upload';

const wibOffset = '+07:00';
const toInstant = (local: string) => new Date(Date.parse(`${local}:00${wibOffset}`)).toISOString();
const longDate = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

function villageSelect(id: string, required: boolean): HTMLSelectElement {
  const select = el('select', { id, name: 'villageCode', required });
  select.append(el('option', { value: '' }, '— pilih desa/kelurahan —'));
  const rows = villageRows.sleman?.rows ?? [];
  const byDistrict = new Map<string, HTMLOptGroupElement>();
  for (const [code, name, district] of rows) {
    let group = byDistrict.get(district);
    if (!group) {
      group = el('optgroup', { label: `Kec. ${district}` });
      byDistrict.set(district, group);
      select.append(group);
    }
    group.append(el('option', { value: code }, name));
  }
  return select;
}

function input(spec: FieldSpec): HTMLElement {
  const id = `f-${spec.name}`;
  const common = { id, name: spec.name, required: spec.required ?? false, 'data-testid': `portal-field-${spec.name}` };
  switch (spec.kind) {
    case 'textarea':
      return el('textarea', { ...common, rows: '3', maxlength: '2000' });
    case 'date':
      return el('input', { ...common, type: 'date' });
    case 'datetime':
      return el('input', { ...common, type: 'datetime-local' });
    case 'number':
      return el('input', { ...common, type: 'number', min: '1', inputmode: 'numeric' });
    case 'nik':
      return el('input', {
        ...common,
        inputmode: 'numeric',
        pattern: '\\d{16}',
        maxlength: '16',
        autocomplete: 'off',
        title: '16 angka',
      });
    case 'checkbox':
      return el('input', { ...common, type: 'checkbox' });
    case 'village': {
      const select = villageSelect(id, spec.required ?? false);
      select.dataset.testid = `portal-field-${spec.name}`;
      return select;
    }
    case 'select': {
      const select = el('select', common, el('option', { value: '' }, '— pilih —'));
      for (const [value, text] of spec.options ?? []) select.append(el('option', { value }, text));
      return select;
    }
    default:
      return el('input', { ...common, type: 'text', maxlength: '200' });
  }
}

function fieldRow(spec: FieldSpec): HTMLElement {
  const control = input(spec);
  const label = el(
    'label',
    { for: control.id },
    spec.label,
    spec.required || spec.kind === 'checkbox' ? null : el('span', { class: 'portal-optional' }, ' (tidak wajib)'),
  );
  return spec.kind === 'checkbox'
    ? el('div', { class: 'portal-field portal-check' }, control, label)
    : el('div', { class: 'portal-field', 'data-field': spec.name }, label, control);
}

function itemRow(index: number): HTMLElement {
  const type = el('select', {
    name: 'itemType',
    required: true,
    'aria-label': `Jenis barang ${index + 1}`,
    'data-testid': `portal-item-type-${index}`,
  });
  type.append(el('option', { value: '' }, '— jenis barang —'));
  for (const [value, text] of lostItemTypes) type.append(el('option', { value }, text));
  return el(
    'div',
    { class: 'portal-item' },
    type,
    el('input', {
      name: 'identifier',
      maxlength: '64',
      placeholder: 'Nomor dokumen (jika ada)',
      'aria-label': `Nomor dokumen ${index + 1}`,
      'data-testid': `portal-item-identifier-${index}`,
    }),
    el('input', {
      name: 'description',
      maxlength: '500',
      placeholder: 'Keterangan',
      'aria-label': `Keterangan barang ${index + 1}`,
      'data-testid': `portal-item-description-${index}`,
    }),
  );
}

/** The fields the resident typed, as the API takes them (records.md names; WIB times as UTC instants). */
function collect(form: HTMLFormElement, service: ServiceSpec): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const spec of service.fields) {
    const control = form.elements.namedItem(spec.name) as HTMLInputElement | null;
    if (!control) continue;
    if (spec.kind === 'checkbox') {
      fields[spec.name] = control.checked;
      continue;
    }
    const value = control.value.trim();
    if (value === '') continue;
    fields[spec.name] = spec.kind === 'number' ? Number(value) : spec.kind === 'datetime' ? toInstant(value) : value;
  }
  return fields;
}

function collectItems(list: HTMLElement): Record<string, unknown>[] {
  return [...list.querySelectorAll<HTMLElement>('.portal-item')].flatMap((row) => {
    const get = (name: string) => (row.querySelector(`[name="${name}"]`) as HTMLInputElement).value.trim();
    const itemType = get('itemType');
    if (itemType === '') return [];
    const item: Record<string, unknown> = { itemType };
    if (get('identifier')) item.identifier = get('identifier');
    if (get('description')) item.description = get('description');
    return [item];
  });
}

function deadlineInfo(form: HTMLFormElement, target: HTMLElement): void {
  const update = async () => {
    const startsAt = (form.elements.namedItem('startsAt') as HTMLInputElement).value;
    const scale = (form.elements.namedItem('scale') as HTMLSelectElement).value;
    if (!startsAt || !scale) {
      target.textContent = '';
      return;
    }
    const res = await getJson<{
      latestDate: string;
      workingDays: number;
      issuingLevel: string;
      holidaysKnown: boolean;
    }>(
      `/api/v1/public/crowd-permits/latest-date?eventDate=${startsAt.slice(0, 10)}&scale=${encodeURIComponent(scale)}`,
    );
    if (res.status !== 200) return;
    const { latestDate, workingDays, issuingLevel, holidaysKnown } = res.body;
    const today = new Date().toISOString().slice(0, 10);
    const late =
      latestDate < today
        ? el(
            'p',
            { class: 'portal-warning', role: 'alert' },
            'Batas waktu sudah lewat: permohonan tetap dapat dikirim, tetapi mungkin tidak dapat diproses tepat waktu.',
          )
        : '';
    target.replaceChildren(
      el(
        'p',
        {},
        'Diputuskan oleh: ',
        el('strong', { 'data-testid': 'portal-crowd-authority' }, authorities[issuingLevel] ?? issuingLevel),
      ),
      el(
        'p',
        {},
        'Batas akhir pengajuan: ',
        el('strong', { 'data-testid': 'portal-crowd-deadline', 'data-date': latestDate }, longDate(latestDate)),
        ` (${workingDays} hari kerja sebelum acara, tanpa hari libur nasional dan cuti bersama).`,
      ),
      late,
      holidaysKnown
        ? ''
        : el(
            'p',
            { class: 'portal-hint' },
            'Hari libur tahun acara belum ditetapkan; batas ini hanya menghitung Sabtu dan Minggu. Ajukan lebih awal.',
          ),
    );
  };
  form.addEventListener('change', (event) => {
    const name = (event.target as HTMLInputElement).name;
    if (name === 'startsAt' || name === 'scale') void update();
  });
}

type Upload = { handle: UploadHandle; done: boolean; row: HTMLElement };

/** One service's page: the form, the code step, uploads, and the receipt. */
export function renderService(root: HTMLElement, service: ServiceSpec): void {
  document.title = `${service.title} — Layanan Polri`;
  const form = el('form', { class: 'portal-form', novalidate: false, 'data-testid': `portal-form-${service.slug}` });
  const message = el('div', { class: 'portal-message', role: 'alert', 'data-testid': 'portal-message' });
  form.append(...service.fields.map(fieldRow));

  let items: HTMLElement | null = null;
  if (service.items) {
    items = el('div', { class: 'portal-items' }, itemRow(0));
    const add = el(
      'button',
      { type: 'button', class: 'portal-secondary', 'data-testid': 'portal-item-add' },
      'Tambah barang',
    );
    add.addEventListener('click', () => items?.append(itemRow(items.children.length)));
    form.append(el('fieldset', {}, el('legend', {}, 'Barang yang hilang'), items, add));
  }
  if (service.entity === 'complaints') {
    const anonymous = form.elements.namedItem('anonymous') as HTMLInputElement;
    const name = form.querySelector<HTMLElement>('[data-field="fullName"]');
    anonymous.addEventListener('change', () => name?.toggleAttribute('hidden', anonymous.checked));
  }
  const deadline = el('div', { class: 'portal-info', 'aria-live': 'polite' });
  if (service.entity === 'crowd_permit_requests') {
    form.append(deadline);
    deadlineInfo(form, deadline);
  }

  // Step 2: the phone, and the code sent to it.
  const phone = el('input', {
    id: 'f-phone',
    name: 'phone',
    type: 'tel',
    inputmode: 'tel',
    autocomplete: 'tel',
    required: true,
    placeholder: '08…',
    'data-testid': 'portal-phone',
  });
  const sendCode = el('button', { type: 'button', 'data-testid': 'portal-send-otp' }, 'Kirim kode verifikasi');
  const codeStep = el('div', { hidden: true, class: 'portal-step', 'data-testid': 'portal-otp-step' });
  form.append(
    el(
      'fieldset',
      {},
      el('legend', {}, 'Nomor HP'),
      el('label', { for: 'f-phone' }, 'Nomor HP (untuk kode verifikasi dan kabar status)'),
      phone,
      sendCode,
    ),
    codeStep,
    message,
  );

  let pendingId: string | null = null;
  const uploads: Upload[] = [];

  const files = el('input', {
    id: 'f-documents',
    type: 'file',
    multiple: true,
    accept: acceptedTypes.join(','),
    'data-testid': 'portal-documents',
  });
  const uploadList = el('ul', { class: 'portal-uploads', 'data-testid': 'portal-upload-list' });
  // Required once the code step shows (a hidden required field would block asking for the code).
  const otp = el('input', {
    id: 'f-otp',
    name: 'otp',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    pattern: '\\d{6}',
    maxlength: '6',
    'data-testid': 'portal-otp',
  });
  const submit = el('button', { type: 'submit', 'data-testid': 'portal-submit' }, 'Kirim pengajuan');
  codeStep.append(
    el('label', { for: 'f-documents' }, 'Dokumen pendukung'),
    el('p', { class: 'portal-hint' }, service.documentsHint),
    files,
    uploadList,
    el('label', { for: 'f-otp' }, 'Kode verifikasi (6 angka dari SMS)'),
    otp,
    submit,
  );

  sendCode.addEventListener('click', async () => {
    if (!form.reportValidity()) return;
    sendCode.disabled = true;
    message.textContent = 'Memverifikasi perangkat…';
    const solved = await solveChallenge();
    if (!solved) {
      message.textContent = 'Tidak ada sambungan internet. Coba lagi.';
      sendCode.disabled = false;
      return;
    }
    const res = await postJson<{ pendingId: string } & ApiError>('/api/v1/public/otp', {
      phone: phone.value,
      ...solved,
      ...(pendingId ? { pendingId } : {}),
    });
    sendCode.disabled = false;
    if (res.status !== 202) {
      message.textContent = errorText(res);
      return;
    }
    pendingId = res.body.pendingId;
    sendCode.textContent = 'Kirim ulang kode';
    codeStep.hidden = false;
    otp.required = true;
    message.textContent = 'Kode verifikasi telah dikirim ke nomor HP Anda.';
    otp.focus();
  });

  files.addEventListener('change', async () => {
    for (const original of [...(files.files ?? [])]) {
      const row = el('li', { 'data-testid': 'portal-upload' });
      uploadList.append(row);
      if (!acceptedTypes.includes(original.type)) {
        row.textContent = `${original.name}: jenis berkas tidak diterima (JPG, PNG, WEBP atau PDF).`;
        continue;
      }
      const file = await downscale(original);
      if (file.size > maxUploadBytes) {
        row.textContent = `${original.name}: berkas terlalu besar (paling besar 5 MB).`;
        continue;
      }
      const progress = el('progress', { max: '100', value: '0' });
      const state = el('span', { 'data-testid': 'portal-upload-state' }, 'Mengunggah…');
      const resume = el(
        'button',
        { type: 'button', hidden: true, class: 'portal-secondary', 'data-testid': 'portal-upload-resume' },
        'Lanjutkan unggahan',
      );
      row.append(
        el('span', {}, `${file.name} (${Math.ceil(file.size / 1024)} KB) `),
        progress,
        ' ',
        state,
        ' ',
        resume,
      );
      const entry: Upload = {
        row,
        done: false,
        handle: await prepareUpload(file, pendingId ?? '', {
          onProgress(sent, total) {
            progress.value = Math.floor((sent / total) * 100);
            state.textContent = `${Math.floor((sent / total) * 100)}%`;
            row.dataset.sent = String(sent);
          },
          onDone() {
            entry.done = true;
            resume.hidden = true;
            state.textContent = 'Terunggah';
            row.dataset.done = 'true';
          },
          onError(text) {
            state.textContent = text;
            resume.hidden = false;
          },
        }),
      };
      resume.addEventListener('click', () => {
        resume.hidden = true;
        state.textContent = 'Melanjutkan…';
        entry.handle.start();
      });
      uploads.push(entry);
      entry.handle.start();
    }
    files.value = '';
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!pendingId || !form.reportValidity()) return;
    if (uploads.some((u) => !u.done)) {
      message.textContent = 'Tunggu sampai semua dokumen selesai terunggah.';
      return;
    }
    submit.disabled = true;
    message.textContent = 'Mengirim…';
    const res = await postJson<
      { receiptNumber: string; accessCode: string; warnings?: { message: string }[] } & ApiError
    >('/api/v1/public/submissions', {
      entity: service.entity,
      fields: collect(form, service),
      ...(items ? { items: collectItems(items) } : {}),
      attachments: uploads.map((u) => u.handle.sha256),
      phone: phone.value,
      otp: otp.value,
      pendingId,
    });
    submit.disabled = false;
    if (res.status !== 201 && res.status !== 200) {
      message.textContent = errorText(res);
      return;
    }
    showReceipt(root, service, res.body.receiptNumber, res.body.accessCode, res.body.warnings ?? []);
  });

  root.replaceChildren(
    el('p', {}, el('a', { href: '/layanan' }, '← Semua layanan')),
    el('h1', {}, service.title),
    el('p', {}, service.intro),
    form,
  );
}

function showReceipt(
  root: HTMLElement,
  service: ServiceSpec,
  receiptNumber: string,
  accessCode: string,
  warnings: { message: string }[],
): void {
  const statusTarget = el('div', { 'aria-live': 'polite' });
  const check = el('button', { type: 'button', 'data-testid': 'portal-receipt-status' }, 'Lihat status');
  check.addEventListener('click', async () => {
    const found = await lookUp(receiptNumber, { code: accessCode });
    if (found.ok) renderStatus(statusTarget, found.status, { code: accessCode });
    else statusTarget.textContent = found.message;
  });
  root.replaceChildren(
    el('h1', {}, `${service.title}: terkirim`),
    el(
      'div',
      { class: 'portal-card portal-receipt', 'data-testid': 'portal-receipt' },
      el('p', {}, 'Simpan nomor tanda terima dan kode akses ini untuk memantau status:'),
      el(
        'dl',
        {},
        el('dt', {}, 'Nomor tanda terima'),
        el('dd', { 'data-testid': 'portal-receipt-number' }, receiptNumber),
        el('dt', {}, 'Kode akses'),
        el('dd', { 'data-testid': 'portal-access-code' }, accessCode),
      ),
      el('p', {}, 'Setiap perubahan status dikabarkan ke nomor HP Anda.'),
      ...warnings.map((w) => el('p', { class: 'portal-warning' }, w.message)),
    ),
    check,
    statusTarget,
    el('p', {}, el('a', { href: '/layanan' }, '← Semua layanan')),
  );
}

import type { Label, Lang } from '../labels/lang.js';

/**
 * Messages to residents per service and status (`{receiptNumber}` filled in); statuses without one send nothing.
 * A reason staff wrote (`statusReason`) is added to the message, shortened to fit a text message.
 */
const templates: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  sim_applications: {
    submitted: {
      id: 'Permohonan SIM Anda ({receiptNumber}) telah kami terima dan sedang diproses.',
      en: 'We have received your SIM application ({receiptNumber}) and are processing it.',
    },
    verified: {
      id: 'Berkas permohonan SIM Anda ({receiptNumber}) telah diverifikasi.',
      en: 'The documents of your SIM application ({receiptNumber}) have been verified.',
    },
    approved: {
      id: 'Permohonan SIM Anda ({receiptNumber}) disetujui. SIM sedang disiapkan.',
      en: 'Your SIM application ({receiptNumber}) has been approved. The SIM is being prepared.',
    },
    issued: {
      id: 'SIM Anda ({receiptNumber}) telah diterbitkan. Silakan ambil sesuai petunjuk petugas.',
      en: 'Your SIM ({receiptNumber}) has been issued. Collect it as the officer tells you.',
    },
    rejected: {
      id: 'Permohonan SIM Anda ({receiptNumber}) ditolak.',
      en: 'Your SIM application ({receiptNumber}) was rejected.',
    },
    cancelled: {
      id: 'Permohonan SIM Anda ({receiptNumber}) dibatalkan.',
      en: 'Your SIM application ({receiptNumber}) was cancelled.',
    },
  },
  skck_applications: {
    submitted: {
      id: 'Permohonan SKCK Anda ({receiptNumber}) telah kami terima dan sedang diproses.',
      en: 'We have received your SKCK application ({receiptNumber}) and are processing it.',
    },
    verified: {
      id: 'Berkas permohonan SKCK Anda ({receiptNumber}) telah diverifikasi.',
      en: 'The documents of your SKCK application ({receiptNumber}) have been verified.',
    },
    approved: {
      id: 'Permohonan SKCK Anda ({receiptNumber}) disetujui.',
      en: 'Your SKCK application ({receiptNumber}) has been approved.',
    },
    issued: {
      id: 'SKCK Anda ({receiptNumber}) telah diterbitkan. Silakan ambil sesuai petunjuk petugas.',
      en: 'Your SKCK ({receiptNumber}) has been issued. Collect it as the officer tells you.',
    },
    rejected: {
      id: 'Permohonan SKCK Anda ({receiptNumber}) ditolak.',
      en: 'Your SKCK application ({receiptNumber}) was rejected.',
    },
    cancelled: {
      id: 'Permohonan SKCK Anda ({receiptNumber}) dibatalkan.',
      en: 'Your SKCK application ({receiptNumber}) was cancelled.',
    },
  },
  lost_item_reports: {
    issued: {
      id: 'Surat Keterangan Tanda Lapor Kehilangan Anda ({receiptNumber}) telah diterbitkan.',
      en: 'Your lost-item report letter ({receiptNumber}) has been issued.',
    },
    cancelled: {
      id: 'Laporan kehilangan Anda ({receiptNumber}) dibatalkan.',
      en: 'Your lost-item report ({receiptNumber}) was cancelled.',
    },
  },
  complaints: {
    in_progress: {
      id: 'Pengaduan Anda ({receiptNumber}) sedang ditindaklanjuti.',
      en: 'Your complaint ({receiptNumber}) is being followed up.',
    },
    resolved: {
      id: 'Pengaduan Anda ({receiptNumber}) telah selesai ditangani.',
      en: 'Your complaint ({receiptNumber}) has been dealt with.',
    },
    referred: {
      id: 'Pengaduan Anda ({receiptNumber}) telah dilimpahkan ke instansi yang berwenang.',
      en: 'Your complaint ({receiptNumber}) has been passed to the agency responsible.',
    },
    closed: {
      id: 'Pengaduan Anda ({receiptNumber}) telah ditutup. Terima kasih.',
      en: 'Your complaint ({receiptNumber}) has been closed. Thank you.',
    },
  },
  crowd_permit_requests: {
    verified: {
      id: 'Berkas permohonan izin keramaian Anda ({receiptNumber}) telah diverifikasi.',
      en: 'The documents of your crowd permit request ({receiptNumber}) have been verified.',
    },
    forwarded: {
      id: 'Permohonan izin keramaian Anda ({receiptNumber}) telah diteruskan ke pejabat yang berwenang.',
      en: 'Your crowd permit request ({receiptNumber}) has been forwarded to the official who decides.',
    },
    approved: {
      id: 'Izin keramaian Anda ({receiptNumber}) disetujui.',
      en: 'Your crowd permit ({receiptNumber}) has been approved.',
    },
    rejected: {
      id: 'Permohonan izin keramaian Anda ({receiptNumber}) ditolak.',
      en: 'Your crowd permit request ({receiptNumber}) was rejected.',
    },
    cancelled: {
      id: 'Permohonan izin keramaian Anda ({receiptNumber}) dibatalkan.',
      en: 'Your crowd permit request ({receiptNumber}) was cancelled.',
    },
  },
};

const reasonLead: Label = { id: 'Alasan', en: 'Reason' };
/** Without a reason, a refusal points to where the reason can be asked. */
const askWhy: Label = {
  id: 'Hubungi petugas untuk keterangan.',
  en: 'Contact an officer to learn why.',
};
const seeStatus: Label = {
  id: 'Lihat langkah berikutnya di halaman status.',
  en: 'See what to do next on the status page.',
};
const followUpLead: Label = {
  id: 'Pengaduan Anda ({receiptNumber}) ditindaklanjuti',
  en: 'Your complaint ({receiptNumber}) was followed up',
};

/** A text message stays short: long reasons and actions are cut at this many characters. */
export const notificationReasonMax = 200;

const shorten = (text: string) =>
  text.length > notificationReasonMax ? `${text.slice(0, notificationReasonMax - 1)}…` : text;

/** The message for a status change, or null when the status sends none. */
export function citizenNotification(
  entity: string,
  status: string,
  values: { receiptNumber: string; reason?: string | null },
  lang: Lang = 'id',
): string | null {
  const template = templates[entity]?.[status];
  if (template === undefined) return null;
  const head = template[lang].replaceAll('{receiptNumber}', values.receiptNumber);
  const reason = typeof values.reason === 'string' ? values.reason.replace(/\s+/g, ' ').trim() : '';
  if (reason !== '') return `${head} ${reasonLead[lang]}: ${shorten(reason)} ${seeStatus[lang]}`;
  return status === 'rejected' ? `${head} ${askWhy[lang]}` : head;
}

/** The message a complainant gets for a follow-up: the officer's action, shortened. */
export function citizenFollowUpNotification(receiptNumber: string, action: string, lang: Lang = 'id'): string {
  return `${followUpLead[lang].replaceAll('{receiptNumber}', receiptNumber)}: ${shorten(action)}`;
}

/** Which statuses of each service send a message. */
export const notifiedStatuses: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(templates).map(([entity, byStatus]) => [entity, Object.keys(byStatus)]),
);

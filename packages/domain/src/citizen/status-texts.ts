import { statusLabel } from '../labels/catalogue.js';
import type { Label, Lang } from '../labels/lang.js';

/** What a status means for the resident and what to do next: one text for the server's pages, the portal and /status. */
export type CitizenStatus = {
  title: string;
  meaning: string;
  nextSteps: string[];
  /** The reason staff wrote (a rejection, or what is still missing), when there is one. */
  reason: string | null;
};

type StatusText = { meaning: Label; nextSteps: readonly Label[] };

const say = (id: string, en: string): Label => ({ id, en });

/** Each status's meaning and steps, as they read whatever the service. */
const generic: Readonly<Record<string, StatusText>> = {
  draft: {
    meaning: say(
      'Permohonan masih dicatat oleh petugas dan belum diajukan.',
      'The application is still being recorded by the officer and has not been submitted yet.',
    ),
    nextSteps: [
      say(
        'Lengkapi data dan dokumen bersama petugas unit keliling.',
        'Complete the details and documents with the mobile unit officer.',
      ),
    ],
  },
  submitted: {
    meaning: say(
      'Permohonan sudah diterima dan menunggu pemeriksaan berkas.',
      'The application has been received and is waiting for its documents to be checked.',
    ),
    nextSteps: [
      say('Tidak perlu tindakan. Simpan tanda terima Anda.', 'Nothing to do. Keep your receipt.'),
      say('Cek kembali halaman ini dalam 1–2 hari kerja.', 'Check this page again in 1–2 working days.'),
    ],
  },
  verified: {
    meaning: say(
      'Berkas sudah diperiksa dan dinyatakan lengkap. Permohonan menunggu persetujuan Polres.',
      'The documents have been checked and are complete. The application is waiting for approval by the Polres.',
    ),
    nextSteps: [
      say(
        'Tidak perlu tindakan. Cek kembali halaman ini dalam 1–2 hari kerja.',
        'Nothing to do. Check this page again in 1–2 working days.',
      ),
    ],
  },
  approved: {
    meaning: say(
      'Permohonan disetujui. Dokumen sedang disiapkan untuk diterbitkan.',
      'The application has been approved. The document is being prepared.',
    ),
    nextSteps: [
      say(
        'Tunggu pemberitahuan penerbitan, atau cek kembali halaman ini.',
        'Wait for the notice that it has been issued, or check this page again.',
      ),
    ],
  },
  issued: {
    meaning: say('Dokumen sudah diterbitkan.', 'The document has been issued.'),
    nextSteps: [
      say(
        'Ambil dokumen di unit keliling atau kantor Polres sesuai petunjuk petugas.',
        'Collect the document from the mobile unit or the Polres office as the officer tells you.',
      ),
      say('Bawa tanda terima dan KTP asli.', 'Bring your receipt and your original ID card (KTP).'),
    ],
  },
  rejected: {
    meaning: say('Permohonan tidak dapat disetujui.', 'The application could not be approved.'),
    nextSteps: [
      say(
        'Hubungi kantor Polres atau petugas unit keliling untuk mengetahui alasannya.',
        'Contact the Polres office or the mobile unit officer to learn why.',
      ),
      say(
        'Anda dapat mengajukan permohonan baru setelah kekurangan dipenuhi.',
        'You may apply again once what was missing is complete.',
      ),
    ],
  },
  cancelled: {
    meaning: say('Permohonan dibatalkan.', 'The application was cancelled.'),
    nextSteps: [say('Ajukan permohonan baru bila masih diperlukan.', 'Apply again if you still need it.')],
  },
  forwarded: {
    meaning: say(
      'Permohonan sudah diteruskan ke pejabat yang berwenang memutuskan.',
      'The application has been forwarded to the official who decides on it.',
    ),
    nextSteps: [
      say(
        'Tunggu keputusan; cek kembali halaman ini secara berkala.',
        'Wait for the decision; check this page from time to time.',
      ),
    ],
  },
  received: {
    meaning: say('Laporan Anda sudah diterima.', 'Your report has been received.'),
    nextSteps: [
      say(
        'Petugas akan menindaklanjuti. Cek kembali halaman ini secara berkala.',
        'An officer will follow it up. Check this page from time to time.',
      ),
    ],
  },
  in_progress: {
    meaning: say('Laporan Anda sedang ditangani petugas.', 'An officer is handling your report.'),
    nextSteps: [
      say(
        'Tidak perlu tindakan. Petugas dapat menghubungi Anda bila perlu keterangan.',
        'Nothing to do. The officer may contact you if more information is needed.',
      ),
    ],
  },
  resolved: {
    meaning: say('Laporan Anda sudah selesai ditangani.', 'Your report has been dealt with.'),
    nextSteps: [],
  },
  referred: {
    meaning: say(
      'Laporan Anda dilimpahkan ke satuan atau instansi yang berwenang.',
      'Your report has been passed to the unit or agency responsible.',
    ),
    nextSteps: [
      say(
        'Cek kembali halaman ini, atau hubungi kantor Polres.',
        'Check this page again, or contact the Polres office.',
      ),
    ],
  },
  closed: { meaning: say('Laporan Anda sudah ditutup.', 'Your report has been closed.'), nextSteps: [] },
};

/** Where a service's next step differs from the general one (what is printed, what to bring, where to go). */
const byService: Readonly<Record<string, Readonly<Record<string, StatusText>>>> = {
  sim_applications: {
    approved: {
      meaning: say(
        'Permohonan disetujui. SIM sedang dicetak.',
        'The application has been approved. The SIM is being printed.',
      ),
      nextSteps: [
        say(
          'Tunggu pemberitahuan penerbitan, atau cek kembali halaman ini.',
          'Wait for the notice that it has been issued, or check this page again.',
        ),
      ],
    },
    issued: {
      meaning: say('SIM Anda sudah diterbitkan.', 'Your SIM has been issued.'),
      nextSteps: [
        say(
          'Ambil SIM Anda dengan membawa tanda terima dan KTP asli.',
          'Collect your SIM, bringing your receipt and original ID card (KTP).',
        ),
      ],
    },
  },
  skck_applications: {
    issued: {
      meaning: say('SKCK Anda sudah diterbitkan.', 'Your police clearance (SKCK) has been issued.'),
      nextSteps: [
        say(
          'Ambil SKCK Anda dengan membawa tanda terima dan KTP asli.',
          'Collect your SKCK, bringing your receipt and original ID card (KTP).',
        ),
      ],
    },
  },
  lost_item_reports: {
    submitted: {
      meaning: say('Laporan kehilangan Anda sedang diproses.', 'Your lost-item report is being processed.'),
      nextSteps: [
        say(
          'Tidak perlu tindakan. Surat keterangan dapat diunduh di halaman ini setelah terbit.',
          'Nothing to do. The letter can be downloaded from this page once it is issued.',
        ),
      ],
    },
    issued: {
      meaning: say(
        'Surat Keterangan Tanda Lapor Kehilangan (SKTLK) sudah diterbitkan.',
        'The lost-item report letter (SKTLK) has been issued.',
      ),
      nextSteps: [
        say(
          'Unduh surat keterangan di halaman ini, lalu gunakan untuk mengurus dokumen pengganti.',
          'Download the letter from this page and use it to apply for replacement documents.',
        ),
      ],
    },
    cancelled: {
      meaning: say('Laporan kehilangan dibatalkan.', 'The lost-item report was cancelled.'),
      nextSteps: [say('Buat laporan baru bila masih diperlukan.', 'File a new report if you still need one.')],
    },
  },
  crowd_permit_requests: {
    approved: {
      meaning: say('Izin keramaian disetujui.', 'The crowd permit has been approved.'),
      nextSteps: [
        say(
          'Ambil surat izin sesuai petunjuk petugas sebelum acara dimulai.',
          'Collect the permit letter as the officer tells you, before the event starts.',
        ),
      ],
    },
  },
};

const unknownStatus: StatusText = {
  meaning: say('Status permohonan Anda tercatat di sistem.', 'The status of your application is on record.'),
  nextSteps: [say('Hubungi petugas untuk keterangan lebih lanjut.', 'Contact an officer for more information.')],
};

/** Steps when staff gave a reason: the reason says what is missing, so the resident is told to act on it. */
const withReason: Readonly<Record<string, readonly Label[]>> = {
  rejected: [
    say(
      'Baca alasan di atas. Lengkapi kekurangannya, lalu ajukan permohonan baru di unit keliling atau di kantor Polres.',
      'Read the reason above. Complete what is missing, then apply again at the mobile unit or the Polres office.',
    ),
    say(
      'Bila ada yang kurang jelas, hubungi kantor Polres dengan menyebutkan nomor tanda terima.',
      'If anything is unclear, contact the Polres office and give your receipt number.',
    ),
  ],
  cancelled: [
    say(
      'Baca alasan di atas. Ajukan permohonan baru bila masih diperlukan.',
      'Read the reason above. Apply again if you still need it.',
    ),
  ],
};
const reasonStepWhileOpen = say(
  'Baca catatan petugas di atas dan siapkan yang diminta.',
  "Read the officer's note above and prepare what is asked for.",
);

function textFor(entity: string, status: string): StatusText {
  return byService[entity]?.[status] ?? generic[status] ?? unknownStatus;
}

/**
 * The resident's reading of a record's status: title, meaning, what to do next, and the reason staff wrote
 * (`statusReason`), which changes the next steps (what to fix and where to apply again).
 */
export function citizenStatus(entity: string, status: string, lang: Lang, reason?: string | null): CitizenStatus {
  const text = textFor(entity, status);
  const written = typeof reason === 'string' && reason.trim() !== '' ? reason.trim() : null;
  const steps = written ? (withReason[status] ?? [reasonStepWhileOpen, ...text.nextSteps]) : text.nextSteps;
  return {
    title: statusLabel(status, lang),
    meaning: text.meaning[lang],
    nextSteps: steps.map((s) => s[lang]),
    reason: written,
  };
}

/** Every entity and status with its own text (for tests and the documentation). */
export const citizenStatusKeys = {
  generic: Object.keys(generic),
  byService: Object.fromEntries(Object.entries(byService).map(([e, t]) => [e, Object.keys(t)])),
};

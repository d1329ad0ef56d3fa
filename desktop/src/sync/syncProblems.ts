import { msg } from '../i18n/i18n';

/**
 * What the sync panel tells the officer: each problem in plain Bahasa Indonesia (or English, as chosen), with what
 * to do about it. Pure (no I/O): the panel gathers the facts and passes its `t`, this turns them into sentences,
 * tests read them.
 */

/** The panel's translation function (i18next's `t`): a marked Indonesian text and its values → the shown text. */
export type Translate = (text: string, values?: Record<string, string | number>) => string;
export type SyncFacts = {
  online: boolean;
  /** Error code of the last failed round, null after a successful one. */
  errorCode: string | null;
  /** Changes waiting in the outbox. */
  pendingChanges: number;
  /** Records the server refused (undismissed rejections). */
  rejectedRecords: number;
  /** Photos a saved record refers to that the server does not have yet. */
  pendingUploads: number;
  /** Photos the server refused for good (their bytes did not match). */
  failedUploads: number;
  /** Why the last round's uploads stopped (error code), if they did. */
  uploadErrorCode: string | null;
  /** Open conflicts on this unit's records (cached from the server). */
  openConflicts: number;
  /** ISO instant of the last successful sync, null if never. */
  lastSuccessAt: string | null;
  now: number;
};

export type SyncProblem = {
  /** Stable id (also `data-code` in the panel). */
  code: string;
  severity: 'info' | 'warning' | 'error';
  /** What is wrong, in one sentence. */
  message: string;
  /** What the officer should do. */
  action: string;
};

const day = 24 * 3_600_000;

/** Round failures: what happened and what to do, by error code. */
const roundFailures: Record<string, Omit<SyncProblem, 'code'>> = {
  network_error: {
    severity: 'warning',
    message: msg('Server tidak dapat dihubungi.'),
    action: msg(
      'Periksa sinyal atau Wi-Fi dan alamat server, lalu tekan "Sinkronkan sekarang". Data tetap aman di perangkat ini.',
    ),
  },
  round_timeout: {
    severity: 'warning',
    message: msg('Jaringan terlalu lambat; sinkronisasi terhenti di tengah jalan.'),
    action: msg(
      'Tidak ada yang hilang. Cari sinyal yang lebih baik lalu tekan "Sinkronkan sekarang"; pengiriman dilanjutkan.',
    ),
  },
  rate_limited: {
    severity: 'info',
    message: msg('Server sedang sibuk melayani banyak perangkat.'),
    action: msg('Tidak perlu berbuat apa-apa: perangkat mencoba lagi sendiri sebentar lagi.'),
  },
  resync_required: {
    severity: 'info',
    message: msg('Server baru dipulihkan dari cadangan.'),
    action: msg(
      'Perangkat mengirim ulang semua datanya dan mengambil data baru secara otomatis. Biarkan aplikasi tetap terbuka dan tersambung.',
    ),
  },
  unauthorized: {
    severity: 'error',
    message: msg('Server tidak mengenali perangkat ini.'),
    action: msg(
      'Jangan hapus data. Hubungi admin Polres untuk mendaftarkan ulang perangkat; data yang belum terkirim akan dikirim setelahnya.',
    ),
  },
  device_revoked: {
    severity: 'error',
    message: msg('Perangkat ini telah dicabut oleh Polres.'),
    action: msg('Hubungi admin Polres sebelum memakai perangkat ini lagi.'),
  },
  batch_too_large: {
    severity: 'warning',
    message: msg('Kiriman terlalu besar untuk server.'),
    action: msg(
      'Perangkat membaginya menjadi kiriman kecil secara otomatis. Bila pesan ini tetap muncul, hubungi admin.',
    ),
  },
  invalid_response: {
    severity: 'error',
    message: msg('Jawaban server tidak dapat dibaca; mungkin versi server berbeda.'),
    action: msg('Muat ulang aplikasi untuk mendapatkan versi terbaru. Bila tetap gagal, hubungi admin.'),
  },
  local_error: {
    severity: 'error',
    message: msg('Penyimpanan di perangkat ini bermasalah.'),
    action: msg('Muat ulang aplikasi. Bila tetap gagal, jangan hapus data peramban; hubungi admin.'),
  },
};

function roundFailure(code: string, t: Translate): SyncProblem {
  const known = roundFailures[code];
  if (known) return { code, severity: known.severity, message: t(known.message), action: t(known.action) };
  return {
    code,
    severity: 'error',
    message: t('Sinkronisasi gagal (kode {{code}}).', { code }),
    action: t(
      'Tekan "Sinkronkan sekarang" untuk mencoba lagi. Bila tetap gagal, hubungi admin dan sebutkan kode {{code}}.',
      {
        code,
      },
    ),
  };
}

/** The problems to show, most urgent first; an empty list means all is well. */
export function syncProblems(facts: SyncFacts, t: Translate): SyncProblem[] {
  const out: SyncProblem[] = [];
  const waiting = facts.pendingChanges + facts.pendingUploads;
  if (!facts.online) {
    out.push({
      code: 'offline',
      severity: 'info',
      message:
        waiting > 0
          ? t('Perangkat sedang luring. {{changes}} perubahan dan {{photos}} foto tersimpan aman di perangkat ini.', {
              changes: facts.pendingChanges,
              photos: facts.pendingUploads,
            })
          : t('Perangkat sedang luring. Pekerjaan tetap bisa dilanjutkan.'),
      action: t('Sambungkan ke jaringan (Wi-Fi atau tethering ponsel); pengiriman berjalan sendiri begitu tersambung.'),
    });
  } else if (facts.errorCode) {
    out.push(roundFailure(facts.errorCode, t));
  }
  if (facts.rejectedRecords > 0) {
    out.push({
      code: 'rejected_records',
      severity: 'error',
      message: t('{{count}} data ditolak server. Isian petugas tetap tersimpan dan terlihat.', {
        count: facts.rejectedRecords,
      }),
      action: t(
        'Buka "Data tercatat", pilih status sinkron "Ditolak", baca alasannya di halaman data, lalu perbaiki atau batalkan.',
      ),
    });
  }
  if (facts.openConflicts > 0) {
    out.push({
      code: 'open_conflicts',
      severity: 'warning',
      message: t('{{count}} data diubah bersamaan di dua tempat; kedua isian disimpan.', {
        count: facts.openConflicts,
      }),
      action: t('Buka data tersebut dan periksa bagian "Konflik"; simpan isian yang benar sebagai perubahan baru.'),
    });
  }
  if (facts.failedUploads > 0) {
    out.push({
      code: 'upload_refused',
      severity: 'error',
      message: t('{{count}} foto ditolak server karena isinya rusak.', { count: facts.failedUploads }),
      action: t('Buka data yang fotonya bertanda "Ditolak" dan ambil ulang fotonya.'),
    });
  }
  if (facts.online && facts.pendingUploads > 0 && facts.uploadErrorCode && facts.uploadErrorCode !== facts.errorCode) {
    out.push({
      code: 'upload_stalled',
      severity: 'warning',
      message: t('{{count}} foto belum terunggah (kode {{code}}).', {
        count: facts.pendingUploads,
        code: facts.uploadErrorCode,
      }),
      action: t(
        'Unggahan dilanjutkan dari titik terakhir pada sinkronisasi berikutnya. Tekan "Sinkronkan sekarang" bila sinyal sudah baik.',
      ),
    });
  }
  const last = facts.lastSuccessAt ? Date.parse(facts.lastSuccessAt) : null;
  if (waiting > 0 && (last === null || facts.now - last > day)) {
    out.push({
      code: 'stale',
      severity: 'warning',
      message:
        last === null
          ? t('Perangkat ini belum pernah berhasil sinkron, dan ada pekerjaan yang menunggu.')
          : t('Pekerjaan di perangkat ini belum terkirim lebih dari sehari.'),
      action: t(
        'Sambungkan perangkat ke jaringan hari ini. Jangan keluar dari peramban dengan "hapus data" sebelum semuanya terkirim.',
      ),
    });
  }
  return out;
}

/**
 * What the sync panel tells the officer: each problem in plain Bahasa Indonesia, with what to do about it.
 * Pure (no I/O): the panel gathers the facts, this turns them into sentences, tests read them.
 */
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
    message: 'Server tidak dapat dihubungi.',
    action:
      'Periksa sinyal atau Wi-Fi dan alamat server, lalu tekan "Sinkronkan sekarang". Data tetap aman di perangkat ini.',
  },
  round_timeout: {
    severity: 'warning',
    message: 'Jaringan terlalu lambat; sinkronisasi terhenti di tengah jalan.',
    action:
      'Tidak ada yang hilang. Cari sinyal yang lebih baik lalu tekan "Sinkronkan sekarang"; pengiriman dilanjutkan.',
  },
  rate_limited: {
    severity: 'info',
    message: 'Server sedang sibuk melayani banyak perangkat.',
    action: 'Tidak perlu berbuat apa-apa: perangkat mencoba lagi sendiri sebentar lagi.',
  },
  resync_required: {
    severity: 'info',
    message: 'Server baru dipulihkan dari cadangan.',
    action:
      'Perangkat mengirim ulang semua datanya dan mengambil data baru secara otomatis. Biarkan aplikasi tetap terbuka dan tersambung.',
  },
  unauthorized: {
    severity: 'error',
    message: 'Server tidak mengenali perangkat ini.',
    action:
      'Jangan hapus data. Hubungi admin Polres untuk mendaftarkan ulang perangkat; data yang belum terkirim akan dikirim setelahnya.',
  },
  device_revoked: {
    severity: 'error',
    message: 'Perangkat ini telah dicabut oleh Polres.',
    action: 'Hubungi admin Polres sebelum memakai perangkat ini lagi.',
  },
  batch_too_large: {
    severity: 'warning',
    message: 'Kiriman terlalu besar untuk server.',
    action: 'Perangkat membaginya menjadi kiriman kecil secara otomatis. Bila pesan ini tetap muncul, hubungi admin.',
  },
  invalid_response: {
    severity: 'error',
    message: 'Jawaban server tidak dapat dibaca; mungkin versi server berbeda.',
    action: 'Muat ulang aplikasi untuk mendapatkan versi terbaru. Bila tetap gagal, hubungi admin.',
  },
  local_error: {
    severity: 'error',
    message: 'Penyimpanan di perangkat ini bermasalah.',
    action: 'Muat ulang aplikasi. Bila tetap gagal, jangan hapus data peramban; hubungi admin.',
  },
};

function roundFailure(code: string): SyncProblem {
  const known = roundFailures[code];
  if (known) return { code, ...known };
  return {
    code,
    severity: 'error',
    message: `Sinkronisasi gagal (kode ${code}).`,
    action: `Tekan "Sinkronkan sekarang" untuk mencoba lagi. Bila tetap gagal, hubungi admin dan sebutkan kode ${code}.`,
  };
}

/** The problems to show, most urgent first; an empty list means all is well. */
export function syncProblems(facts: SyncFacts): SyncProblem[] {
  const out: SyncProblem[] = [];
  const waiting = facts.pendingChanges + facts.pendingUploads;
  if (!facts.online) {
    out.push({
      code: 'offline',
      severity: 'info',
      message:
        waiting > 0
          ? `Perangkat sedang luring. ${facts.pendingChanges} perubahan dan ${facts.pendingUploads} foto tersimpan aman di perangkat ini.`
          : 'Perangkat sedang luring. Pekerjaan tetap bisa dilanjutkan.',
      action: 'Sambungkan ke jaringan (Wi-Fi atau tethering ponsel); pengiriman berjalan sendiri begitu tersambung.',
    });
  } else if (facts.errorCode) {
    out.push(roundFailure(facts.errorCode));
  }
  if (facts.rejectedRecords > 0) {
    out.push({
      code: 'rejected_records',
      severity: 'error',
      message: `${facts.rejectedRecords} data ditolak server. Isian petugas tetap tersimpan dan terlihat.`,
      action:
        'Buka "Data tercatat", pilih status sinkron "Ditolak", baca alasannya di halaman data, lalu perbaiki atau batalkan.',
    });
  }
  if (facts.openConflicts > 0) {
    out.push({
      code: 'open_conflicts',
      severity: 'warning',
      message: `${facts.openConflicts} data diubah bersamaan di dua tempat; kedua isian disimpan.`,
      action: 'Buka data tersebut dan periksa bagian "Konflik"; simpan isian yang benar sebagai perubahan baru.',
    });
  }
  if (facts.failedUploads > 0) {
    out.push({
      code: 'upload_refused',
      severity: 'error',
      message: `${facts.failedUploads} foto ditolak server karena isinya rusak.`,
      action: 'Buka data yang fotonya bertanda "Ditolak" dan ambil ulang fotonya.',
    });
  }
  if (facts.online && facts.pendingUploads > 0 && facts.uploadErrorCode && facts.uploadErrorCode !== facts.errorCode) {
    out.push({
      code: 'upload_stalled',
      severity: 'warning',
      message: `${facts.pendingUploads} foto belum terunggah (kode ${facts.uploadErrorCode}).`,
      action:
        'Unggahan dilanjutkan dari titik terakhir pada sinkronisasi berikutnya. Tekan "Sinkronkan sekarang" bila sinyal sudah baik.',
    });
  }
  const last = facts.lastSuccessAt ? Date.parse(facts.lastSuccessAt) : null;
  if (waiting > 0 && (last === null || facts.now - last > day)) {
    out.push({
      code: 'stale',
      severity: 'warning',
      message:
        last === null
          ? 'Perangkat ini belum pernah berhasil sinkron, dan ada pekerjaan yang menunggu.'
          : 'Pekerjaan di perangkat ini belum terkirim lebih dari sehari.',
      action:
        'Sambungkan perangkat ke jaringan hari ini. Jangan keluar dari peramban dengan "hapus data" sebelum semuanya terkirim.',
    });
  }
  return out;
}

import { isLabelKey, label } from '@keliling/domain';

export type StatusMeaning = { title: string; meaning: string; nextSteps: string[] };

/** What each status means for the citizen, and what to do next, in plain Bahasa Indonesia. */
const meanings: Record<string, Omit<StatusMeaning, 'title'>> = {
  draft: {
    meaning: 'Permohonan masih dicatat oleh petugas dan belum diajukan.',
    nextSteps: ['Lengkapi data dan dokumen bersama petugas unit keliling.'],
  },
  submitted: {
    meaning: 'Permohonan sudah diterima dan menunggu pemeriksaan berkas.',
    nextSteps: ['Tidak perlu tindakan. Simpan tanda terima Anda.', 'Cek kembali halaman ini dalam 1–2 hari kerja.'],
  },
  verified: {
    meaning: 'Berkas sudah diperiksa dan dinyatakan lengkap. Permohonan menunggu persetujuan Polres.',
    nextSteps: ['Tidak perlu tindakan. Cek kembali halaman ini dalam 1–2 hari kerja.'],
  },
  approved: {
    meaning: 'Permohonan disetujui. Dokumen sedang disiapkan untuk diterbitkan.',
    nextSteps: ['Tunggu pemberitahuan penerbitan, atau cek kembali halaman ini.'],
  },
  issued: {
    meaning: 'Dokumen sudah diterbitkan.',
    nextSteps: [
      'Ambil dokumen di unit keliling atau kantor Polres sesuai petunjuk petugas.',
      'Bawa tanda terima dan KTP asli.',
    ],
  },
  rejected: {
    meaning: 'Permohonan tidak dapat disetujui.',
    nextSteps: [
      'Hubungi kantor Polres atau petugas unit keliling untuk mengetahui alasannya.',
      'Anda dapat mengajukan permohonan baru setelah kekurangan dipenuhi.',
    ],
  },
  cancelled: {
    meaning: 'Permohonan dibatalkan.',
    nextSteps: ['Ajukan permohonan baru bila masih diperlukan.'],
  },
  forwarded: {
    meaning: 'Permohonan sudah diteruskan ke pejabat yang berwenang memutuskan.',
    nextSteps: ['Tunggu keputusan; cek kembali halaman ini secara berkala.'],
  },
  received: {
    meaning: 'Laporan Anda sudah diterima.',
    nextSteps: ['Petugas akan menindaklanjuti. Cek kembali halaman ini secara berkala.'],
  },
  in_progress: {
    meaning: 'Laporan Anda sedang ditangani petugas.',
    nextSteps: ['Tidak perlu tindakan. Petugas dapat menghubungi Anda bila perlu keterangan.'],
  },
  resolved: { meaning: 'Laporan Anda sudah selesai ditangani.', nextSteps: [] },
  referred: {
    meaning: 'Laporan Anda dilimpahkan ke satuan atau instansi yang berwenang.',
    nextSteps: ['Cek kembali halaman ini, atau hubungi kantor Polres.'],
  },
  closed: { meaning: 'Laporan Anda sudah ditutup.', nextSteps: [] },
};

/**
 * The status's title and meaning, and the next steps: the server's, when it sends any, else the page's own.
 */
export function statusMeaning(status: string, statusLabel?: string, serverSteps?: string | string[] | null): StatusMeaning {
  const known = meanings[status];
  const key = `status.${status}`;
  const title = statusLabel ?? (isLabelKey(key) ? label(key, 'id') : status);
  const fromServer = typeof serverSteps === 'string' ? [serverSteps] : (serverSteps ?? []);
  const steps = fromServer.filter((s) => s.trim() !== '');
  return {
    title,
    meaning: known?.meaning ?? 'Status permohonan Anda tercatat di sistem.',
    nextSteps: steps.length > 0 ? steps : (known?.nextSteps ?? []),
  };
}

export const notFoundMessage = 'Data tidak ditemukan. Periksa nomor tanda terima dan 4 digit terakhir NIK.';
export const rateLimitedMessage = (seconds: number) => `Terlalu banyak percobaan, coba lagi dalam ${seconds} detik`;

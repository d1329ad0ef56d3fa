import { isLabelKey, type Lang, label } from '@keliling/domain';
import type { TFunction } from 'i18next';
import { msg } from '../i18n/i18n';

export type StatusMeaning = { title: string; meaning: string; nextSteps: string[] };

/** What each status means for the citizen, and what to do next, in plain Bahasa Indonesia (English through `t`). */
const meanings: Record<string, Omit<StatusMeaning, 'title'>> = {
  draft: {
    meaning: msg('Permohonan masih dicatat oleh petugas dan belum diajukan.'),
    nextSteps: [msg('Lengkapi data dan dokumen bersama petugas unit keliling.')],
  },
  submitted: {
    meaning: msg('Permohonan sudah diterima dan menunggu pemeriksaan berkas.'),
    nextSteps: [
      msg('Tidak perlu tindakan. Simpan tanda terima Anda.'),
      msg('Cek kembali halaman ini dalam 1–2 hari kerja.'),
    ],
  },
  verified: {
    meaning: msg('Berkas sudah diperiksa dan dinyatakan lengkap. Permohonan menunggu persetujuan Polres.'),
    nextSteps: [msg('Tidak perlu tindakan. Cek kembali halaman ini dalam 1–2 hari kerja.')],
  },
  approved: {
    meaning: msg('Permohonan disetujui. Dokumen sedang disiapkan untuk diterbitkan.'),
    nextSteps: [msg('Tunggu pemberitahuan penerbitan, atau cek kembali halaman ini.')],
  },
  issued: {
    meaning: msg('Dokumen sudah diterbitkan.'),
    nextSteps: [
      msg('Ambil dokumen di unit keliling atau kantor Polres sesuai petunjuk petugas.'),
      msg('Bawa tanda terima dan KTP asli.'),
    ],
  },
  rejected: {
    meaning: msg('Permohonan tidak dapat disetujui.'),
    nextSteps: [
      msg('Hubungi kantor Polres atau petugas unit keliling untuk mengetahui alasannya.'),
      msg('Anda dapat mengajukan permohonan baru setelah kekurangan dipenuhi.'),
    ],
  },
  cancelled: {
    meaning: msg('Permohonan dibatalkan.'),
    nextSteps: [msg('Ajukan permohonan baru bila masih diperlukan.')],
  },
  forwarded: {
    meaning: msg('Permohonan sudah diteruskan ke pejabat yang berwenang memutuskan.'),
    nextSteps: [msg('Tunggu keputusan; cek kembali halaman ini secara berkala.')],
  },
  received: {
    meaning: msg('Laporan Anda sudah diterima.'),
    nextSteps: [msg('Petugas akan menindaklanjuti. Cek kembali halaman ini secara berkala.')],
  },
  in_progress: {
    meaning: msg('Laporan Anda sedang ditangani petugas.'),
    nextSteps: [msg('Tidak perlu tindakan. Petugas dapat menghubungi Anda bila perlu keterangan.')],
  },
  resolved: { meaning: msg('Laporan Anda sudah selesai ditangani.'), nextSteps: [] },
  referred: {
    meaning: msg('Laporan Anda dilimpahkan ke satuan atau instansi yang berwenang.'),
    nextSteps: [msg('Cek kembali halaman ini, atau hubungi kantor Polres.')],
  },
  closed: { meaning: msg('Laporan Anda sudah ditutup.'), nextSteps: [] },
};

/**
 * The status's title and meaning, and the next steps: the server's, when it sends any, else the page's own.
 * The server answers in Bahasa Indonesia, so in English the title comes from the domain's catalogue and the steps
 * are the page's own. Meaning and steps are Indonesian keys: show them through `t`.
 */
export function statusMeaning(
  status: string,
  statusLabel?: string,
  serverSteps?: string | string[] | null,
  lang: Lang = 'id',
): StatusMeaning {
  const known = meanings[status];
  const key = `status.${status}`;
  const catalogued = isLabelKey(key) ? label(key, lang) : null;
  const title = (lang === 'id' ? statusLabel : undefined) ?? catalogued ?? statusLabel ?? status;
  const fromServer = lang === 'id' ? (typeof serverSteps === 'string' ? [serverSteps] : (serverSteps ?? [])) : [];
  const steps = fromServer.filter((s) => s.trim() !== '');
  return {
    title,
    meaning: known?.meaning ?? msg('Status permohonan Anda tercatat di sistem.'),
    nextSteps: steps.length > 0 ? steps : (known?.nextSteps ?? []),
  };
}

export const notFoundMessage = msg('Data tidak ditemukan. Periksa nomor tanda terima dan 4 digit terakhir NIK.');
const rateLimitedText = msg('Terlalu banyak percobaan, coba lagi dalam {{count}} detik');
export const rateLimitedMessage = (seconds: number, t?: TFunction): string =>
  t ? t(rateLimitedText, { count: seconds }) : rateLimitedText.replace('{{count}}', String(seconds));

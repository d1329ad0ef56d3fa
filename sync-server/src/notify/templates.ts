/**
 * Messages to applicants per entity and status, in Bahasa Indonesia (data, not code). `{receiptNumber}` and
 * `{statusLabel}` are filled in; statuses without a template send nothing.
 */
export const notificationTemplates: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sim_applications: {
    submitted: 'Permohonan SIM Anda ({receiptNumber}) telah kami terima dan sedang diproses.',
    verified: 'Berkas permohonan SIM Anda ({receiptNumber}) telah diverifikasi.',
    approved: 'Permohonan SIM Anda ({receiptNumber}) disetujui. SIM sedang disiapkan.',
    issued: 'SIM Anda ({receiptNumber}) telah diterbitkan. Silakan ambil sesuai petunjuk petugas.',
    rejected: 'Permohonan SIM Anda ({receiptNumber}) ditolak. Hubungi petugas untuk keterangan.',
    cancelled: 'Permohonan SIM Anda ({receiptNumber}) dibatalkan.',
  },
  skck_applications: {
    submitted: 'Permohonan SKCK Anda ({receiptNumber}) telah kami terima dan sedang diproses.',
    verified: 'Berkas permohonan SKCK Anda ({receiptNumber}) telah diverifikasi.',
    approved: 'Permohonan SKCK Anda ({receiptNumber}) disetujui.',
    issued: 'SKCK Anda ({receiptNumber}) telah diterbitkan. Silakan ambil sesuai petunjuk petugas.',
    rejected: 'Permohonan SKCK Anda ({receiptNumber}) ditolak. Hubungi petugas untuk keterangan.',
    cancelled: 'Permohonan SKCK Anda ({receiptNumber}) dibatalkan.',
  },
  lost_item_reports: {
    issued: 'Surat Keterangan Tanda Lapor Kehilangan Anda ({receiptNumber}) telah diterbitkan.',
    cancelled: 'Laporan kehilangan Anda ({receiptNumber}) dibatalkan.',
  },
  complaints: {
    in_progress: 'Pengaduan Anda ({receiptNumber}) sedang ditindaklanjuti.',
    resolved: 'Pengaduan Anda ({receiptNumber}) telah selesai ditangani.',
    referred: 'Pengaduan Anda ({receiptNumber}) telah dilimpahkan ke instansi yang berwenang.',
    closed: 'Pengaduan Anda ({receiptNumber}) telah ditutup. Terima kasih.',
  },
  crowd_permit_requests: {
    verified: 'Berkas permohonan izin keramaian Anda ({receiptNumber}) telah diverifikasi.',
    forwarded: 'Permohonan izin keramaian Anda ({receiptNumber}) telah diteruskan ke pejabat yang berwenang.',
    approved: 'Izin keramaian Anda ({receiptNumber}) disetujui.',
    rejected: 'Permohonan izin keramaian Anda ({receiptNumber}) ditolak. Hubungi petugas untuk keterangan.',
    cancelled: 'Permohonan izin keramaian Anda ({receiptNumber}) dibatalkan.',
  },
};

export function notificationText(entity: string, status: string, values: { receiptNumber: string }): string | null {
  const template = notificationTemplates[entity]?.[status];
  if (template === undefined) return null;
  return template.replaceAll('{receiptNumber}', values.receiptNumber);
}

/** What a citizen should do next, per service and status (Bahasa Indonesia; data, not code). */
export const nextSteps: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sim_applications: {
    draft: 'Lengkapi permohonan Anda bersama petugas SIM Keliling.',
    submitted: 'Permohonan sedang diperiksa. Simpan tanda terima Anda.',
    verified: 'Berkas telah diverifikasi. Tunggu persetujuan dari Satpas.',
    approved: 'Permohonan disetujui. SIM sedang dicetak.',
    issued: 'SIM telah diterbitkan. Ambil SIM Anda dengan membawa tanda terima dan KTP.',
    rejected: 'Permohonan ditolak. Hubungi petugas atau Satpas untuk keterangan lebih lanjut.',
    cancelled: 'Permohonan dibatalkan. Ajukan permohonan baru bila masih diperlukan.',
  },
  skck_applications: {
    draft: 'Lengkapi permohonan Anda bersama petugas.',
    submitted: 'Permohonan sedang diperiksa. Simpan tanda terima Anda.',
    verified: 'Berkas telah diverifikasi. Tunggu persetujuan.',
    approved: 'Permohonan disetujui. SKCK sedang disiapkan.',
    issued: 'SKCK telah diterbitkan. Ambil SKCK Anda dengan membawa tanda terima dan KTP.',
    rejected: 'Permohonan ditolak. Hubungi petugas untuk keterangan lebih lanjut.',
    cancelled: 'Permohonan dibatalkan. Ajukan permohonan baru bila masih diperlukan.',
  },
  lost_item_reports: {
    submitted: 'Laporan Anda sedang diproses.',
    issued: 'Surat keterangan kehilangan telah diterbitkan. Gunakan untuk mengurus dokumen pengganti.',
    cancelled: 'Laporan dibatalkan.',
  },
  complaints: {
    received: 'Pengaduan Anda telah diterima dan akan ditindaklanjuti.',
    in_progress: 'Pengaduan Anda sedang ditindaklanjuti petugas.',
    resolved: 'Pengaduan Anda telah ditangani.',
    referred: 'Pengaduan Anda dilimpahkan ke instansi yang berwenang.',
    closed: 'Pengaduan Anda telah ditutup. Terima kasih.',
  },
  crowd_permit_requests: {
    draft: 'Lengkapi permohonan Anda bersama petugas.',
    submitted: 'Permohonan sedang diperiksa.',
    verified: 'Berkas telah diverifikasi dan akan diteruskan.',
    forwarded: 'Permohonan telah diteruskan ke pejabat yang berwenang. Tunggu keputusan.',
    approved: 'Izin disetujui. Ambil surat izin sesuai petunjuk petugas.',
    rejected: 'Permohonan ditolak. Hubungi petugas untuk keterangan lebih lanjut.',
    cancelled: 'Permohonan dibatalkan.',
  },
};

export function nextStepsFor(entity: string, status: string): string {
  return nextSteps[entity]?.[status] ?? 'Hubungi petugas untuk keterangan lebih lanjut.';
}

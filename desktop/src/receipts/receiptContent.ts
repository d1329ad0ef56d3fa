import { type EntityName, isLabelKey, label, serviceUtcOffsetMinutes, statusLabel } from '@keliling/domain';

/** The public status page's address for a receipt (the page a resident's phone opens from the QR code). */
export function statusLink(serverUrl: string, receiptNumber: string): string {
  const base = serverUrl.replace(/\/+$/, '');
  return `${base}/status?r=${encodeURIComponent(receiptNumber)}`;
}

/** What the resident does next, per service, in Bahasa Indonesia. */
export function nextSteps(entity: EntityName, fields: Readonly<Record<string, unknown>>): string[] {
  const lookup = fields.accessCode
    ? `Cek status di halaman status dengan nomor tanda terima dan kode akses ${String(fields.accessCode)}.`
    : 'Cek status di halaman status (pindai kode QR) dengan nomor tanda terima dan 4 digit terakhir NIK.';
  switch (entity) {
    case 'sim_applications':
      return [
        'Simpan tanda terima ini sampai SIM diterima.',
        'Permohonan diperiksa petugas; SIM dicetak setelah disetujui dan diserahkan di mobil SIM Keliling atau Satpas.',
        'Bawa KTP asli dan SIM lama saat pengambilan.',
        lookup,
      ];
    case 'skck_applications':
      return [
        'Simpan tanda terima ini sampai SKCK diterima.',
        'SKCK diterbitkan setelah dokumen dan sidik jari diverifikasi; ambil di Polres dengan KTP asli.',
        lookup,
      ];
    case 'lost_item_reports':
      return [
        'Surat Keterangan Tanda Lapor Kehilangan (SKTLK) diberikan petugas; layanan ini gratis.',
        'Gunakan SKTLK untuk mengurus dokumen pengganti di instansi penerbitnya (Dukcapil, bank, Samsat, sekolah).',
        lookup,
      ];
    case 'complaints':
      return ['Pengaduan Anda dicatat dan akan ditindaklanjuti petugas.', lookup];
    case 'crowd_permit_requests': {
      const levelKey = `issuingLevel.${String(fields.issuingLevel)}`;
      const level = isLabelKey(levelKey) ? label(levelKey, 'id') : 'pejabat yang berwenang';
      return [
        `Permohonan diteruskan ke ${level} untuk diputuskan.`,
        'Lengkapi dokumen yang belum ada paling lambat 14 hari kerja sebelum kegiatan (21 hari kerja untuk kegiatan nasional).',
        lookup,
      ];
    }
    default:
      return [lookup];
  }
}

/** The record's date as printed: the service day in WIB, with the time. */
export function printedAt(createdAt: unknown): string {
  if (typeof createdAt !== 'string' || !Number.isFinite(Date.parse(createdAt))) return '';
  const local = new Date(Date.parse(createdAt) + serviceUtcOffsetMinutes * 60_000);
  const formatted = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(
    local,
  );
  return `${formatted} WIB`;
}

export function statusText(status: unknown): string {
  return typeof status === 'string' ? statusLabel(status, 'id') : '';
}

import { isLabelKey, label } from '@keliling/domain';
import PDFDocument from 'pdfkit';
import type { MonthlyReport } from './monthly.js';

export type MonthlyPdfHeader = {
  unitName: string;
  polres: string | null;
  /** Who asked for it and when, printed in the footer. */
  generatedBy: string;
  generatedAt: string;
};

const monthNames = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

const labelOr = (key: string, fallback: string) => (isLabelKey(key) ? label(key, 'id') : fallback);
const number = (n: number) => n.toLocaleString('id-ID');
export const rupiah = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;

/** "2026-11" → "November 2026". */
export function monthTitle(month: string): string {
  const [year, m] = month.split('-');
  return `${monthNames[Number(m) - 1] ?? m} ${year}`;
}

/** The printed lines of the report, in order: the PDF draws exactly these, and tests read them back. */
export function monthlyPdfLines(report: MonthlyReport): { heading: string; rows: [string, string][] }[] {
  const services = Object.entries(report.services).sort(([a], [b]) => a.localeCompare(b));
  const serviceRows: [string, string][] = services.flatMap(([entity, byStatus]) => {
    const total = Object.values(byStatus).reduce((s, n) => s + n, 0);
    const detail = Object.entries(byStatus)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, n]) => `${labelOr(`status.${status}`, status)} ${number(n)}`)
      .join(', ');
    return [[labelOr(`entity.${entity}`, entity), `${number(total)} (${detail})`]];
  });
  return [
    {
      heading: '1. Layanan yang diberikan',
      rows: serviceRows.length > 0 ? serviceRows : [['Tidak ada permohonan pada bulan ini', '0']],
    },
    {
      heading: '2. Desa yang dikunjungi',
      rows: [
        ['Kunjungan selesai', number(report.visitsDone)],
        ['Desa berbeda', number(report.villagesVisited.length)],
        ...(report.villagesVisited.length > 0
          ? [['Kode desa', report.villagesVisited.join(', ')] as [string, string]]
          : []),
      ],
    },
    {
      heading: '3. Biaya PNBP (SIM dan SKCK disetujui/terbit)',
      rows: [['Jumlah diterima', rupiah(report.feesRupiah)]],
    },
    {
      heading: '4. Penyuluhan hukum',
      rows: [
        ['Sesi', number(report.outreach.sessions)],
        ['Peserta laki-laki', number(report.outreach.attendeesMale)],
        ['Peserta perempuan', number(report.outreach.attendeesFemale)],
        ['Jumlah peserta', number(report.outreach.attendees)],
      ],
    },
  ];
}

/** The printable monthly report of one unit (A4, standard fonts, uncompressed so it stays inspectable). */
export function renderMonthlyPdf(report: MonthlyReport, header: MonthlyPdfHeader): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: false,
    info: {
      Title: `Laporan Bulanan ${header.unitName} ${monthTitle(report.month)}`,
      Author: 'Keliling',
      Subject: 'Laporan bulanan unit pelayanan keliling',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font('Helvetica-Bold').fontSize(16).text('LAPORAN BULANAN PELAYANAN KELILING');
  doc.font('Helvetica').fontSize(11).moveDown(0.3);
  doc.text(`Unit: ${header.unitName}${header.polres ? ` (Polres ${header.polres})` : ''}`);
  doc.text(`Bulan: ${monthTitle(report.month)}`);
  doc.moveDown(0.5);
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .stroke('#888888');
  doc.moveDown(0.8);

  for (const section of monthlyPdfLines(report)) {
    doc.font('Helvetica-Bold').fontSize(12).text(section.heading);
    doc.moveDown(0.3);
    doc.font('Helvetica').fontSize(10.5);
    for (const [name, value] of section.rows) {
      const y = doc.y;
      doc.text(name, left + 12, y, { width: 190 });
      const nameBottom = doc.y;
      doc.text(value, left + 210, y, { width: width - 210 });
      doc.y = Math.max(nameBottom, doc.y) + 3;
    }
    doc.x = left;
    doc.moveDown(0.8);
  }

  doc.moveDown(1);
  doc
    .font('Helvetica-Oblique')
    .fontSize(8.5)
    .fillColor('#555555')
    .text(
      `Dibuat oleh ${header.generatedBy} pada ${header.generatedAt} dari data yang telah disinkronkan ke server. ` +
        'Angka sama dengan laporan bulanan JSON (GET /api/v1/reports/monthly).',
      left,
      doc.y,
      { width },
    );
  doc.end();
  return done;
}

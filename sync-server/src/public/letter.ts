import { isLabelKey, label } from '@keliling/domain';
import type { SqliteDatabase } from '../db/open.js';
import type { StoredRecord } from '../store/types.js';

/** PDF text: printable ASCII only (the standard Helvetica font's safe range), with `\`, `(` and `)` escaped. */
function pdfText(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[^\x20-\x7e]/g, '');
  return ascii.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** Splits a long line at spaces so it fits the page (about `width` characters of 11 pt Helvetica). */
function wrap(text: string, width = 88): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = '';
    }
    line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A one-page PDF 1.4 of text lines (Helvetica), with a correct cross-reference table. */
export function textPdf(lines: { text: string; bold?: boolean; size?: number }[]): Buffer {
  let y = 800;
  const content = lines
    .map(({ text, bold, size }) => {
      const s = size ?? 11;
      y -= s + 7;
      return `BT /${bold ? 'F2' : 'F1'} ${s} Tf 56 ${y} Td (${pdfText(text)}) Tj ET`;
    })
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A lost item's name as the field app shows it (the domain's `lostItemType.*` labels), else its code. */
function itemName(itemType: string): string {
  const key = `lostItemType.${itemType}`;
  return isLabelKey(key) ? label(key, 'id') : itemType;
}

const longDate = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('id-ID', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The lost items of a report (child records by `reportId`). */
export function lostItemsOf(db: SqliteDatabase, reportId: string): Record<string, unknown>[] {
  const rows = db
    .prepare<[string], { entity_id: string }>(
      `SELECT f.entity_id FROM record_fields f JOIN records r ON r.entity = f.entity AND r.entity_id = f.entity_id
        WHERE f.entity = 'lost_items' AND f.field = 'reportId' AND f.value = json_quote(?) AND r.deleted = 0`,
    )
    .all(reportId);
  const field = db.prepare<[string], { field: string; value: string }>(
    `SELECT field, value FROM record_fields WHERE entity = 'lost_items' AND entity_id = ?`,
  );
  return rows.map((r) => Object.fromEntries(field.all(r.entity_id).map((f) => [f.field, JSON.parse(f.value)])));
}

/**
 * The SKTLK letter (Surat Keterangan Tanda Lapor Kehilangan) of an issued lost-item report, as a simple PDF: the
 * letter number HQ issued, the reporter, and the items. It is a copy for the resident; the signed letter is
 * HQ's.
 */
export function sktlkPdf(report: StoredRecord, items: Record<string, unknown>[], unitName: string): Buffer {
  const f = report.fields as Record<string, string>;
  const lines: { text: string; bold?: boolean; size?: number }[] = [
    { text: 'KEPOLISIAN NEGARA REPUBLIK INDONESIA', bold: true },
    { text: unitName.toUpperCase(), bold: true },
    { text: '' },
    { text: 'SURAT KETERANGAN TANDA LAPOR KEHILANGAN', bold: true, size: 13 },
    { text: `Nomor: ${f.letterNumber ?? '-'}` },
    { text: '' },
    { text: 'Yang bertanda tangan di bawah ini menerangkan bahwa telah datang melapor:' },
    { text: `Nama: ${f.fullName ?? '-'}` },
    { text: `NIK: ${f.nik ?? '-'}` },
    { text: `Tempat/tanggal lahir: ${f.birthPlace ?? '-'}, ${f.birthDate ? longDate(f.birthDate) : '-'}` },
    ...wrap(`Alamat: ${f.address ?? '-'}`).map((text) => ({ text })),
    { text: '' },
    { text: `Telah kehilangan pada ${f.lostOn ? longDate(f.lostOn) : '-'} di ${f.lostPlace ?? '-'}:` },
    ...items.map((item, i) => ({
      text: `${i + 1}. ${itemName(String(item.itemType))}${item.identifier ? ` nomor ${String(item.identifier)}` : ''}${item.description ? ` (${String(item.description)})` : ''}`,
    })),
    { text: '' },
    ...wrap(`Kronologi: ${f.chronology ?? '-'}`).map((text) => ({ text })),
    { text: '' },
    {
      text: 'Surat keterangan ini berlaku untuk pengurusan dokumen pengganti dan bukan pengganti dokumen yang hilang.',
    },
    { text: `Nomor tanda terima: ${f.receiptNumber ?? '-'}` },
  ];
  return textPdf(lines);
}

import { label, lostItemTypes } from '@keliling/domain';
import { formatDate } from '../ui/format';
import { printedAt } from './receiptContent';
import './receipt.css';

type Item = { id: string; fields: Readonly<Record<string, unknown>> };

type Props = {
  letterNumber: string;
  report: Readonly<Record<string, unknown>>;
  items: readonly Item[];
  unitName: string;
  officerName: string;
};

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

function itemTypeLabel(type: unknown): string {
  const known = lostItemTypes.find((t) => t === type);
  return known ? label(`lostItemType.${known}`, 'id') : textOf(type);
}

/**
 * Surat Keterangan Tanda Lapor Kehilangan: the letter answering a lost-item report, listing every item. An official
 * letter handed to the resident: it stays in Bahasa Indonesia (dates too) whatever language the officer's screen
 * shows — no `t()` here on purpose; `lang="id"` tells screen readers.
 */
export function SktlkLetter({ letterNumber, report, items, unitName, officerName }: Props) {
  return (
    <article
      className="printable printable-letter letter-sheet"
      lang="id"
      data-testid="sktlk-letter"
      aria-labelledby="sktlk-title"
    >
      <header className="sheet-head">
        <div>
          <p className="sheet-org">KEPOLISIAN NEGARA REPUBLIK INDONESIA</p>
          <p className="sheet-unit">{unitName}</p>
        </div>
      </header>
      <h2 id="sktlk-title">SURAT KETERANGAN TANDA LAPOR KEHILANGAN</h2>
      <p className="letter-number mono" data-testid="sktlk-number">
        Nomor: {letterNumber}
      </p>
      <p>Yang bertanda tangan di bawah ini menerangkan bahwa:</p>
      <dl className="sheet-facts">
        <dt>Nama</dt>
        <dd>{textOf(report.fullName)}</dd>
        <dt>NIK</dt>
        <dd className="mono">{textOf(report.nik)}</dd>
        <dt>Tempat, tanggal lahir</dt>
        <dd>
          {textOf(report.birthPlace)}, {formatDate(textOf(report.birthDate))}
        </dd>
        <dt>Alamat</dt>
        <dd>{textOf(report.address)}</dd>
      </dl>
      <p>
        telah melaporkan kehilangan pada {formatDate(textOf(report.lostOn))} di {textOf(report.lostPlace)}, berupa:
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Jenis</th>
            <th scope="col">Nomor</th>
            <th scope="col">Keterangan</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ id, fields: item }, i) => (
            <tr key={id} data-testid="sktlk-item">
              <td>{i + 1}</td>
              <td>{itemTypeLabel(item.itemType)}</td>
              <td className="mono">{textOf(item.identifier) || '—'}</td>
              <td>{textOf(item.description) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Kronologi: {textOf(report.chronology)}</p>
      <p className="small">
        Surat ini bukan pengganti dokumen yang hilang; gunakan untuk mengurus penggantinya di instansi penerbit. Nomor
        tanda terima laporan: <span className="mono">{textOf(report.receiptNumber)}</span>.
      </p>
      <div className="letter-sign">
        <p>Dikeluarkan {printedAt(report.createdAt)}</p>
        <p>Petugas,</p>
        <div className="space" />
        <p>
          <strong>{officerName}</strong>
        </p>
      </div>
    </article>
  );
}

import { type EntityName, label } from '@keliling/domain';
import { formatRupiah } from '../ui/format';
import { useQrCode } from './qrCode';
import { nextSteps, printedAt, statusLink } from './receiptContent';
import './receipt.css';

type Props = {
  entity: EntityName;
  receiptNumber: string;
  fields: Readonly<Record<string, unknown>>;
  serverUrl: string;
  unitName: string;
};

/**
 * The printable receipt (tanda terima) of an application: number, service, fee, next steps, status QR code.
 * Handed to the resident, so it stays in Bahasa Indonesia whatever language the officer's screen shows (no `t()`
 * here on purpose; `lang="id"` tells screen readers). Only the buttons around it follow the chosen language.
 */
export function ReceiptView({ entity, receiptNumber, fields, serverUrl, unitName }: Props) {
  const link = statusLink(serverUrl, receiptNumber);
  const qr = useQrCode(link);
  const fee = typeof fields.feeRupiah === 'number' ? fields.feeRupiah : null;
  const name = typeof fields.fullName === 'string' ? fields.fullName : fields.anonymous ? 'Anonim' : null;
  return (
    <article
      className="printable printable-receipt receipt-sheet"
      lang="id"
      data-testid="receipt-view"
      data-receipt={receiptNumber}
      aria-labelledby="receipt-title"
    >
      <header className="sheet-head">
        <div>
          <p className="sheet-org">KEPOLISIAN NEGARA REPUBLIK INDONESIA</p>
          <p className="sheet-unit">{unitName}</p>
        </div>
        <h2 id="receipt-title">TANDA TERIMA</h2>
      </header>
      <div className="sheet-body">
        <dl className="sheet-facts">
          <dt>Nomor tanda terima</dt>
          <dd className="mono receipt-number" data-testid="receipt-number">
            {receiptNumber}
          </dd>
          <dt>Layanan</dt>
          <dd data-testid="receipt-service">{label(`entity.${entity}`, 'id')}</dd>
          {name && (
            <>
              <dt>Nama</dt>
              <dd>{name}</dd>
            </>
          )}
          <dt>Tanggal</dt>
          <dd>{printedAt(fields.createdAt)}</dd>
          <dt>Biaya</dt>
          <dd data-testid="receipt-fee" data-fee={fee ?? ''}>
            {fee === null ? 'Tidak dipungut biaya' : `${formatRupiah(fee)} (PNBP)`}
          </dd>
        </dl>
        <figure className="sheet-qr">
          {qr ? (
            <img
              src={qr}
              alt={`Kode QR menuju ${link}`}
              width={132}
              height={132}
              data-testid="receipt-qr"
              data-link={link}
            />
          ) : null}
          <figcaption className="small">Pindai untuk cek status</figcaption>
        </figure>
      </div>
      <section>
        <h3>Langkah berikutnya</h3>
        <ol data-testid="receipt-next-steps">
          {nextSteps(entity, fields).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p className="small muted">
          Halaman status: <span className="mono">{link}</span>
        </p>
      </section>
    </article>
  );
}

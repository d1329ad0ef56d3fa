import { type ReactNode, useEffect, useRef } from 'react';
import { useServices } from '../app/services';
import type { DeviceIdentity } from '../device/identity';
import { useFormat } from '../i18n/useFormat';
import { printPage } from '../receipts/printPage';
import { ReceiptView } from '../receipts/ReceiptView';
import type { SavedRecord } from './saveRecord';
import { useFormLanguage } from './useFormLanguage';

type Props = {
  formKey: string;
  /** The form's title, a marked text (`Permohonan SKCK`). */
  title: string;
  saved: SavedRecord;
  identity: DeviceIdentity;
  onNext: () => void;
  /** More to do with the saved record (issue the SKTLK letter, hand over for the survey). */
  children?: ReactNode;
};

/** After a save: the receipt number to hand over, the printable receipt, and the next form one key away. */
export function SavedPanel({ formKey, title, saved, identity, onNext, children }: Props) {
  const { platform } = useServices();
  const { t } = useFormLanguage();
  const { rupiah } = useFormat();
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => next.current?.focus(), []);
  const fee = typeof saved.fields.feeRupiah === 'number' ? saved.fields.feeRupiah : null;
  return (
    <section className="saved-record" aria-labelledby={`${formKey}-saved-title`}>
      <div className="card saved" data-testid={`${formKey}-saved`} role="status">
        <h1 id={`${formKey}-saved-title`}>{t('{{service}}: tersimpan', { service: t(title) })}</h1>
        {saved.receiptNumber ? (
          <>
            <p>{t('Berikan nomor tanda terima ini kepada warga:')}</p>
            <p className="receipt" data-testid="saved-receipt" data-record-id={saved.entityId}>
              {saved.receiptNumber}
            </p>
          </>
        ) : (
          <p data-testid="saved-record" data-record-id={saved.entityId}>
            {t('Data tersimpan.')}
          </p>
        )}
        {fee !== null && (
          <p>
            {t('Biaya PNBP:')} <strong data-testid="saved-fee">{rupiah(fee)}</strong>
          </p>
        )}
        <p className="muted">{t('Data tersimpan di perangkat ini dan dikirim ke server saat ada jaringan.')}</p>
        <div className="actions">
          <button type="button" className="button primary" onClick={onNext} data-testid={`${formKey}-new`} ref={next}>
            {t('Catat berikutnya (Ctrl+N)')}
          </button>
          {saved.receiptNumber && (
            <button
              type="button"
              className="button secondary"
              data-testid="receipt-print"
              onClick={() => void printPage(platform, saved.receiptNumber ?? 'tanda-terima')}
            >
              {t('Cetak tanda terima')}
            </button>
          )}
        </div>
        {children}
      </div>
      {saved.receiptNumber && (
        <ReceiptView
          entity={saved.entity}
          receiptNumber={saved.receiptNumber}
          fields={saved.fields}
          serverUrl={identity.serverUrl}
          unitName={identity.unit.name}
        />
      )}
    </section>
  );
}

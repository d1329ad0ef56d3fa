import { formatDateTime } from '../ui/format';
import type { WipeNotice } from './wipe';

const explanations = {
  revoked:
    'Perangkat ini dicabut oleh admin Polres (misalnya karena hilang atau dicuri). Semua data di perangkat ini sudah dihapus.',
  retired:
    'Perangkat ini sudah dipensiunkan. Semua data telah dikirim ke server, lalu data di perangkat ini dihapus.',
} as const;

/** Shown once after the device deleted its local data, so nobody thinks the records vanished by accident. */
export function WipedScreen({ notice, onContinue }: { notice: WipeNotice; onContinue: () => void }) {
  return (
    <main className="page narrow" data-testid="wiped-screen" data-reason={notice.reason}>
      <section className="card" role="alert">
        <h1>Data perangkat telah dihapus</h1>
        <p>{explanations[notice.reason]}</p>
        <p className="muted">Dihapus pada {formatDateTime(notice.at)}.</p>
        <div className="actions">
          <button type="button" className="button primary" data-testid="wiped-continue" onClick={onContinue}>
            Daftarkan perangkat lagi
          </button>
        </div>
      </section>
    </main>
  );
}

import type { HlcClock } from '@keliling/sync';
import { useMutation } from '@tanstack/react-query';
import { useServices } from '../app/services';
import { unitsFrom } from '../coordinator/planningRecords';
import { listRecordViews } from '../db/recordViews';
import type { DeviceIdentity } from '../device/identity';
import { ServiceForm } from '../forms/ServiceForm';
import { type SavedRecord, saveErrorText } from '../forms/saveRecord';
import { useFormLanguage } from '../forms/useFormLanguage';
import { printPage } from '../receipts/printPage';
import { SktlkLetter } from '../receipts/SktlkLetter';
import { useLiveQuery } from '../ui/useLiveQuery';
import { issueSktlk, officeCodeFor } from './issueLetter';
import { LostItemRows } from './LostItemRows';
import { lostReportFormSpec } from './lostReportForm';

type Props = { identity: DeviceIdentity; clock: HlcClock; onSaved: () => void };

/** Lost-item report with several items; after saving, the SKTLK letter is issued and printed on site. */
export function LostReportForm({ identity, clock, onSaved }: Props) {
  return (
    <ServiceForm
      spec={lostReportFormSpec}
      identity={identity}
      clock={clock}
      onSaved={onSaved}
      rows={(form, { today }) => <LostItemRows form={form} today={today} />}
      afterSave={(saved) => <IssueLetter saved={saved} identity={identity} clock={clock} onSaved={onSaved} />}
    />
  );
}

function IssueLetter({ saved, identity, clock, onSaved }: { saved: SavedRecord } & Props) {
  const services = useServices();
  const { t, lang } = useFormLanguage();
  const polres = useLiveQuery(
    async () =>
      unitsFrom(await listRecordViews(services.db, services.vault.cipher(), 'units')).find(
        (u) => u.id === identity.unit.id,
      )?.polres ?? null,
    [services, identity.unit.id],
    null,
  );
  const issue = useMutation({
    mutationFn: () => {
      const state = services.vault.state();
      if (state.status !== 'unlocked') throw new Error('locked');
      const deps = {
        db: services.db,
        storage: services.storage,
        clock,
        identity,
        by: state.officer.id,
        now: services.now,
      };
      return issueSktlk(deps, saved.entityId, officeCodeFor(polres));
    },
    onSuccess: (result) => result.ok && onSaved(),
  });
  const state = services.vault.state();
  const officerName =
    state.status === 'unlocked' ? [state.officer.rank, state.officer.name].filter(Boolean).join(' ') : '';
  const issued = issue.data?.ok ? issue.data.fields : null;
  const letterNumber = typeof issued?.letterNumber === 'string' ? issued.letterNumber : null;

  if (!letterNumber) {
    return (
      <div className="actions">
        <button
          type="button"
          className="button primary"
          data-testid="sktlk-issue"
          disabled={issue.isPending}
          onClick={() => issue.mutate()}
        >
          {t('Terbitkan SKTLK')}
        </button>
        {issue.data && !issue.data.ok && (
          <p className="error-box" role="alert" data-testid="sktlk-error">
            {saveErrorText(issue.data.error, lang)}
          </p>
        )}
      </div>
    );
  }
  return (
    <div data-testid="sktlk-issued" data-letter-number={letterNumber}>
      <p>
        {t('SKTLK terbit:')} <strong className="mono">{letterNumber}</strong>
      </p>
      <button
        type="button"
        className="button secondary"
        data-testid="sktlk-print"
        onClick={() => void printPage(services.platform, 'SKTLK', 'letter')}
      >
        {t('Cetak SKTLK')}
      </button>
      <SktlkLetter
        letterNumber={letterNumber}
        report={issued ?? saved.fields}
        items={saved.children.map((child) => ({ id: child.entityId, fields: child.fields }))}
        unitName={identity.unit.name}
        officerName={officerName}
      />
    </div>
  );
}

import { makeLetterNumber } from '@keliling/domain';
import { type SaveDeps, saveRecordEdit } from '../forms/saveRecord';
import { officerTransition } from '../forms/statusChange';
import { deviceCodeFromNodeId } from '../sim/deviceCode';
import { localIsoDate } from '../ui/format';

export const letterSequenceMetaKey = 'letter.sequence.SKTLK';

/** `Polresta Sleman` → `SPKT POLRESTA SLEMAN`, the office a letter number names. */
export function officeCodeFor(polres: string | null): string {
  const name = (polres ?? '')
    .toUpperCase()
    .replace(/[^A-Z0-9 .-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return name ? `SPKT ${name}` : 'SPKT POLRES';
}

/**
 * Issues the SKTLK letter of a lost-item report on site: the report moves `submitted` → `issued` with a letter
 * number from this device's own letter counter (domain `makeLetterNumber`), in one transaction.
 */
export function issueSktlk(deps: SaveDeps, reportId: string, officeCode: string) {
  const now = deps.now ?? Date.now;
  return saveRecordEdit(deps, {
    entity: 'lost_item_reports',
    entityId: reportId,
    check: officerTransition('lost_item_reports', 'issued'),
    fields: async (_current, nextNumber) => {
      const sequence = await nextNumber(letterSequenceMetaKey);
      const letterNumber = makeLetterNumber({
        kind: 'SKTLK',
        deviceCode: deviceCodeFromNodeId(deps.identity.nodeId),
        sequence,
        issuedOn: localIsoDate(now()),
        officeCode,
      });
      return { status: 'issued', letterNumber };
    },
  });
}

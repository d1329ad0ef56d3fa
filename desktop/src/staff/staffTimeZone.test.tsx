import { wib, wit, wita } from '@keliling/domain';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { UnitInfo, VisitInfo } from '../coordinator/planningRecords';
import { createI18n } from '../i18n/i18n';
import { useFormat } from '../i18n/useFormat';
import { InUnitTimeZone, StaffTimeZoneProvider, staffTimeZones } from './staffTimeZone';

const unit = (id: string): UnitInfo => ({ id, name: id, polres: 'Polrestabes Makassar', kind: null, base: null });
const visit = (id: string, unitId: string, villageCode: string): VisitInfo => ({
  id,
  unitId,
  villageCode,
  date: '2026-11-28',
  order: 1,
  plannedStart: null,
  servicesOffered: ['skck'],
  status: 'planned',
  syncState: 'synced',
});

// Makassar (73.71, WITA) for two units; one unit sent to Papua (91.71, WIT); one unit without visits yet.
const units = [unit('unit-a'), unit('unit-b'), unit('unit-papua'), unit('unit-new')];
const visits = [
  visit('v1', 'unit-a', '73.71.01.1001'),
  visit('v2', 'unit-a', '73.71.02.1001'),
  visit('v3', 'unit-b', '73.71.03.1001'),
  visit('v4', 'unit-papua', '91.71.01.1001'),
  visit('v5', 'unit-papua', '91.71.02.1001'),
];

describe('staffTimeZones', () => {
  it('gives each unit the zone of its villages and the Polres the zone most visits lie in', () => {
    const zones = staffTimeZones(units, visits);
    expect(zones.polres).toBe(wita);
    expect(zones.units.get('unit-a')).toBe(wita);
    expect(zones.units.get('unit-papua')).toBe(wit);
    expect(zones.units.get('unit-new')).toBe(wita); // no visit yet: the Polres's zone
  });

  it('is WIB while nothing is known', () => {
    expect(staffTimeZones([], []).polres).toBe(wib);
    expect(staffTimeZones([unit('unit-x')], []).units.get('unit-x')).toBe(wib);
  });
});

function Time({ at }: { at: string }) {
  return <span>{useFormat().dateTime(at)}</span>;
}

describe('the staff screens’ zone provider', () => {
  it('shows overview times in the Polres’s zone and a unit’s record in the unit’s zone', () => {
    const at = '2026-11-28T03:05:00Z';
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={createI18n('id')}>
        <Time at={at} />|
        <StaffTimeZoneProvider zones={staffTimeZones(units, visits)}>
          <Time at={at} />|
          <InUnitTimeZone unitId="unit-papua">
            <Time at={at} />
          </InUnitTimeZone>
          |
          <InUnitTimeZone unitId="unit-unknown">
            <Time at={at} />
          </InUnitTimeZone>
        </StaffTimeZoneProvider>
      </I18nextProvider>,
    );
    const [outside, polres, papua, unknown] = html.split('|');
    expect(outside).toMatch(/10[.:]05 WIB/);
    expect(polres).toMatch(/11[.:]05 WITA/);
    expect(papua).toMatch(/12[.:]05 WIT</);
    expect(unknown).toMatch(/11[.:]05 WITA/);
  });
});

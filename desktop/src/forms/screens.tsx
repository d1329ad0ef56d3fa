import type { HlcClock } from '@keliling/sync';
import type { ReactNode } from 'react';
import { ComplaintsScreen } from '../complaints/ComplaintsScreen';
import { crowdPermitFormSpec } from '../crowd/crowdPermitForm';
import type { DeviceIdentity } from '../device/identity';
import { msg } from '../i18n/i18n';
import { LostReportForm } from '../lost/LostReportForm';
import { outreachFormSpec } from '../outreach/outreachForm';
import { simNewFormSpec } from '../sim/simNewForm';
import { skckFormSpec } from '../skck/skckForm';
import { ServiceForm } from './ServiceForm';

export type FieldScreenProps = { identity: DeviceIdentity; clock: HlcClock; onSaved: () => void };

/** The field app's service screens beside the SIM renewal: one nav entry each (Shell.tsx lists them). */
export type FieldScreenId = 'sim-new' | 'skck' | 'lost' | 'complaint' | 'crowd' | 'outreach';

export const fieldScreens: readonly {
  id: FieldScreenId;
  hash: string;
  label: string;
  testId: string;
  render: (props: FieldScreenProps) => ReactNode;
}[] = [
  {
    id: 'sim-new',
    hash: '#/sim-baru',
    label: msg('SIM baru'),
    testId: 'nav-sim-new',
    render: (p) => <ServiceForm key="new-sim" spec={simNewFormSpec} {...p} />,
  },
  {
    id: 'skck',
    hash: '#/skck',
    label: msg('SKCK'),
    testId: 'nav-skck',
    render: (p) => <ServiceForm key="skck" spec={skckFormSpec} {...p} />,
  },
  {
    id: 'lost',
    hash: '#/kehilangan',
    label: msg('Kehilangan'),
    testId: 'nav-lost',
    render: (p) => <LostReportForm {...p} />,
  },
  {
    id: 'complaint',
    hash: '#/pengaduan',
    label: msg('Pengaduan'),
    testId: 'nav-complaint',
    render: (p) => <ComplaintsScreen {...p} />,
  },
  {
    id: 'crowd',
    hash: '#/izin-keramaian',
    label: msg('Izin keramaian'),
    testId: 'nav-crowd',
    render: (p) => <ServiceForm key="crowd" spec={crowdPermitFormSpec} {...p} />,
  },
  {
    id: 'outreach',
    hash: '#/penyuluhan',
    label: msg('Penyuluhan'),
    testId: 'nav-outreach',
    render: (p) => <ServiceForm key="outreach" spec={outreachFormSpec} {...p} />,
  },
];

export function fieldScreen(id: string) {
  return fieldScreens.find((screen) => screen.id === id) ?? null;
}

export { simFieldLabels } from './field-labels.js';

import type { SimApplicationType, SimCategory } from '../sim/sim-enums.js';
import type { Label } from './lang.js';

export const simCategoryLabels: Readonly<Record<SimCategory, Label>> = {
  A: { id: 'SIM A', en: 'SIM A (car, private)' },
  A_UMUM: { id: 'SIM A Umum', en: 'SIM A Umum (car, public)' },
  BI: { id: 'SIM B I', en: 'SIM B I (bus/truck, private)' },
  BI_UMUM: { id: 'SIM B I Umum', en: 'SIM B I Umum (bus/truck, public)' },
  BII: { id: 'SIM B II', en: 'SIM B II (heavy equipment, trailer)' },
  BII_UMUM: { id: 'SIM B II Umum', en: 'SIM B II Umum (heavy equipment, public)' },
  C: { id: 'SIM C', en: 'SIM C (motorcycle up to 250 cc)' },
  CI: { id: 'SIM C I', en: 'SIM C I (motorcycle 250–500 cc)' },
  CII: { id: 'SIM C II', en: 'SIM C II (motorcycle over 500 cc)' },
  D: { id: 'SIM D', en: 'SIM D (disability, like C)' },
  DI: { id: 'SIM D I', en: 'SIM D I (disability, like A)' },
};

export const simApplicationTypeLabels: Readonly<Record<SimApplicationType, Label>> = {
  new: { id: 'Baru', en: 'New' },
  renewal: { id: 'Perpanjangan', en: 'Renewal' },
};

export const sexLabels: Readonly<Record<'L' | 'P', Label>> = {
  L: { id: 'Laki-laki', en: 'Male' },
  P: { id: 'Perempuan', en: 'Female' },
};

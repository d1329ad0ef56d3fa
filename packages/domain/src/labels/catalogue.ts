import type { ErrorCode } from '../errors.js';
import { errorLabels } from './error-labels.js';
import type { Label, Lang } from './lang.js';
import { sexLabels, simApplicationTypeLabels, simCategoryLabels, simFieldLabels } from './sim-labels.js';
import { applicationStatusLabels } from './status-labels.js';

type Prefixed<P extends string, T> = { [K in keyof T & string as `${P}.${K}`]: Label };

function prefixed<P extends string, T extends Readonly<Record<string, Label>>>(prefix: P, table: T): Prefixed<P, T> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [`${prefix}.${k}`, v])) as Prefixed<P, T>;
}

/** Every label, keyed `sim.<field>`, `simCategory.<c>`, `applicationType.<t>`, `sex.<L|P>`, `status.<s>`, `error.<code>`. */
export const labels = {
  ...prefixed('sim', simFieldLabels),
  ...prefixed('simCategory', simCategoryLabels),
  ...prefixed('applicationType', simApplicationTypeLabels),
  ...prefixed('sex', sexLabels),
  ...prefixed('status', applicationStatusLabels),
  ...prefixed('error', errorLabels),
};

export type LabelKey = keyof typeof labels;

export function label(key: LabelKey, lang: Lang): string {
  return labels[key][lang];
}

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return errorLabels[code][lang];
}

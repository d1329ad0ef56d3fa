import { type Lang, label, type VisitService, type VisitStatus } from '@keliling/domain';

/** Labels from the domain's catalogue (one source for the app, the server and exports) in the chosen language. */
export function visitLabels(lang: Lang) {
  return {
    service: (service: VisitService): string => label(`visitService.${service}`, lang),
    status: (status: VisitStatus): string => label(`status.${status}`, lang),
  };
}

/** Indonesian labels, for screens not yet following the chosen language. */
export const serviceLabel = visitLabels('id').service;
export const visitStatusLabel = visitLabels('id').status;

/** `1 j 25 mnt` / `40 mnt` (English: `1 h 25 min` / `40 min`). */
export function formatMinutes(minutes: number, lang: Lang = 'id'): string {
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  const [h, min] = lang === 'en' ? ['h', 'min'] : ['j', 'mnt'];
  return hours > 0 ? `${hours} ${h} ${total % 60} ${min}` : `${total} ${min}`;
}

const kmFormats = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
};
export const formatKm = (value: number, lang: Lang = 'id'): string => `${kmFormats[lang].format(value)} km`;

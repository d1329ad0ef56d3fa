import { label, type VisitService, type VisitStatus } from '@keliling/domain';

/** Indonesian labels from the domain's catalogue (one source for the app, the server and exports). */
export const serviceLabel = (service: VisitService): string => label(`visitService.${service}`, 'id');
export const visitStatusLabel = (status: VisitStatus): string => label(`status.${status}`, 'id');

/** `1 j 25 mnt` / `40 mnt`. */
export function formatMinutes(minutes: number): string {
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  return hours > 0 ? `${hours} j ${total % 60} mnt` : `${total} mnt`;
}

const km = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
export const formatKm = (value: number): string => `${km.format(value)} km`;

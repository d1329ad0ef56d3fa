const dateTime = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeZone: 'UTC' });
const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

/** An ISO instant in the officer's local time, in Indonesian. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? dateTime.format(time) : iso;
}

/** A `YYYY-MM-DD` date in Indonesian (it names a calendar day, so no time zone shift). */
export function formatDate(isoDate: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isFinite(time) ? date.format(time) : isoDate;
}

export function formatRupiah(amount: number): string {
  return rupiah.format(amount);
}

/** Today's date on the officer's calendar, `YYYY-MM-DD`. */
export function localIsoDate(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

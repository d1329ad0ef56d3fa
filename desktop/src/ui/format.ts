import { type IndonesianTimeZone, wib } from '@keliling/domain';

/**
 * Dates, times and rupiah as people in Indonesia write them. Times are shown in the unit's zone (WIB, WITA or
 * WIT, from the unit's villages) with the zone named, so a record taken in Bali reads the same at HQ in Java.
 * Rupiah keep Indonesian notation (Rp 50.000) in both languages; English only changes the words.
 */
export type FormatOptions = { language?: 'id' | 'en'; zone?: IndonesianTimeZone };

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}
const localeOf = (language: 'id' | 'en' = 'id') => (language === 'en' ? 'en-GB' : 'id-ID');
const rupiah = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });

/** An ISO instant in the unit's zone, e.g. "28 Nov 2026, 10.00 WIB". */
export function formatDateTime(iso: string, { language = 'id', zone = wib }: FormatOptions = {}): string {
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  const format = dateTimeFormat(`dt|${language}|${zone.ianaTimeZone}`, localeOf(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: zone.ianaTimeZone,
  });
  return `${format.format(time)} ${zone.zone}`;
}

/** A `YYYY-MM-DD` date (it names a calendar day, so no time zone shift). */
export function formatDate(isoDate: string, { language = 'id' }: FormatOptions = {}): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  if (!Number.isFinite(time)) return isoDate;
  return dateTimeFormat(`d|${language}`, localeOf(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(time);
}

export function formatRupiah(amount: number): string {
  return rupiah.format(amount);
}

/** Today's date on the officer's calendar, `YYYY-MM-DD`. */
export function localIsoDate(now: number): string {
  const d = new Date(now);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

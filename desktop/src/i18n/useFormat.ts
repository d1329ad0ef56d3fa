import { type IndonesianTimeZone, wib } from '@keliling/domain';
import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatRupiah } from '../ui/format';
import { isLanguage } from './i18n';

/** The zone the screens show times in: the unit's (field app) or the Polres's (staff); WIB until known. */
export const TimeZoneContext = createContext<IndonesianTimeZone>(wib);

/** Formatters bound to the chosen language and the unit's time zone. */
export function useFormat() {
  const { i18n } = useTranslation();
  const zone = useContext(TimeZoneContext);
  const language = isLanguage(i18n.language) ? i18n.language : 'id';
  return useMemo(
    () => ({
      language,
      zone,
      dateTime: (iso: string) => formatDateTime(iso, { language, zone }),
      date: (isoDate: string) => formatDate(isoDate, { language }),
      rupiah: formatRupiah,
    }),
    [language, zone],
  );
}

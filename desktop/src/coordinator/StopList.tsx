import { type VisitService, visitServices } from '@keliling/domain';
import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import type { Village } from '../villages/villages';
import { visitLabels } from './labels';
import type { DraftAction, DraftStop } from './routeDraft';

type Props = { stops: readonly DraftStop[]; villages: ReadonlyMap<string, Village>; dispatch: Dispatch<DraftAction> };

/** The day's stops in route order: move up/down by keyboard or click, services offered and planned start per stop. */
export function StopList({ stops, villages, dispatch }: Props) {
  const { t } = useTranslation();
  const labels = visitLabels(useFormat().language);
  if (stops.length === 0) {
    return <p className="empty small">{t('Belum ada desa. Centang desa di daftar untuk menambahkannya ke rute.')}</p>;
  }
  return (
    <ol className="stops" aria-label={t('Urutan kunjungan')}>
      {stops.map((stop, index) => {
        const village = villages.get(stop.villageCode);
        const name = village?.name ?? stop.villageCode;
        return (
          <li
            key={stop.villageCode}
            className="stop"
            data-testid="stop-row"
            data-village-code={stop.villageCode}
            data-order={index + 1}
          >
            <div className="stop-head">
              <span className="stop-number" aria-hidden="true">
                {index + 1}
              </span>
              <div className="stop-title">
                <strong>{name}</strong>
                <span className="muted small">
                  {' '}
                  · {village?.districtName ?? ''} · <span className="mono">{stop.villageCode}</span>
                  {stop.visitId ? ` · ${t('sudah terbit')}` : ''}
                </span>
              </div>
              <div className="stop-moves">
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={t('Naikkan {{name}}', { name })}
                  data-testid="stop-up"
                  disabled={index === 0}
                  onClick={() => dispatch({ type: 'move', index, delta: -1 })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={t('Turunkan {{name}}', { name })}
                  data-testid="stop-down"
                  disabled={index === stops.length - 1}
                  onClick={() => dispatch({ type: 'move', index, delta: 1 })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={t('Hapus {{name}} dari rute', { name })}
                  onClick={() => dispatch({ type: 'remove', villageCode: stop.villageCode })}
                >
                  {t('Hapus')}
                </button>
              </div>
            </div>
            <div className="stop-body">
              <label className="time">
                {t('Mulai')}
                <input
                  type="time"
                  value={stop.plannedStart}
                  data-testid="stop-start"
                  onChange={(e) =>
                    dispatch({ type: 'setStart', villageCode: stop.villageCode, plannedStart: e.target.value })
                  }
                />
              </label>
              <fieldset className="services">
                <legend className="visually-hidden">{t('Layanan di {{name}}', { name })}</legend>
                {visitServices.map((service: VisitService) => (
                  <label key={service} className="check small">
                    <input
                      type="checkbox"
                      checked={stop.servicesOffered.includes(service)}
                      onChange={() => dispatch({ type: 'toggleService', villageCode: stop.villageCode, service })}
                    />
                    {labels.service(service)}
                  </label>
                ))}
              </fieldset>
            </div>
            {stop.servicesOffered.length === 0 && (
              <p className="error small">{t('Pilih paling sedikit satu layanan.')}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

import { isVillageCode, type VillageMatch } from '@keliling/domain';
import { type KeyboardEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchVillages, useVillageIndex } from './villageIndex';

type Props = {
  id: string;
  testId: string;
  /** The chosen village code, or ''. */
  value: string;
  onChange: (code: string) => void;
  onBlur: () => void;
  /** The unit's regency (`34.04`): its villages are listed first. */
  regencyCode: string | null;
  invalid: boolean;
  describedBy: string | undefined;
};

/**
 * A village picker over the official list: type a name (`caturtunggal`, `catur depok`) or a code; ArrowUp/Down
 * move, Enter picks the highlighted village (and, like every field, moves on). The unit's regency comes first.
 */
export function VillageField({ id, testId, value, onChange, onBlur, regencyCode, invalid, describedBy }: Props) {
  const { t } = useTranslation();
  const index = useVillageIndex();
  const chosen = useMemo(() => (index && value ? (index.get(value) ?? null) : null), [index, value]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  // A form reset (value '') empties the search too.
  useEffect(() => {
    if (value === '') setQuery('');
  }, [value]);

  const matches: VillageMatch[] = useMemo(
    () => (index && open ? searchVillages(index, query, regencyCode) : []),
    [index, query, regencyCode, open],
  );
  const listId = `${id}-list`;

  const pick = (village: VillageMatch) => {
    onChange(village.code);
    setQuery(village.label);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!open || matches.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + matches.length) % matches.length);
    } else if (event.key === 'Enter') {
      const village = matches[Math.min(active, matches.length - 1)];
      if (village) pick(village);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="village-field">
      <input
        id={id}
        data-testid={testId}
        role="combobox"
        aria-expanded={open && matches.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        value={query}
        placeholder={index ? t('Ketik nama desa/kelurahan atau kodenya') : t('Memuat daftar desa…')}
        onChange={(event) => {
          const typed = event.target.value;
          setQuery(typed);
          setOpen(true);
          setActive(0);
          // A complete, known code typed directly is taken as it is.
          const code = typed.trim();
          onChange(isVillageCode(code) && index?.get(code) ? code : '');
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          onBlur();
        }}
      />
      {open && matches.length > 0 && (
        <div className="village-options" id={listId} role="listbox" aria-label={t('Desa/kelurahan yang cocok')}>
          {matches.map((village, i) => (
            <div
              key={village.code}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              data-testid="village-choice"
              data-village-code={village.code}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(village);
              }}
            >
              <span>{village.name}</span>
              <span className="muted small">
                {' '}
                · {t('Kec.')} {village.districtName}, {village.regencyName} ·{' '}
                <span className="mono">{village.code}</span>
              </span>
            </div>
          ))}
        </div>
      )}
      <p className="hint muted small" data-testid={`${testId}-chosen`} data-village-code={value}>
        {chosen ? `${chosen.label} (${chosen.code})` : t('Belum dipilih')}
      </p>
    </div>
  );
}

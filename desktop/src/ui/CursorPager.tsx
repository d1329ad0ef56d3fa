import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Paging through a cursor list (the contract's `cursor` + `hasMore`): the cursors of the pages before the one shown
 * are kept, so "newer" goes back and "older" goes on.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    cursor: cursors[cursors.length - 1] ?? null,
    canGoBack: cursors.length > 1,
    back: () => setCursors((c) => c.slice(0, -1)),
    forward: (next: string) => setCursors((c) => [...c, next]),
    /** Back to the first page (after a filter changed). */
    reset: () => setCursors([null]),
  };
}

type Props = {
  pages: ReturnType<typeof useCursorPages>;
  /** The page shown: its cursor to the next one and whether there is one. */
  page: { cursor: string | null; hasMore: boolean } | undefined;
  /** Gives the buttons `<prefix>-prev` and `<prefix>-next` test ids. */
  testIdPrefix?: string;
};

export function CursorPager({ pages, page, testIdPrefix }: Props) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button
        type="button"
        className="button secondary"
        disabled={!pages.canGoBack}
        onClick={pages.back}
        data-testid={testIdPrefix ? `${testIdPrefix}-prev` : undefined}
      >
        {t('← Lebih baru')}
      </button>
      <button
        type="button"
        className="button secondary"
        disabled={!page?.hasMore}
        onClick={() => page?.cursor && pages.forward(page.cursor)}
        data-testid={testIdPrefix ? `${testIdPrefix}-next` : undefined}
      >
        {t('Lebih lama →')}
      </button>
    </div>
  );
}

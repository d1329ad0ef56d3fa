import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FilterBar, FilterInput, FilterSelect, unitOptions } from './FilterBar';

const noop = () => undefined;

describe('FilterBar', () => {
  it('labels each select and search box, and puts the "every value" choice first', () => {
    const html = renderToStaticMarkup(
      <FilterBar className="hq-filters">
        <FilterSelect
          label="Unit"
          testId="review-filter-unit"
          value="unit-2"
          allLabel="Semua unit"
          options={unitOptions([
            { id: 'unit-1', name: 'Unit Keliling 1' },
            { id: 'unit-2', name: 'Unit Keliling 2' },
          ])}
          onChange={noop}
        />
        <FilterInput label="Cari" testId="review-search" className="grow" value="" onChange={noop} />
      </FilterBar>,
    );
    expect(html.startsWith('<search class="hq-filters">')).toBe(true);
    const select = /<label for="([^"]+)">Unit<\/label><select id="([^"]+)" data-testid="review-filter-unit"/.exec(html);
    expect(select?.[1]).toBe(select?.[2]);
    expect([...html.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]])).toEqual([
      ['', 'Semua unit'],
      ['unit-1', 'Unit Keliling 1'],
      ['unit-2', 'Unit Keliling 2'],
    ]);
    expect(html).toContain('<option value="unit-2" selected="">');
    const search =
      /<div class="field grow"><label for="([^"]+)">Cari<\/label><input id="([^"]+)" data-testid="review-search" type="search"/.exec(
        html,
      );
    expect(search?.[1]).toBe(search?.[2]);
    expect(search?.[1]).not.toBe(select?.[1]);
  });

  it('offers only the given choices without an "every value" label', () => {
    const html = renderToStaticMarkup(
      <FilterSelect
        label="Status"
        testId="s"
        value=""
        options={[{ value: '', label: 'Semua status' }]}
        onChange={noop}
      />,
    );
    expect([...html.matchAll(/<option/g)]).toHaveLength(1);
  });
});

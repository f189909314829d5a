import { describe, expect, it } from 'vitest';

import {
  pageCount,
  pageExists,
  pageLinks,
  pageSlice,
  parsePage,
  PRODUCTS_PER_PAGE,
  type PageLink,
  walkBeatsSort,
} from './paging';

describe('parsePage', () => {
  it('reads a plain whole number, and absence as page 1', () => {
    expect(parsePage('2')).toBe(2);
    expect(parsePage('4167')).toBe(4167);
    expect(parsePage(undefined)).toBe(1);
    expect(parsePage(null)).toBe(1);
    expect(parsePage(['3'])).toBe(3);
  });

  it.each(['0', '-1', 'abc', '2.5', '02', '+2', ' 2', '1e3', '', '0x10', '1234567890'])(
    'refuses %j',
    (value) => {
      expect(parsePage(value)).toBeUndefined();
    },
  );

  it('refuses the parameter given twice', () => {
    expect(parsePage(['2', '3'])).toBeUndefined();
  });
});

describe('pageCount and pageExists', () => {
  it('fills pages of 24, the last one partly', () => {
    expect(PRODUCTS_PER_PAGE).toBe(24);
    expect(pageCount(48)).toBe(2);
    expect(pageCount(49)).toBe(3);
    expect(pageCount(100_000)).toBe(4167);
  });

  it('keeps a first page for an empty list', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageExists(1, 0)).toBe(true);
    expect(pageExists(2, 0)).toBe(false);
  });

  it('knows the pages past the end and the impossible ones', () => {
    expect(pageExists(3, 49)).toBe(true);
    expect(pageExists(4, 49)).toBe(false);
    expect(pageExists(0, 49)).toBe(false);
    expect(pageExists(1.5, 49)).toBe(false);
  });
});

describe('pageSlice', () => {
  it('reads the first half from the start', () => {
    expect(pageSlice(1, 100)).toEqual({ offset: 0, limit: 24, reversed: false });
    expect(pageSlice(2, 100)).toEqual({ offset: 24, limit: 24, reversed: false });
  });

  it('reads the second half from the end, the last page without skipping anything', () => {
    // 100 rows: page 5 holds rows 96-99, page 4 rows 72-95.
    expect(pageSlice(5, 100)).toEqual({ offset: 0, limit: 4, reversed: true });
    expect(pageSlice(4, 100)).toEqual({ offset: 4, limit: 24, reversed: true });
    expect(pageSlice(4167, 100_000)).toEqual({ offset: 0, limit: 16, reversed: true });
  });

  it('covers every row exactly once over all pages', () => {
    const total = 130;
    const seen: number[] = [];
    for (let page = 1; page <= pageCount(total); page += 1) {
      const { offset, limit, reversed } = pageSlice(page, total);
      for (let index = 0; index < limit; index += 1) {
        seen.push(reversed ? total - 1 - offset - index : offset + index);
      }
    }
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(total).keys()]);
  });
});

describe('pageLinks', () => {
  const shown = (links: PageLink[]) =>
    links.map((link) => (link.kind === 'page' ? link.page : '…')).join(' ');

  it('lists every page of a short list', () => {
    expect(shown(pageLinks(1, 1))).toBe('1');
    expect(shown(pageLinks(1, 2))).toBe('1 2');
    expect(shown(pageLinks(3, 5))).toBe('1 2 3 4 5');
  });

  it('puts gaps around the current page of a long list', () => {
    expect(shown(pageLinks(1, 20))).toBe('1 2 … 20');
    expect(shown(pageLinks(10, 20))).toBe('1 … 9 10 11 … 20');
    expect(shown(pageLinks(20, 20))).toBe('1 … 19 20');
  });

  it('shows a lone left-out page instead of a gap', () => {
    expect(shown(pageLinks(4, 20))).toBe('1 2 3 4 5 … 20');
    expect(shown(pageLinks(17, 20))).toBe('1 … 16 17 18 19 20');
  });

  it('gives each gap its own key', () => {
    const gaps = pageLinks(10, 20).filter((link) => link.kind === 'gap');
    expect(new Set(gaps.map((gap) => gap.kind === 'gap' && gap.key)).size).toBe(2);
  });
});

describe('walkBeatsSort', () => {
  it('walks every page of a category holding a good share of the catalog', () => {
    // 20,000 of 100,000: page 1 steps over ~120 products, the middle page ~50,000, while a
    // sort would handle 20,000 products at four times a step's cost.
    for (const page of [1, 2, 417, 834]) {
      expect(walkBeatsSort(pageSlice(page, 20_000), 20_000, 100_000)).toBe(true);
    }
  });

  it('sorts the middle of a category too thin for the walk to find its rows soon', () => {
    // 2,000 of 100,000: the middle page is ~50,000 steps away, the sort costs ~8,000.
    expect(walkBeatsSort(pageSlice(1, 2_000), 2_000, 100_000)).toBe(true);
    expect(walkBeatsSort(pageSlice(42, 2_000), 2_000, 100_000)).toBe(false);
  });

  it('sorts a small category of a large catalog, whose page 1 the walk would find only at the end', () => {
    expect(walkBeatsSort(pageSlice(1, 12), 12, 100_000)).toBe(false);
  });

  it('has nothing to sort for an empty list', () => {
    expect(walkBeatsSort(pageSlice(1, 0), 0, 100_000)).toBe(true);
  });
});

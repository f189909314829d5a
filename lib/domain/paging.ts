// Paging of long lists (the catalog): which page an address asks for, which rows it shows and
// which page links to offer. Pure, so that the edge cases are tested in milliseconds.

/** Products per catalog page: four full rows of the widest grid, two columns on a phone. */
export const PRODUCTS_PER_PAGE = 24;

// Above this a page number is refused outright: no shop has a billion pages, and the offset
// stays a safe integer.
const MAX_PAGE_DIGITS = 9;

/**
 * The page a `?page=` value names: a whole number from 1, written plainly ("2", not "02", "2.0"
 * or "+2"), so that every page has one address. Absent means page 1; anything else (including
 * the parameter given twice) is undefined, which the shop answers with 404.
 */
export function parsePage(
  value: string | readonly string[] | null | undefined,
): number | undefined {
  if (value === null || value === undefined) return 1;
  if (typeof value !== 'string') return value.length === 1 ? parsePage(value[0]) : undefined;
  if (value.length > MAX_PAGE_DIGITS || !/^[1-9][0-9]*$/.test(value)) return undefined;
  return Number(value);
}

/** How many pages `total` rows fill; an empty list still has its first page, saying so. */
export function pageCount(total: number, perPage = PRODUCTS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

export function pageExists(page: number, total: number, perPage = PRODUCTS_PER_PAGE): boolean {
  return Number.isInteger(page) && page >= 1 && page <= pageCount(total, perPage);
}

/**
 * Which rows page `page` shows, as a LIMIT/OFFSET. OFFSET walks past every skipped row, so pages
 * in the second half are read from the other end (`reversed`: the query orders descending and
 * the caller turns the rows around): the last page costs what the first does, the middle page most.
 */
export type PageSlice = { offset: number; limit: number; reversed: boolean };

export function pageSlice(page: number, total: number, perPage = PRODUCTS_PER_PAGE): PageSlice {
  const start = (page - 1) * perPage;
  const limit = Math.max(0, Math.min(perPage, total - start));
  const fromEnd = total - start - limit;
  return fromEnd < start
    ? { offset: fromEnd, limit, reversed: true }
    : { offset: start, limit, reversed: false };
}

/** A numbered link, or a gap ('…') standing for the pages left out. */
export type PageLink = { kind: 'page'; page: number } | { kind: 'gap'; key: string };

/**
 * The numbered links: the first and last pages, and the current one with a neighbour on each
 * side; a gap replaces two or more pages left out (a single one is shown instead: a gap would
 * take its place anyway). 1 … 4 5 6 … 20
 */
export function pageLinks(current: number, last: number, neighbours = 1): PageLink[] {
  const shown = new Set<number>([1, last]);
  for (let page = current - neighbours; page <= current + neighbours; page += 1) {
    if (page >= 1 && page <= last) shown.add(page);
  }
  const pages = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  let previous = 0;
  for (const page of pages) {
    if (page - previous === 2) links.push({ kind: 'page', page: previous + 1 });
    else if (page - previous > 2) links.push({ kind: 'gap', key: `gap-${previous}` });
    links.push({ kind: 'page', page });
    previous = page;
  }
  return links;
}

// What sorting one product of a category costs, in steps of the walk: measured on 100,000
// products, a walk step (an index entry and a look-up in products) took 1-2 µs, a sorted row
// (its translation fetched, its name compared) 5-7 µs.
const SORT_COST_IN_WALK_STEPS = 4;

/**
 * Whether a page of a filtered list (a category) is cheaper to read by walking the catalog's name
 * order, testing each product's category, than by fetching the whole category and sorting it.
 * The walk steps over about (skipped rows + page) × catalog / list products before the page is
 * full; the sort handles every product of the list. So a category holding a good share of the
 * catalog walks, and a small one (which the walk would search the whole catalog for) sorts.
 */
export function walkBeatsSort(slice: PageSlice, listTotal: number, catalogTotal: number): boolean {
  if (listTotal === 0) return true;
  const walked = ((slice.offset + slice.limit) * catalogTotal) / listTotal;
  return walked <= SORT_COST_IN_WALK_STEPS * listTotal;
}

import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});
// connection() marks a Next render as dynamic; outside one there is nothing to mark.
vi.mock('next/server', () => ({ connection: async () => {} }));

import { eq, Placeholder } from 'drizzle-orm';

import { getDb } from './database';
import { categories, categoryTranslations, products, productTranslations } from '../../db/schema';
import { seedBulkProducts } from '../../db/seed-bulk';
import { pageCount, pageSlice } from '../domain/paging';
import type { Locale } from '../i18n/locales';
import { listProductPage } from './catalog';
import { resolveCatalogPage } from './catalog-routing';
import { catalogPageQuery, categoryPageQuery, categorySortQuery } from './catalog-statements';

const db = getDb();
for (const [id, en, ru] of [
  [1, 'tea', 'chay'],
  [2, 'coffee', 'kofe'],
  [3, 'empty', 'pusto'],
] as const) {
  db.insert(categories).values({ id }).run();
  db.insert(categoryTranslations)
    .values([
      { categoryId: id, locale: 'en', name: en, slug: en },
      { categoryId: id, locale: 'ru', name: ru, slug: ru },
    ])
    .run();
}
// Two products with the same name: the id decides their order, so pages never swap them.
for (const [index, categoryId] of [1, 2].entries()) {
  const { id } = db
    .insert(products)
    .values({ categoryId, image: 'products/same.webp', priceMinor: 100 })
    .returning()
    .get();
  db.insert(productTranslations)
    .values([
      { productId: id, locale: 'en', name: 'Same Name', slug: `same-${index}` },
      { productId: id, locale: 'ru', name: 'Одно имя', slug: `odno-${index}` },
    ])
    .run();
}
seedBulkProducts(db, 160);
db.delete(products).where(eq(products.categoryId, 3)).run();
// A category far smaller than the catalog: read by sorting its own products, not by the walk.
db.insert(categories).values({ id: 4 }).run();
db.insert(categoryTranslations)
  .values([
    { categoryId: 4, locale: 'en', name: 'tiny', slug: 'tiny' },
    { categoryId: 4, locale: 'ru', name: 'крошка', slug: 'kroshka' },
  ])
  .run();
for (const name of ['Zest', 'Apple', 'Mint']) {
  const { id } = db
    .insert(products)
    .values({ categoryId: 4, image: 'products/tiny.webp', priceMinor: 300 })
    .returning()
    .get();
  db.insert(productTranslations)
    .values([
      { productId: id, locale: 'en', name, slug: `tiny-${name}` },
      { productId: id, locale: 'ru', name: `${name} ру`, slug: `kroshka-${name}` },
    ])
    .run();
}

/** The expected order, worked out in JavaScript: by name (SQLite compares code points), then id. */
function expectedIds(locale: Locale, categoryId?: number): number[] {
  return db
    .select({ id: products.id, name: productTranslations.name, categoryId: products.categoryId })
    .from(products)
    .innerJoin(productTranslations, eq(productTranslations.productId, products.id))
    .where(eq(productTranslations.locale, locale))
    .all()
    .filter((row) => categoryId === undefined || row.categoryId === categoryId)
    .sort((a, b) => (a.name === b.name ? a.id - b.id : a.name < b.name ? -1 : 1))
    .map((row) => row.id);
}

async function allPages(locale: Locale, categoryId?: number) {
  const first = await listProductPage(locale, 1, categoryId);
  const pages = [first];
  for (let page = 2; page <= (first?.pageCount ?? 0); page += 1) {
    pages.push(await listProductPage(locale, page, categoryId));
  }
  return pages;
}

describe('listProductPage', () => {
  it('pages the whole catalog in name order, 24 a page, every product once', async () => {
    for (const locale of ['en', 'ru'] as const) {
      const expected = expectedIds(locale);
      const pages = await allPages(locale);
      expect(pages.length).toBe(pageCount(expected.length));
      expect(pages.map((page) => page?.products.length)).toEqual(
        pages.map((_, index) => Math.min(24, expected.length - index * 24)),
      );
      expect(pages.flatMap((page) => page?.products.map((product) => product.id))).toEqual(
        expected,
      );
      for (const page of pages) expect(page?.total).toBe(expected.length);
    }
  });

  it('keeps equal names in id order', async () => {
    const cards = (await allPages('en')).flatMap((page) => page?.products ?? []);
    const same = cards.filter((product) => product.name === 'Same Name');
    expect(same.map((product) => product.id)).toEqual([1, 2]);
  });

  it('gives the card in the page language, with price, image and stock', async () => {
    const cards = (await allPages('ru')).flatMap((page) => page?.products ?? []);
    const card = cards.find((product) => product.id === 1);
    expect(card).toEqual({
      id: 1,
      name: 'Одно имя',
      slug: 'odno-0',
      image: 'products/same.webp',
      priceMinor: 100,
      available: true,
    });
  });

  it('pages one category, counting only its products', async () => {
    const expected = expectedIds('en', 2);
    expect(expected.length).toBeGreaterThan(48);
    const pages = await allPages('en', 2);
    expect(pages.flatMap((page) => page?.products.map((product) => product.id))).toEqual(expected);
    expect(pages[0]?.total).toBe(expected.length);
  });

  it('pages a small category in name order too', async () => {
    const page = await listProductPage('en', 1, 4);
    expect(page?.products.map((product) => product.name)).toEqual(['Apple', 'Mint', 'Zest']);
    expect(page?.total).toBe(3);
  });

  it('has a first page, empty, for an empty category, and no page past the last', async () => {
    expect(await listProductPage('en', 1, 3)).toEqual({
      products: [],
      total: 0,
      page: 1,
      pageCount: 1,
    });
    expect(await listProductPage('en', 2, 3)).toBeUndefined();
    const last = pageCount(expectedIds('en').length);
    expect(await listProductPage('en', last)).toBeDefined();
    expect(await listProductPage('en', last + 1)).toBeUndefined();
  });
});

describe('resolveCatalogPage', () => {
  const last = () => pageCount(expectedIds('en').length);

  it('lets through an address without a page, and the pages that exist', async () => {
    expect(await resolveCatalogPage('en', undefined, [])).toEqual({ kind: 'found' });
    expect(await resolveCatalogPage('en', undefined, ['2'])).toEqual({ kind: 'found' });
    expect(await resolveCatalogPage('en', undefined, [String(last())])).toEqual({ kind: 'found' });
    expect(await resolveCatalogPage('ru', 'kofe', ['2'])).toEqual({ kind: 'found' });
  });

  it('sends page 1 to the bare address', async () => {
    expect(await resolveCatalogPage('en', 'tea', ['1'])).toEqual({ kind: 'first' });
  });

  it('refuses what is not a page number, and pages past the last', async () => {
    for (const value of ['0', 'abc', '2.5', '', String(last() + 1)]) {
      expect(await resolveCatalogPage('en', undefined, [value])).toEqual({ kind: 'missing' });
    }
    expect(await resolveCatalogPage('en', undefined, ['2', '3'])).toEqual({ kind: 'missing' });
    expect(await resolveCatalogPage('en', 'empty', ['2'])).toEqual({ kind: 'missing' });
    // A category's pages are counted in that category, not the whole catalog.
    const coffeePages = pageCount(expectedIds('en', 2).length);
    expect(await resolveCatalogPage('en', 'coffee', [String(coffeePages + 1)])).toEqual({
      kind: 'missing',
    });
  });
});

describe('the page queries', () => {
  type Query = typeof catalogPageQuery | typeof categoryPageQuery | typeof categorySortQuery;
  function plan(query: Query, reversed: boolean): string {
    const { sql, params } = query(db, { reversed }).toSQL();
    const values: Record<string, unknown> = { locale: 'en', categoryId: 2, limit: 24, offset: 48 };
    const bound = params.map((param) =>
      param instanceof Placeholder ? values[param.name] : param,
    );
    const rows = db.$client.prepare(`explain query plan ${sql}`).all(...bound) as {
      detail: string;
    }[];
    return rows.map((row) => row.detail).join('\n');
  }

  it.each([false, true])(
    'page the catalog from the index alone, then join the page (from the end: %s)',
    (reversed) => {
      const detail = plan(catalogPageQuery, reversed);
      expect(detail).toMatch(
        /SEARCH product_translations USING COVERING INDEX product_translations_locale_name_product \(locale=\?\)/,
      );
      expect(detail).toMatch(/SEARCH products USING INTEGER PRIMARY KEY/);
      expect(detail).not.toMatch(/TEMP B-TREE/);
    },
  );

  it.each([false, true])(
    'page a category along the name index, without sorting (from the end: %s)',
    (reversed) => {
      const detail = plan(categoryPageQuery, reversed);
      expect(detail).toMatch(
        /SEARCH product_translations USING INDEX product_translations_locale_name_product \(locale=\?\)/,
      );
      expect(detail).toMatch(/SEARCH products USING INTEGER PRIMARY KEY/);
      expect(detail).not.toMatch(/TEMP B-TREE/);
    },
  );

  it.each([false, true])(
    'page a small category from its own index, sorting only its products (from the end: %s)',
    (reversed) => {
      const detail = plan(categorySortQuery, reversed);
      expect(detail).toMatch(
        /^SEARCH products USING INDEX products_category_id \(category_id=\?\)/,
      );
      expect(detail).toMatch(
        /SEARCH product_translations USING INDEX sqlite_autoindex_product_translations_1 \(product_id=\? AND locale=\?\)/,
      );
      // The sort is of the category's products only, which is why it is kept for small ones.
      expect(detail).toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    },
  );

  it('give a category the same pages either way', () => {
    const total = expectedIds('ru', 2).length;
    for (let page = 1; page <= pageCount(total); page += 1) {
      const { reversed, ...slice } = pageSlice(page, total);
      const values = { ...slice, locale: 'ru', categoryId: 2 };
      const walked = categoryPageQuery(db, { reversed }).prepare().all(values);
      const sorted = categorySortQuery(db, { reversed }).prepare().all(values);
      expect(walked.length).toBe(slice.limit);
      expect(sorted).toEqual(walked);
    }
  });
});

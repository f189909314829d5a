import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { openDatabase } from './connection';
import { categories, products, productTranslations } from './schema';
import { bulkProduct, seedBulkProducts, type BulkCategory } from './seed-bulk';

const twoCategories: BulkCategory[] = [
  { id: 1, images: ['products/tea-a.webp', 'products/tea-b.webp'] },
  { id: 2, images: ['products/coffee.webp'] },
];

describe('bulkProduct', () => {
  it('makes the same product from the same serial', () => {
    expect(bulkProduct(42, twoCategories)).toEqual(bulkProduct(42, twoCategories));
  });

  it('names it in both languages, with slugs unique across serials and languages', () => {
    const made = Array.from({ length: 2000 }, (_, index) => bulkProduct(index + 1, twoCategories));
    const first = made[0];
    expect(first?.en.name).toMatch(/No\. 1$/);
    expect(first?.ru.name).toMatch(/№ 1$/);
    expect(first?.ru.name).toMatch(/[а-я]/);
    for (const locale of ['en', 'ru'] as const) {
      expect(new Set(made.map((product) => product[locale].slug)).size).toBe(made.length);
      for (const product of made) expect(product[locale].slug).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('spreads products over the categories, reusing their images, with prices and stock', () => {
    const made = Array.from({ length: 1000 }, (_, index) => bulkProduct(index + 1, twoCategories));
    for (const category of twoCategories) {
      const inCategory = made.filter((product) => product.categoryId === category.id);
      expect(inCategory.length).toBe(500);
      expect(new Set(inCategory.map((product) => product.image))).toEqual(new Set(category.images));
    }
    const unavailable = made.filter((product) => !product.available).length;
    expect(unavailable).toBe(100);
    for (const product of made) {
      expect(Number.isInteger(product.priceMinor)).toBe(true);
      expect(product.priceMinor).toBeGreaterThanOrEqual(100);
      expect(product.priceMinor).toBeLessThan(10_000);
    }
    expect(new Set(made.map((product) => product.priceMinor)).size).toBeGreaterThan(500);
  });

  it('does not tie a category to a few names, so each category spans the name order', () => {
    const made = Array.from({ length: 1000 }, (_, index) => bulkProduct(index + 1, twoCategories));
    const firstWords = (categoryId: number) =>
      new Set(
        made
          .filter((product) => product.categoryId === categoryId)
          .map((product) => product.en.name.split(' ').slice(0, 2).join(' ')),
      );
    expect(firstWords(1)).toEqual(firstWords(2));
  });
});

describe('seedBulkProducts', () => {
  function catalogWithOneProduct() {
    const db = openDatabase(':memory:');
    for (const id of [1, 2]) db.insert(categories).values({ id }).run();
    db.insert(products)
      .values({ id: 1, categoryId: 2, image: 'products/seed.webp', priceMinor: 500 })
      .run();
    return db;
  }
  const count = (
    db: ReturnType<typeof openDatabase>,
    table: typeof products | typeof productTranslations,
  ) => db.get<{ n: number }>(sql`select count(*) as n from ${table}`)?.n;

  it('fills the catalog up to the total, in both languages, and no further on a second run', () => {
    const db = catalogWithOneProduct();
    expect(seedBulkProducts(db, 300)).toBe(299);
    expect(count(db, products)).toBe(300);
    expect(count(db, productTranslations)).toBe(2 * 299);
    expect(seedBulkProducts(db, 300)).toBe(0);
    expect(seedBulkProducts(db, 400)).toBe(100);
    expect(count(db, products)).toBe(400);
    const perCategory = db.all<{ categoryId: number; n: number; images: string }>(
      sql`select category_id as categoryId, count(*) as n, group_concat(distinct image) as images
          from ${products} group by category_id order by category_id`,
    );
    // The category without products gets the rows but has no image to reuse.
    expect(perCategory).toEqual([
      { categoryId: 1, n: 200, images: '' },
      { categoryId: 2, n: 200, images: 'products/seed.webp' },
    ]);
  });

  it("renews the page cache's tags as its triggers would, and leaves the triggers in place", () => {
    const db = catalogWithOneProduct();
    const triggers = () =>
      db.all<{ name: string; sql: string }>(
        sql`select name, sql from sqlite_master where type = 'trigger' order by name`,
      );
    const epoch = () => db.get<{ epoch: number }>(sql`select epoch from page_cache_epoch`)!.epoch;
    const before = triggers();
    const epochBefore = epoch();
    // A page cached before the seeding, for a product to come (a 404), and the oldest tags.
    db.run(sql`insert into page_cache_tags (tag, version) values ('product:2', 0)`);

    seedBulkProducts(db, 50);
    expect(triggers()).toEqual(before);
    const after = epoch();
    expect(after).toBeGreaterThan(epochBefore);
    const tags = new Map(
      db
        .all<{ tag: string; version: number }>(sql`select tag, version from page_cache_tags`)
        .map((row) => [row.tag, row.version]),
    );
    for (const tag of ['list', 'category:1', 'category:2', 'product:2', 'product:50'])
      expect(tags.get(tag), tag).toBe(after);

    // The triggers work again: an ordinary insert renews the list once more.
    db.insert(products).values({ categoryId: 1, image: 'products/x.webp', priceMinor: 1 }).run();
    expect(epoch()).toBeGreaterThan(after);
  });

  it('refuses a catalog without categories', () => {
    const db = openDatabase(':memory:');
    expect(() => seedBulkProducts(db, 10)).toThrow(/sample catalog/);
  });
});

import 'server-only';

import { and, asc, count, desc, eq, sql } from 'drizzle-orm';

import { getDb } from './database';
import { preparedOnce } from './prepared';
import type { ShopDatabase } from '../../db/connection';
import { categoryTranslations, products, productTranslations } from '../../db/schema';

// The catalog's hot statements, prepared once per process: a page view then only binds values.
// Pages are walks along product_translations_locale_name_product (locale, name, product_id), from
// the start or, for the second half, from the end (lib/domain/paging.ts pageSlice); a small
// category is sorted instead (walkBeatsSort).

export const productCardColumns = {
  id: products.id,
  name: productTranslations.name,
  slug: productTranslations.slug,
  image: products.image,
  priceMinor: products.priceMinor,
  available: products.available,
};

type PageOrder = { reversed: boolean };

/**
 * One page of the whole catalog in name order (the id breaks ties, so that pages never share or
 * skip a product). The rows OFFSET skips are read from the index alone, in a subquery; only the
 * page's own rows are joined to their cards: the middle of 100,000 products takes a few ms, not
 * the ~50 ms of joining every skipped row to products.
 */
export function catalogPageQuery(db: ShopDatabase, { reversed }: PageOrder) {
  const direction = reversed ? desc : asc;
  const page = db
    .select({ productId: productTranslations.productId, name: productTranslations.name })
    .from(productTranslations)
    .where(eq(productTranslations.locale, sql.placeholder('locale')))
    .orderBy(direction(productTranslations.name), direction(productTranslations.productId))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .as('page');
  return db
    .select(productCardColumns)
    .from(page)
    .innerJoin(
      productTranslations,
      and(
        eq(productTranslations.productId, page.productId),
        eq(productTranslations.locale, sql.placeholder('locale')),
      ),
    )
    .innerJoin(products, eq(products.id, page.productId))
    .orderBy(direction(page.name), direction(page.productId));
}

/**
 * One page of a category in the same order: the same walk, with a primary-key look-up in products
 * per row for its category. Never a sort; pages in the middle of a large category cost the most.
 */
export function categoryPageQuery(db: ShopDatabase, { reversed }: PageOrder) {
  const direction = reversed ? desc : asc;
  return db
    .select(productCardColumns)
    .from(productTranslations)
    .innerJoin(products, eq(products.id, productTranslations.productId))
    .where(
      and(
        eq(productTranslations.locale, sql.placeholder('locale')),
        eq(products.categoryId, sql.placeholder('categoryId')),
      ),
    )
    .orderBy(direction(productTranslations.name), direction(productTranslations.productId))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'));
}

/**
 * The same page of a category by the other plan: its products from products_category_id, each
 * with its translation, sorted. Cheaper than the walk for a small category, which the walk would
 * search the whole catalog for (lib/domain/paging.ts walkBeatsSort decides). CROSS JOIN keeps
 * SQLite's join order, products first: otherwise it would walk the name index anyway.
 */
export function categorySortQuery(db: ShopDatabase, { reversed }: PageOrder) {
  const direction = reversed ? desc : asc;
  return db
    .select(productCardColumns)
    .from(products)
    .crossJoin(productTranslations)
    .where(
      and(
        eq(products.categoryId, sql.placeholder('categoryId')),
        eq(productTranslations.productId, products.id),
        eq(productTranslations.locale, sql.placeholder('locale')),
      ),
    )
    .orderBy(direction(productTranslations.name), direction(productTranslations.productId))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'));
}

function prepareStatements(db: ShopDatabase) {
  // Every product has a row in each language (the admin form saves both in one transaction), so
  // counting products counts the cards a list shows, from the smallest index.
  return {
    page: catalogPageQuery(db, { reversed: false }).prepare(),
    pageFromEnd: catalogPageQuery(db, { reversed: true }).prepare(),
    categoryPage: categoryPageQuery(db, { reversed: false }).prepare(),
    categoryPageFromEnd: categoryPageQuery(db, { reversed: true }).prepare(),
    categorySort: categorySortQuery(db, { reversed: false }).prepare(),
    categorySortFromEnd: categorySortQuery(db, { reversed: true }).prepare(),
    countAll: db.select({ total: count() }).from(products).prepare(),
    countInCategory: db
      .select({ total: count() })
      .from(products)
      .where(eq(products.categoryId, sql.placeholder('categoryId')))
      .prepare(),
    // For the proxy, which knows the category by its address only.
    countInCategoryBySlug: db
      .select({ total: count() })
      .from(categoryTranslations)
      .innerJoin(products, eq(products.categoryId, categoryTranslations.categoryId))
      .where(
        and(
          eq(categoryTranslations.locale, sql.placeholder('locale')),
          eq(categoryTranslations.slug, sql.placeholder('slug')),
        ),
      )
      .prepare(),
  };
}

type CatalogStatements = ReturnType<typeof prepareStatements>;

let prepared: { db: ShopDatabase; statements: CatalogStatements } | undefined;

export function catalogStatements(): CatalogStatements {
  const db = getDb();
  if (prepared?.db !== db) prepared = { db, statements: prepareStatements(db) };
  return prepared.statements;
}

/** A product's name and slug in one language (by id): what the cart's messages and redirects name. */
export const productInLocale = preparedOnce((db) =>
  db
    .select({ name: productTranslations.name, slug: productTranslations.slug })
    .from(productTranslations)
    .where(
      and(
        eq(productTranslations.productId, sql.placeholder('id')),
        eq(productTranslations.locale, sql.placeholder('locale')),
      ),
    )
    .prepare(),
);

import 'server-only';

import { and, asc, eq } from 'drizzle-orm';
import { connection } from 'next/server';

import { getDb } from './database';
import { categoryTranslations, products, productTranslations } from '../../db/schema';
import { pageCount, pageExists, pageSlice, walkBeatsSort } from '../domain/paging';
import type { Locale } from '../i18n/locales';
import { catalogStatements, productCardColumns } from './catalog-statements';

// Every read starts with connection(): better-sqlite3 answers synchronously, and without it Next
// would bake build-time rows into the static shell. Catalog data is read fresh on each request.

export type CategoryLink = { id: number; name: string; slug: string };

export type ProductCard = {
  id: number;
  name: string;
  slug: string;
  image: string;
  priceMinor: number;
  available: boolean;
};

export type ProductDetail = ProductCard & {
  description: string;
  category: CategoryLink;
};

const categoryColumns = {
  id: categoryTranslations.categoryId,
  name: categoryTranslations.name,
  slug: categoryTranslations.slug,
};

export async function listCategories(locale: Locale): Promise<CategoryLink[]> {
  await connection();
  return getDb()
    .select(categoryColumns)
    .from(categoryTranslations)
    .where(eq(categoryTranslations.locale, locale))
    .orderBy(asc(categoryTranslations.name))
    .all();
}

export type ProductPage = {
  products: ProductCard[];
  /** Every product of the list, on all pages. */
  total: number;
  page: number;
  pageCount: number;
};

/**
 * One page of the catalog, or of a category, in name order; undefined for a page past the last
 * (the proxy answers those with 404 before the page renders; this covers a product deleted in
 * between). Counts and one indexed query, the same cost for page 2 of 100,000 products as of 48.
 */
export async function listProductPage(
  locale: Locale,
  page: number,
  categoryId?: number,
): Promise<ProductPage | undefined> {
  await connection();
  const statements = catalogStatements();
  const catalogTotal = statements.countAll.get()?.total ?? 0;
  const total =
    categoryId === undefined
      ? catalogTotal
      : (statements.countInCategory.get({ categoryId })?.total ?? 0);
  if (!pageExists(page, total)) return undefined;
  const slice = pageSlice(page, total);
  const [fromStart, fromEnd] =
    categoryId === undefined
      ? [statements.page, statements.pageFromEnd]
      : walkBeatsSort(slice, total, catalogTotal)
        ? [statements.categoryPage, statements.categoryPageFromEnd]
        : [statements.categorySort, statements.categorySortFromEnd];
  const { offset, limit, reversed } = slice;
  const rows = (reversed ? fromEnd : fromStart).all({ locale, categoryId, limit, offset });
  return {
    products: reversed ? rows.reverse() : rows,
    total,
    page,
    pageCount: pageCount(total),
  };
}

export async function findCategoryBySlug(
  locale: Locale,
  slug: string,
): Promise<CategoryLink | undefined> {
  await connection();
  return getDb()
    .select(categoryColumns)
    .from(categoryTranslations)
    .where(and(eq(categoryTranslations.locale, locale), eq(categoryTranslations.slug, slug)))
    .get();
}

export async function findProductBySlug(
  locale: Locale,
  slug: string,
): Promise<ProductDetail | undefined> {
  await connection();
  const row = getDb()
    .select({
      ...productCardColumns,
      description: productTranslations.description,
      categoryId: categoryTranslations.categoryId,
      categoryName: categoryTranslations.name,
      categorySlug: categoryTranslations.slug,
    })
    .from(productTranslations)
    .innerJoin(products, eq(products.id, productTranslations.productId))
    .innerJoin(
      categoryTranslations,
      and(
        eq(categoryTranslations.categoryId, products.categoryId),
        eq(categoryTranslations.locale, locale),
      ),
    )
    .where(and(eq(productTranslations.locale, locale), eq(productTranslations.slug, slug)))
    .get();
  if (!row) return undefined;
  const { categoryId, categoryName, categorySlug, ...product } = row;
  return { ...product, category: { id: categoryId, name: categoryName, slug: categorySlug } };
}

/** A product's name in one language, for messages (actions run outside page rendering). */
export async function productName(productId: number, locale: Locale): Promise<string | undefined> {
  return getDb()
    .select({ name: productTranslations.name })
    .from(productTranslations)
    .where(
      and(eq(productTranslations.productId, productId), eq(productTranslations.locale, locale)),
    )
    .get()?.name;
}

import 'server-only';

import { and, asc, eq } from 'drizzle-orm';
import { connection } from 'next/server';

import { getDb } from '../../db/client';
import { categoryTranslations, products, productTranslations } from '../../db/schema';
import type { Locale } from '../i18n/locales';

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

const productCardColumns = {
  id: products.id,
  name: productTranslations.name,
  slug: productTranslations.slug,
  image: products.image,
  priceMinor: products.priceMinor,
  available: products.available,
};

export async function listProducts(locale: Locale, categoryId?: number): Promise<ProductCard[]> {
  await connection();
  return getDb()
    .select(productCardColumns)
    .from(products)
    .innerJoin(
      productTranslations,
      and(eq(productTranslations.productId, products.id), eq(productTranslations.locale, locale)),
    )
    .where(categoryId === undefined ? undefined : eq(products.categoryId, categoryId))
    .orderBy(asc(productTranslations.name))
    .all();
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

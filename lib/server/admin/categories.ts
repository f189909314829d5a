import 'server-only';

import { asc, count, eq, sql } from 'drizzle-orm';

import { getDb } from '../database';
import { categories, categoryTranslations, products } from '../../../db/schema';
import { defaultLocale, locales, type Locale } from '../../i18n/locales';
import type { CategoryFormErrors, CategoryFormInput } from '../../validation/admin-category';
import { containsPattern } from './like-pattern';
import { takenSlugs, type SlugTable } from './slugs';

export type AdminCategory = {
  id: number;
  names: Record<Locale, string>;
  slugs: Record<Locale, string>;
  productCount: number;
};

/**
 * Every category, or those whose name or slug in either language holds `query` (any letter case),
 * with its names in both languages and how many products it holds (two queries).
 */
export async function listAdminCategories(
  locale: Locale,
  query?: string,
): Promise<AdminCategory[]> {
  const db = getDb();
  const pattern = query ? containsPattern(query) : undefined;
  const matching = pattern
    ? sql`${categoryTranslations.categoryId} in (select category_id from category_translations
        where lower(name) like ${pattern} escape '\\' or lower(slug) like ${pattern} escape '\\')`
    : undefined;
  const rows = await db
    .select()
    .from(categoryTranslations)
    .where(matching)
    .orderBy(asc(categoryTranslations.categoryId));
  const counts = await db
    .select({ id: products.categoryId, n: count() })
    .from(products)
    .groupBy(products.categoryId);
  const byId = new Map<number, AdminCategory>();
  for (const row of rows) {
    const entry = byId.get(row.categoryId) ?? {
      id: row.categoryId,
      names: { en: '', ru: '' },
      slugs: { en: '', ru: '' },
      productCount: counts.find((c) => c.id === row.categoryId)?.n ?? 0,
    };
    entry.names[row.locale] = row.name;
    entry.slugs[row.locale] = row.slug;
    byId.set(row.categoryId, entry);
  }
  return [...byId.values()].sort((a, b) => a.names[locale].localeCompare(b.names[locale], locale));
}

export async function findAdminCategory(id: number): Promise<AdminCategory | undefined> {
  return (await listAdminCategories(defaultLocale)).find((category) => category.id === id);
}

const CATEGORY_SLUGS: SlugTable = {
  table: categoryTranslations,
  ownerId: categoryTranslations.categoryId,
  locale: categoryTranslations.locale,
  slug: categoryTranslations.slug,
};

/** `missing`: the category was deleted meanwhile (or the id was forged); nothing was written. */
export type SaveCategoryResult =
  | { ok: true; id: number }
  | { ok: false; errors: CategoryFormErrors }
  | { ok: false; missing: true };

/** Creates (no id) or updates a category with both languages, in one transaction. */
export async function saveCategory(
  id: number | undefined,
  input: CategoryFormInput,
): Promise<SaveCategoryResult> {
  const errors: CategoryFormErrors = await takenSlugs(CATEGORY_SLUGS, input, id);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const savedId = getDb().transaction(
    (tx) => {
      const categoryId =
        id ?? tx.insert(categories).values({}).returning({ id: categories.id }).get().id;
      if (id !== undefined) {
        const update = tx.update(categories).set({ updatedAt: new Date() });
        // No row to hang the translations on: the insert below would break the foreign key.
        if (update.where(eq(categories.id, id)).run().changes === 0) return undefined;
      }
      for (const locale of locales) {
        tx.insert(categoryTranslations)
          .values({ categoryId, locale, ...input[locale] })
          .onConflictDoUpdate({
            target: [categoryTranslations.categoryId, categoryTranslations.locale],
            set: input[locale],
          })
          .run();
      }
      return categoryId;
    },
    { behavior: 'immediate' },
  );
  return savedId === undefined ? { ok: false, missing: true } : { ok: true, id: savedId };
}

export type DeleteCategoryResult = 'deleted' | 'missing' | 'hasProducts';

/** A category that still holds products stays (products.category_id restricts): move them first. */
export async function deleteCategory(id: number): Promise<DeleteCategoryResult> {
  return getDb().transaction(
    (tx) => {
      const held = tx
        .select({ n: count() })
        .from(products)
        .where(eq(products.categoryId, id))
        .get();
      if ((held?.n ?? 0) > 0) return 'hasProducts';
      return tx.delete(categories).where(eq(categories.id, id)).run().changes > 0
        ? 'deleted'
        : 'missing';
    },
    { behavior: 'immediate' },
  );
}

import 'server-only';

import { and, eq } from 'drizzle-orm';

import { getDb } from './database';
import { categoryTranslations, productTranslations } from '../../db/schema';
import type { Locale } from '../i18n/locales';

export type SlugKind = 'products' | 'category';

export type SlugResolution =
  { kind: 'found' } | { kind: 'translated'; slug: string } | { kind: 'missing' };

/**
 * Whether a product or category address exists in this language, exists under the other
 * language's slug (after a language switch), or not at all. The proxy asks this before the page
 * renders, so that a missing one gets a real 404 with a server-rendered body.
 */
export async function resolveSlug(
  kind: SlugKind,
  locale: Locale,
  slug: string,
): Promise<SlugResolution> {
  const table = kind === 'products' ? productTranslations : categoryTranslations;
  const idColumn =
    kind === 'products' ? productTranslations.productId : categoryTranslations.categoryId;
  const db = getDb();
  const rows = db
    .select({ id: idColumn, locale: table.locale })
    .from(table)
    .where(eq(table.slug, slug))
    .all();
  if (rows.some((row) => row.locale === locale)) return { kind: 'found' };
  const other = rows[0];
  if (!other) return { kind: 'missing' };
  const translated = db
    .select({ slug: table.slug })
    .from(table)
    .where(and(eq(idColumn, other.id), eq(table.locale, locale)))
    .get();
  return translated ? { kind: 'translated', slug: translated.slug } : { kind: 'missing' };
}

import 'server-only';

import { and, eq, ne } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

import { getDb } from '../database';
import { locales, type Locale } from '../../i18n/locales';

/** A translations table: one row per owner (category, product) and locale, with its slug. */
export type SlugTable = {
  table: SQLiteTable;
  ownerId: SQLiteColumn;
  locale: SQLiteColumn;
  slug: SQLiteColumn;
};

/**
 * The form errors for slugs another owner already uses in the same language (`slug-en`, ...);
 * excludeId is the owner being edited, whose own slugs do not count.
 */
export async function takenSlugs(
  { table, ownerId, locale: localeColumn, slug }: SlugTable,
  input: Record<Locale, { slug: string }>,
  excludeId?: number,
): Promise<Partial<Record<string, 'slugTaken'>>> {
  const errors: Partial<Record<string, 'slugTaken'>> = {};
  for (const locale of locales) {
    const clash = getDb()
      .select({ id: ownerId })
      .from(table)
      .where(
        and(
          eq(localeColumn, locale),
          eq(slug, input[locale].slug),
          excludeId === undefined ? undefined : ne(ownerId, excludeId),
        ),
      )
      .get();
    if (clash) errors[`slug-${locale}`] = 'slugTaken';
  }
  return errors;
}

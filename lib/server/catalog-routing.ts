import 'server-only';

import { pageExists, parsePage } from '../domain/paging';
import type { Locale } from '../i18n/locales';
import { catalogStatements } from './catalog-statements';

export type CatalogPageResolution = { kind: 'found' } | { kind: 'first' } | { kind: 'missing' };

/**
 * Whether the `?page=` values of a catalog or category address name a page that exists: `first`
 * for ?page=1, whose address is the bare one; `missing` for what is not a page number or lies
 * past the last page. The proxy asks before the page renders, so that a missing page gets a real
 * 404 (docs/decisions/0001). One count, and none for an address without ?page=.
 */
export async function resolveCatalogPage(
  locale: Locale,
  categorySlug: string | undefined,
  values: readonly string[],
): Promise<CatalogPageResolution> {
  if (values.length === 0) return { kind: 'found' };
  const page = parsePage(values);
  if (page === undefined) return { kind: 'missing' };
  if (page === 1) return { kind: 'first' };
  const statements = catalogStatements();
  const row =
    categorySlug === undefined
      ? statements.countAll.get()
      : statements.countInCategoryBySlug.get({ locale, slug: categorySlug });
  return pageExists(page, row?.total ?? 0) ? { kind: 'found' } : { kind: 'missing' };
}

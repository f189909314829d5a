import 'server-only';

import { getDb } from './database';
import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { getPathname } from '../i18n/navigation';
import { env } from '../validation/env';
import { escapeHtml } from './html';

/**
 * What search engines and link previews read: the shop's public address, each page's address in
 * every language, and the sitemap (GET /sitemap.xml, an index of /sitemaps/{n}.xml pages).
 */

/** The shop's public origin: SHOP_URL, else the address a request came to. */
export function siteOrigin(requestUrl?: string): string {
  const configured = env().SHOP_URL;
  if (configured) return configured;
  return requestUrl ? new URL(requestUrl).origin : 'http://localhost:3000';
}

export type LocalizedPaths = Record<Locale, string>;

/** hreflang alternates for a page: each language's address, and the default language's as x-default. */
export function languageAlternates(paths: LocalizedPaths): Record<string, string> {
  return { ...paths, 'x-default': paths[defaultLocale] };
}

const slugColumns = locales.map((locale) => `${locale}.slug AS ${locale}`).join(', ');
const slugJoins = (table: string, key: string, owner: string) =>
  locales
    .map(
      (locale) =>
        `JOIN ${table} ${locale} ON ${locale}.${key} = ${owner}.id AND ${locale}.locale = '${locale}'`,
    )
    .join(' ');

type SlugRow = Record<Locale, string> & { id: number; updatedAt: number };

function productRows(limit: number, offset: number): SlugRow[] {
  return getDb()
    .$client.prepare(
      `SELECT p.id, p.updated_at AS updatedAt, ${slugColumns} FROM products p
       ${slugJoins('product_translations', 'product_id', 'p')} ORDER BY p.id LIMIT ? OFFSET ?`,
    )
    .all(limit, offset) as SlugRow[];
}

function categoryRows(): SlugRow[] {
  return getDb()
    .$client.prepare(
      `SELECT c.id, c.updated_at AS updatedAt, ${slugColumns} FROM categories c
       ${slugJoins('category_translations', 'category_id', 'c')} ORDER BY c.id`,
    )
    .all() as SlugRow[];
}

/** A product's address in every language, or undefined when it has not got one in each. */
export async function productPaths(productId: number): Promise<LocalizedPaths | undefined> {
  const row = getDb()
    .$client.prepare(
      `SELECT p.id, p.updated_at AS updatedAt, ${slugColumns} FROM products p
       ${slugJoins('product_translations', 'product_id', 'p')} WHERE p.id = ?`,
    )
    .get(productId) as SlugRow | undefined;
  return row && pathsOf(row, 'products');
}

/** A category's address in every language (page 1), or undefined. */
export async function categoryPaths(categoryId: number): Promise<LocalizedPaths | undefined> {
  const row = categoryRows().find((candidate) => candidate.id === categoryId);
  return row && pathsOf(row, 'category');
}

export function homePaths(): LocalizedPaths {
  return Object.fromEntries(
    locales.map((locale) => [locale, getPathname({ href: '/', locale })]),
  ) as LocalizedPaths;
}

function pathsOf(row: SlugRow, section: 'products' | 'category'): LocalizedPaths {
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      getPathname({ href: `/${section}/${encodeURIComponent(row[locale])}`, locale }),
    ]),
  ) as LocalizedPaths;
}

// Each product is one <url> per language, with its alternates: 10,000 products make 20,000
// entries, well under the 50,000 (and 50 MB) a sitemap may hold.
export const SITEMAP_PRODUCTS_PER_PAGE = 10_000;

export async function sitemapPageCount(): Promise<number> {
  const { n } = getDb().$client.prepare('SELECT count(*) AS n FROM products').get() as {
    n: number;
  };
  return Math.max(1, Math.ceil(n / SITEMAP_PRODUCTS_PER_PAGE));
}

type SitemapEntry = { paths: LocalizedPaths; updatedAt?: number };

/** Page n of the sitemap: the home and category pages on the first, then products by id. */
export async function sitemapPage(page: number): Promise<SitemapEntry[] | undefined> {
  if (!Number.isSafeInteger(page) || page < 0 || page >= (await sitemapPageCount()))
    return undefined;
  const entries: SitemapEntry[] = [];
  if (page === 0) {
    entries.push({ paths: homePaths() });
    for (const row of categoryRows())
      entries.push({ paths: pathsOf(row, 'category'), updatedAt: row.updatedAt });
  }
  const rows = productRows(SITEMAP_PRODUCTS_PER_PAGE, page * SITEMAP_PRODUCTS_PER_PAGE);
  for (const row of rows)
    entries.push({ paths: pathsOf(row, 'products'), updatedAt: row.updatedAt });
  return entries;
}

export function sitemapXml(entries: SitemapEntry[], origin: string): string {
  const urls = entries.flatMap(({ paths, updatedAt }) => {
    const links = Object.entries(languageAlternates(paths))
      .map(
        ([language, path]) =>
          `<xhtml:link rel="alternate" hreflang="${language}" href="${escapeHtml(origin + path)}"/>`,
      )
      .join('');
    const modified = updatedAt ? `<lastmod>${new Date(updatedAt).toISOString()}</lastmod>` : '';
    return locales.map(
      (locale) => `<url><loc>${escapeHtml(origin + paths[locale])}</loc>${modified}${links}</url>`,
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ' +
    'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    urls.join('\n') +
    '\n</urlset>\n'
  );
}

export function sitemapIndexXml(pages: number, origin: string): string {
  const items = Array.from(
    { length: pages },
    (_, page) => `<sitemap><loc>${escapeHtml(`${origin}/sitemaps/${page}.xml`)}</loc></sitemap>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    items.join('\n') +
    '\n</sitemapindex>\n'
  );
}

/** robots.txt: everything but the pages of one visitor (cart, checkout, account, orders, admin). */
export function robotsTxt(origin: string): string {
  const privateSections = ['cart', 'checkout', 'account', 'orders', 'payment', 'admin'];
  const disallowed = locales.flatMap((locale) =>
    privateSections.map((section) => `Disallow: /${locale}/${section}`),
  );
  return [
    'User-agent: *',
    ...disallowed,
    'Allow: /',
    '',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}

/**
 * A page's canonical address and its addresses in the other languages, for <link rel="canonical">
 * and hreflang alternates (relative: the layout's metadataBase makes them absolute). `query`
 * carries a list's page number, the same in every language.
 */
export function pageAlternates(paths: LocalizedPaths, locale: Locale, query = '') {
  const languages = Object.fromEntries(
    Object.entries(languageAlternates(paths)).map(([language, path]) => [language, path + query]),
  );
  return { canonical: paths[locale] + query, languages };
}

export type ProductForSearch = {
  id: number;
  name: string;
  description: string;
  image: string;
  price: string;
  currency: string;
  available: boolean;
};

/** schema.org Product data for a product page: what a search result shows beside the link. */
export function productJsonLd(product: ProductForSearch, url: string, origin: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    sku: String(product.id),
    name: product.name,
    description: product.description,
    image: [`${origin}/media/${product.image}`],
    offers: {
      '@type': 'Offer',
      url,
      price: product.price,
      priceCurrency: product.currency,
      availability: `https://schema.org/${product.available ? 'InStock' : 'OutOfStock'}`,
    },
  };
}

/** JSON for an inline <script type="application/ld+json">: no "</script>" can end it early. */
export function inlineJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

import 'server-only';

import { isLocale, type Locale } from '../../i18n/locales';
import { CART_POST_ERROR } from '../../validation/cart-forms';

/** A request for a catalog page, the same for every visitor but for its header (./variant.ts). */
export type PageRequest =
  | { kind: 'list'; locale: Locale; path: string }
  | { kind: 'category' | 'product'; locale: Locale; slug: string; path: string };

const LIST = /^\/([a-z]{2})$/;
const SLUG_PAGE = /^\/([a-z]{2})\/(category|products)\/([^/]+)$/;
// Requests from Next's client router (RSC payloads, prefetches, server actions) differ per client.
const ROUTER_HEADERS = ['rsc', 'next-action', 'next-router-state-tree', 'next-router-prefetch'];

/**
 * Which cached page a request asks for, or undefined when it is not one (Next answers it). `path`
 * is the page's address as rendered: the pathname and, on paged lists, `?page=N`; other query
 * parameters change nothing on these pages and are left out, so they cannot split the cache.
 */
export function pageRequest(
  method: string | undefined,
  url: string | undefined,
  headers: Record<string, string | string[] | undefined>,
): PageRequest | undefined {
  const document = documentRequest(method, url, headers);
  if (!document) return undefined;
  const { pathname, query } = document;
  const list = LIST.exec(pathname);
  if (list) {
    const locale = list[1];
    if (!isLocale(locale)) return undefined;
    return { kind: 'list', locale, path: `/${locale}${pageSuffix(query)}` };
  }
  const [, locale, section, rawSlug] = SLUG_PAGE.exec(pathname) ?? [];
  if (!isLocale(locale) || !rawSlug) return undefined;
  const slug = safeDecode(rawSlug);
  if (slug === undefined) return undefined;
  const encoded = encodeURIComponent(slug);
  if (section === 'category')
    return {
      kind: 'category',
      locale,
      slug,
      path: `/${locale}/category/${encoded}${pageSuffix(query)}`,
    };
  // After adding to the cart was refused without JavaScript, the page tells why (its query names
  // it: lib/server/cart-post.ts): Next renders that one for the visitor.
  if (query.has(CART_POST_ERROR.code)) return undefined;
  return { kind: 'product', locale, slug, path: `/${locale}/products/${encoded}` };
}

/**
 * A browser's GET or HEAD of a page, as its address and query; undefined for anything else:
 * another method, or a request of Next's client router (an RSC payload, a prefetch, an action).
 */
export function documentRequest(
  method: string | undefined,
  url: string | undefined,
  headers: Record<string, string | string[] | undefined>,
): { pathname: string; query: URLSearchParams } | undefined {
  if ((method !== 'GET' && method !== 'HEAD') || !url) return undefined;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return undefined;
  const queryAt = url.indexOf('?');
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : url.slice(queryAt + 1));
  return query.has('_rsc') ? undefined : { pathname, query };
}

// Every `page` value is kept, so that Next sees a repeated one and refuses it (a 404) as it would.
function pageSuffix(query: URLSearchParams): string {
  const pages = query.getAll('page');
  return pages.length === 0
    ? ''
    : `?${pages.map((page) => `page=${encodeURIComponent(page)}`).join('&')}`;
}

function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

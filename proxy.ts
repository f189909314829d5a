import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';

import { isLocale } from './lib/i18n/locales';
import { routing } from './lib/i18n/routing';
import { forbiddenPage } from './lib/server/admin/forbidden-page';
import { loginPath } from './lib/server/auth';
import { orderVisibleTo, viewerOf } from './lib/server/orders';
import { guardPost } from './lib/server/post-guard';
import { secureResponse } from './lib/server/proxy-security';
import { sessionSettings } from './lib/server/session';
import { unsealSession } from './lib/server/session-cookie';
import { renewSession } from './lib/server/session-renewal';
import { checkedSession } from './lib/server/sessions';
import { resolveSlug } from './lib/server/slug-routing';
import { resolveCatalogPage } from './lib/server/catalog-routing';
import { parseId } from './lib/validation/id';

// Sends "/" and any path without a language to /en or /ru by the NEXT_LOCALE cookie, then
// Accept-Language, then English.
const localize = createMiddleware(routing);

const SLUG_PAGE = /^\/([a-z]{2})\/(products|category)\/([^/]+)\/?$/;
// The paged lists: the catalog and a category, with ?page=N.
const LIST_PAGE = /^\/([a-z]{2})(?:\/category\/([^/]+))?\/?$/;
const ADMIN_PATH = /^\/([a-z]{2})\/admin(?:\/|$)/;
// The order page and its payment pages.
const ORDER_PAGE = /^\/([a-z]{2})\/orders\/([^/]+)(?:\/pay(?:\/authenticate)?)?\/?$/;
// Where payment gateways send the shopper back: the order is in the query (?order=42).
const PAYMENT_RESULT_PAGE = /^\/([a-z]{2})\/payment\/(?:completed|canceled)\/?$/;

export default async function proxy(request: NextRequest) {
  // A cross-site or oversized form post is refused before anything reads it (403, 411, 413).
  const refused = guardPost(request);
  if (refused) return secureResponse(request, refused);
  const response =
    (await guardOrder(request)) ?? (await guardAdmin(request)) ?? (await route(request));
  // A POST is a server action, which writes the session itself; renewing it here too would race.
  if (request.method === 'GET') await renewSession(request, response);
  return secureResponse(request, response);
}

async function route(request: NextRequest): Promise<NextResponse> {
  const [, locale, kind, rawSlug] = SLUG_PAGE.exec(request.nextUrl.pathname) ?? [];
  if (isLocale(locale) && (kind === 'products' || kind === 'category') && rawSlug) {
    const resolution = await resolveSlug(kind, locale, safeDecode(rawSlug));
    if (resolution.kind === 'translated') {
      // The query goes along: page 3 of a category is page 3 in the other language too.
      const target = `/${locale}/${kind}/${encodeURIComponent(resolution.slug)}${request.nextUrl.search}`;
      return NextResponse.redirect(new URL(target, request.url), 308);
    }
    if (resolution.kind === 'missing') return notFound(request, locale);
  }
  return (await guardListPage(request)) ?? localize(request);
}

/**
 * A catalog or category page number must exist: ?page=0, ?page=abc, ?page=2.5 or a page past the
 * last get a real 404; ?page=1 is sent (308) to the bare address, so each page has one address.
 */
async function guardListPage(request: NextRequest): Promise<NextResponse | undefined> {
  const { pathname, searchParams } = request.nextUrl;
  const [, locale, rawSlug] = LIST_PAGE.exec(pathname) ?? [];
  if (!isLocale(locale) || !searchParams.has('page')) return undefined;
  const slug = rawSlug === undefined ? undefined : safeDecode(rawSlug);
  const resolution = await resolveCatalogPage(locale, slug, searchParams.getAll('page'));
  if (resolution.kind === 'missing') return notFound(request, locale);
  if (resolution.kind === 'first') {
    const target = request.nextUrl.clone();
    target.searchParams.delete('page');
    return NextResponse.redirect(target, 308);
  }
  return undefined;
}

/**
 * An order page, and its payment pages, open only for the session that placed the order, its
 * owner and staff (canSeeOrder); for anyone else, and for ids that are not numbers, the order
 * does not exist.
 */
async function guardOrder(request: NextRequest): Promise<NextResponse | undefined> {
  const { pathname, searchParams } = request.nextUrl;
  const [, resultLocale] = PAYMENT_RESULT_PAGE.exec(pathname) ?? [];
  const [, pageLocale, pageId] = ORDER_PAGE.exec(pathname) ?? [];
  const locale = resultLocale ?? pageLocale;
  const id = resultLocale ? (searchParams.get('order') ?? '') : pageId;
  if (!isLocale(locale) || id === undefined) return undefined;
  const settings = sessionSettings();
  const session = await checkedSession(
    await unsealSession(request.cookies.get(settings.cookieName)?.value, settings),
  );
  const orderId = parseId(id);
  if (orderId !== undefined && (await orderVisibleTo(orderId, session))) return undefined;
  return notFound(request, locale);
}

/**
 * The staff pages: a visitor is sent to log in (and back here afterwards); a logged-in customer
 * gets "No access" in their language with a real 403. A page cannot set its status and a rewrite
 * loses the one it is given, so the proxy answers with the whole page itself.
 * Every admin page, action and route handler checks again (requireStaff): this is the first lock.
 */
async function guardAdmin(request: NextRequest): Promise<NextResponse | undefined> {
  const { pathname, search } = request.nextUrl;
  const [, locale] = ADMIN_PATH.exec(pathname) ?? [];
  if (!isLocale(locale)) return undefined;
  const settings = sessionSettings();
  const session = await checkedSession(
    await unsealSession(request.cookies.get(settings.cookieName)?.value, settings),
  );
  const { user } = await viewerOf(session);
  if (user?.isStaff) return undefined;
  if (!user) {
    // loginPath takes the page's path inside its locale: "/en/admin/orders" -> "/admin/orders".
    const returnTo = `${pathname.slice(locale.length + 1) || '/'}${search}`;
    return NextResponse.redirect(new URL(loginPath(locale, returnTo), request.url), 303);
  }
  return new NextResponse(forbiddenPage(locale), {
    status: 403,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}

// Next server-renders only the not-found page of an unmatched address (a notFound() thrown by a
// page reaches the browser as an empty shell that needs JavaScript), so what does not exist is
// rewritten to an address no route matches: app/global-not-found.tsx answers, with status 404.
function notFound(request: NextRequest, locale: string): NextResponse {
  return NextResponse.rewrite(new URL(`/${locale}/not-found`, request.url), {
    request: { headers: localeHeaders(request, locale) },
  });
}

function localeHeaders(request: NextRequest, locale: string): Headers {
  const headers = new Headers(request.headers);
  headers.set('X-NEXT-INTL-LOCALE', locale);
  return headers;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export const config = {
  // Everything except API routes, Next's own files, media and files with an extension.
  matcher: ['/((?!api|_next|_vercel|media|.*\\..*).*)'],
};

import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';

import { isLocale } from './lib/i18n/locales';
import { routing } from './lib/i18n/routing';
import { orderVisibleTo } from './lib/server/orders';
import { sessionSettings } from './lib/server/session';
import { unsealSession } from './lib/server/session-cookie';
import { renewSession } from './lib/server/session-renewal';
import { resolveSlug } from './lib/server/slug-routing';

// Sends "/" and any path without a language to /en or /ru by the NEXT_LOCALE cookie, then
// Accept-Language, then English.
const localize = createMiddleware(routing);

const SLUG_PAGE = /^\/([a-z]{2})\/(products|category)\/([^/]+)\/?$/;
// The order page and its payment pages.
const ORDER_PAGE = /^\/([a-z]{2})\/orders\/([^/]+)(?:\/pay(?:\/authenticate)?)?\/?$/;
// Where payment gateways send the shopper back: the order is in the query (?order=42).
const PAYMENT_RESULT_PAGE = /^\/([a-z]{2})\/payment\/(?:completed|canceled)\/?$/;

export default async function proxy(request: NextRequest) {
  const response = (await guardOrder(request)) ?? route(request);
  // A POST is a server action, which writes the session itself; renewing it here too would race.
  if (request.method === 'GET') await renewSession(request, response);
  return response;
}

function route(request: NextRequest): NextResponse {
  const [, locale, kind, rawSlug] = SLUG_PAGE.exec(request.nextUrl.pathname) ?? [];
  if (isLocale(locale) && (kind === 'products' || kind === 'category') && rawSlug) {
    const resolution = resolveSlug(kind, locale, safeDecode(rawSlug));
    if (resolution.kind === 'translated') {
      const target = `/${locale}/${kind}/${encodeURIComponent(resolution.slug)}`;
      return NextResponse.redirect(new URL(target, request.url), 308);
    }
    if (resolution.kind === 'missing') return notFound(request, locale);
  }
  return localize(request);
}

/**
 * An order page, and its payment pages, open only for the session that placed the order; for
 * anyone else, and for ids that are not numbers, the order does not exist.
 */
async function guardOrder(request: NextRequest): Promise<NextResponse | undefined> {
  const { pathname, searchParams } = request.nextUrl;
  const [, resultLocale] = PAYMENT_RESULT_PAGE.exec(pathname) ?? [];
  const [, pageLocale, pageId] = ORDER_PAGE.exec(pathname) ?? [];
  const locale = resultLocale ?? pageLocale;
  const id = resultLocale ? (searchParams.get('order') ?? '') : pageId;
  if (!isLocale(locale) || id === undefined) return undefined;
  const settings = sessionSettings();
  const session = await unsealSession(request.cookies.get(settings.cookieName)?.value, settings);
  if (/^\d{1,15}$/.test(id) && orderVisibleTo(Number(id), session)) return undefined;
  return notFound(request, locale);
}

// Next server-renders only the not-found page of an unmatched address (a notFound() thrown by a
// page reaches the browser as an empty shell that needs JavaScript), so what does not exist is
// rewritten to an address no route matches: app/not-found.tsx answers, with status 404.
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

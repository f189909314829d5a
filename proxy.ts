import { NextResponse, type NextRequest } from 'next/server';
import createMiddleware from 'next-intl/middleware';

import { isLocale } from './lib/i18n/locales';
import { routing } from './lib/i18n/routing';
import { renewSession } from './lib/server/session-renewal';
import { resolveSlug } from './lib/server/slug-routing';

// Sends "/" and any path without a language to /en or /ru by the NEXT_LOCALE cookie, then
// Accept-Language, then English.
const localize = createMiddleware(routing);

const SLUG_PAGE = /^\/([a-z]{2})\/(products|category)\/([^/]+)\/?$/;

export default async function proxy(request: NextRequest) {
  const response = route(request);
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
    if (resolution.kind === 'missing') {
      // Next server-renders only the not-found page of an unmatched address (a notFound() thrown
      // by a page reaches the browser as an empty shell that needs JavaScript), so a missing
      // product is rewritten to an address no route matches: app/not-found.tsx, status 404.
      return NextResponse.rewrite(new URL(`/${locale}/not-found`, request.url), {
        request: { headers: localeHeaders(request, locale) },
      });
    }
  }
  return localize(request);
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

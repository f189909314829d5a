import 'server-only';

import { NextResponse, type NextRequest } from 'next/server';

import { defaultLocale, isLocale, type Locale } from '../i18n/locales';
import { refusedPost } from './post-limits';
import { refusalPage } from './refusal-page';

export { ACTION_BODY_LIMIT, refusedPost, UPLOAD_BODY_LIMIT } from './post-limits';

/** The proxy's answer to a refused post: a page in the visitor's language, or text for fetch. */
export function guardPost(request: NextRequest): NextResponse | undefined {
  const refused = refusedPost(request.method, request.nextUrl.pathname, request.headers);
  if (!refused) return undefined;
  const headers = { 'Cache-Control': 'private, no-store' };
  if (request.headers.has('next-action')) {
    return new NextResponse(`${refused.status} ${refused.refusal}\n`, {
      status: refused.status,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return new NextResponse(refusalPage(localeOf(request), refused.refusal), {
    status: refused.status,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  });
}

function localeOf(request: NextRequest): Locale {
  const fromPath = request.nextUrl.pathname.split('/')[1];
  if (isLocale(fromPath)) return fromPath;
  const fromCookie = request.cookies.get('NEXT_LOCALE')?.value;
  return isLocale(fromCookie) ? fromCookie : defaultLocale;
}

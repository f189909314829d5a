import 'server-only';

import { defaultLocale, locales, type Locale } from '../../i18n/locales';
import { cookieValue } from './visitor';

// next-intl's middleware remembers the language of the page a visitor opens in this cookie, so
// that "/" sends them back to it; the page server answers cached pages without the middleware,
// so it sets the cookie by the same rule (next-intl/middleware syncCookie, default cookie options).
const LOCALE_COOKIE = 'NEXT_LOCALE';

export function localeCookie(
  headers: Record<string, string | string[] | undefined>,
  locale: Locale,
): string | undefined {
  // Only a document request means the visitor opened the page, not a background fetch.
  const destination = headers['sec-fetch-dest'];
  if (destination !== undefined && destination !== 'document') return undefined;
  const cookie = typeof headers.cookie === 'string' ? headers.cookie : undefined;
  const remembered = cookieValue(cookie, LOCALE_COOKIE);
  const differs =
    remembered !== undefined
      ? remembered !== locale
      : preferredLocale(headers['accept-language']) !== locale;
  return differs ? `${LOCALE_COOKIE}=${locale}; Path=/; SameSite=lax` : undefined;
}

/** The shop language an Accept-Language header asks for first, else the default one. */
export function preferredLocale(header: string | string[] | undefined): Locale {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const found = locales.find((locale) => tag === locale || tag.startsWith(`${locale}-`));
    if (found) return found;
  }
  return defaultLocale;
}

import { notFound } from 'next/navigation';

import { isLocale, type Locale } from './locales';

/**
 * The shop language of a route's `[locale]` segment, typed. Next types every segment as a string;
 * the proxy and the locale layout let only the shop's languages through, and anything else is the
 * same 404 here. In actions and components, next-intl's getLocale() and useLocale() are typed
 * already (global.d.ts).
 */
export function localeParam(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}

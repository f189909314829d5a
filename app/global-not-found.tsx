import { getLocale, setRequestLocale } from 'next-intl/server';

import { defaultLocale, isLocale } from '@/lib/i18n/locales';

import { NotFoundMessage } from './[locale]/_components/not-found-message';
import { SiteChrome } from './[locale]/_components/site-chrome';
import './globals.css';

// Every address that no route matches (experimental.globalNotFound in next.config.mjs). The proxy has put the visitor's language in the request
// (from the address, else cookie or Accept-Language), so the page is in that language.
export default async function GlobalNotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : defaultLocale;
  setRequestLocale(locale);
  return (
    <SiteChrome locale={locale}>
      <NotFoundMessage />
    </SiteChrome>
  );
}

import { isLocale, type Locale } from '../i18n/locales';

// Where the cart's forms (add on a product page; update, remove, clear on the cart page) post
// without JavaScript, read back by whoever answers them (the
// page server, or the route handlers under app/[locale]/cart/). Kept apart from the code that
// answers, which is server-only, so that the forms can name their address.
const CART_POST_PATH = /^\/([a-z]{2})\/cart\/(add|update|remove|clear)$/;

export type CartPostKind = 'add' | 'update' | 'remove' | 'clear';

export type CartPostTarget = { locale: Locale; kind: CartPostKind; path: string };

/**
 * The form's address: where a cart form posts before (or without) JavaScript. Built by hand, as
 * lib/i18n/routing.ts lays addresses out: the page server reads it outside Next.
 */
export function cartPostPath(locale: Locale, kind: CartPostKind): string {
  return `/${locale}/cart/${kind}`;
}

export function cartPostTarget(pathname: string): CartPostTarget | undefined {
  const [, locale, kind] = CART_POST_PATH.exec(pathname) ?? [];
  if (!isLocale(locale)) return undefined;
  if (kind === 'add' || kind === 'update' || kind === 'remove' || kind === 'clear')
    return { locale, kind, path: pathname };
  return undefined;
}

import { isLocale, type Locale } from '../i18n/locales';

// Where the cart's forms post (add on a product page; update, remove, clear, and a coupon's
// apply and remove on the cart page), read back by whoever answers them (the page server, or the
// route handlers under app/[locale]/cart/). Kept apart from the code that answers, which is
// server-only, so that the forms can name their address.
const CART_POST_KINDS = ['add', 'update', 'remove', 'clear', 'coupon', 'uncoupon'] as const;
const CART_POST_PATH = new RegExp(`^/([a-z]{2})/cart/(${CART_POST_KINDS.join('|')})$`);

export type CartPostKind = (typeof CART_POST_KINDS)[number];

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
  const known = CART_POST_KINDS.find((name) => name === kind);
  return known && { locale, kind: known, path: pathname };
}

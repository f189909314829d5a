import 'server-only';

import { createTranslator } from 'use-intl/core';

import { MAX_CART_LINES } from '../../domain/cart';
import type { Locale } from '../../i18n/locales';
import {
  cartPostDone,
  cartPostError,
  couponPostError,
  type CartPostError,
  type PageQuery,
} from '../../validation/cart-forms';
import type { SessionData } from '../../validation/session';
import { cartFromSession, cartLimits, priceCart, priceHoldHours } from '../cart-core';
import { couponRule, findCoupon, sessionCoupon } from '../coupons';
import { MESSAGES } from '../messages';
import { productInLocale } from '../catalog-statements';
import { readCartRecommendations } from '../recommendation-statements';
import { formatPrice, moneyFromMinor, shopCurrency } from '../shop';
import { cartBodyHtml, type CartPageView } from './html';

/**
 * The cart page's body for this session and the page's query (what a form post just changed or
 * refused, or why the checkout sent the shopper back): read from the database with one query for
 * the lines, one for the coupon and one for the recommendations, and written as HTML.
 */
export async function cartPageHtml(
  session: SessionData,
  locale: Locale,
  query: PageQuery,
): Promise<string> {
  return cartBodyHtml(await cartPageView(session, locale, query));
}

export async function cartPageView(
  session: SessionData,
  locale: Locale,
  query: PageQuery,
): Promise<CartPageView> {
  const cart = await priceCart(cartFromSession(session), locale);
  const ids = cart.lines.map((line) => line.productId);
  const [coupon, recommendations, couponError] = await Promise.all([
    cart.lines.length === 0 ? undefined : sessionCoupon(session, cart.subtotal),
    readCartRecommendations(ids, locale),
    couponRefusal(query, locale),
  ]);
  const checkout = first(query.checkout);
  const refusal = cartPostError(query);
  return {
    locale,
    currency: shopCurrency().code,
    lines: cart.lines,
    subtotal: cart.subtotal,
    removedCount: cart.removedCount,
    maxQuantity: cartLimits().maxQuantity,
    holdHours: priceHoldHours(),
    coupon,
    checkout: checkout === 'empty' || checkout === 'unavailable' ? checkout : undefined,
    refused: refusal && refusedChangeMessage(refusal, locale),
    notice: await doneNotice(
      query,
      locale,
      new Map(cart.lines.map((line) => [line.productId, line.name])),
    ),
    couponError,
    recommendations,
    cardPrice: (minor) => formatPrice(moneyFromMinor(minor), locale),
  };
}

/**
 * A refused cart change (lib/server/cart-post.ts), as the cart page and the product page show it:
 * the message, the line it is about and the quantity as typed, and the field it is about.
 */
export function refusedChangeMessage(
  refusal: CartPostError,
  locale: Locale,
): { message: string; productId?: number; quantity?: string; field?: 'quantity' } {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'CartErrors' });
  const quantityError = refusal.code === 'QUANTITY_INVALID' || refusal.code === 'QUANTITY_TOO_HIGH';
  return {
    message: t(refusal.code, { max: cartLimits().maxQuantity, maxLines: MAX_CART_LINES }),
    productId: refusal.line,
    quantity: refusal.quantity,
    ...(quantityError ? { field: 'quantity' as const } : {}),
  };
}

/**
 * What the cart says after a change made by a form post, told by the query the post was sent
 * back to (lib/server/cart-post.ts), in the cart's status line. `names` are the cart's own lines'
 * names; a product removed is named by the cart's query too (`line`), read here.
 */
async function doneNotice(
  query: PageQuery,
  locale: Locale,
  names: ReadonlyMap<number, string>,
): Promise<string | undefined> {
  const done = cartPostDone(query);
  if (!done) return undefined;
  const messages = MESSAGES[locale];
  const t = createTranslator({ locale, messages, namespace: 'Cart' });
  if (done.kind === 'updated') return t('updated');
  if (done.kind === 'cleared') return t('cleared');
  if (done.kind === 'coupon' || done.kind === 'uncoupon') {
    // Only a code the shop has is named, as the shop spells it: a link cannot make the cart
    // say that any text was applied.
    const coupon = done.code === undefined ? undefined : await findCoupon(done.code);
    if (!coupon) return undefined;
    const tc = createTranslator({ locale, messages, namespace: 'Coupon' });
    return tc(done.kind === 'coupon' ? 'applied' : 'removed', { code: coupon.code });
  }
  // A product added is one of the cart's lines; one removed is named from the catalog.
  const name =
    done.line === undefined
      ? undefined
      : (names.get(done.line) ??
        (done.kind === 'removed'
          ? productInLocale().get({ id: done.line, locale })?.name
          : undefined));
  if (name === undefined) return t('updated');
  if (done.kind === 'removed') return t('removed', { name });
  if (done.quantity === undefined) return t('updated');
  return createTranslator({ locale, messages, namespace: 'AddToCart' })('added', {
    name,
    quantity: done.quantity,
  });
}

/** Why the coupon form was refused, from the query, in the visitor's language. */
async function couponRefusal(
  query: PageQuery,
  locale: Locale,
): Promise<{ message: string; code: string } | undefined> {
  const refusal = couponPostError(query);
  if (!refusal) return undefined;
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'Coupon.errors' });
  if (refusal.problem !== 'COUPON_BELOW_MINIMUM')
    return { message: t(refusal.problem), code: refusal.code };
  // The minimum as the coupon has it now.
  const coupon = await findCoupon(refusal.code);
  const minimum = coupon && couponRule(coupon, shopCurrency().digits).minSubtotal;
  return {
    message: t(refusal.problem, { min: formatPrice(minimum ?? '0', locale) }),
    code: refusal.code,
  };
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

import 'server-only';

import type { Locale } from '../i18n/locales';
import type { CartPostKind } from '../validation/cart-post-path';
import {
  addToCartForm,
  CART_POST_DONE,
  CART_POST_ERROR,
  COUPON_POST_ERROR,
  parseQuantity,
  removeFromCartForm,
  updateCartLineForm,
  type CartPostFailure,
  type CouponPostError,
} from '../validation/cart-forms';
import { couponForm } from '../validation/coupon-forms';
import { addToCart, clearCart, removeFromCart, updateCartLine, type SessionIO } from './cart-core';
import { applyCoupon, removeCoupon } from './cart-coupon';
import { productInLocale } from './catalog-statements';

/**
 * The cart's forms: plain form posts to /{locale}/cart/{add|update|remove|clear|coupon|uncoupon},
 * answered with a redirect (303) to the cart, which then says what changed or why not. The cart
 * page's forms post here with or without JavaScript; the product page's add-to-cart form does
 * before JavaScript, and then calls its server action (app/[locale]/cart/actions.ts).
 * In production the page server answers these itself, before Next (lib/server/serve/cart-post.ts);
 * the route handlers in app/[locale]/cart/<kind>/ answer the rest, and all of them
 * under `next dev`. Both come here.
 */

type CouponPostProblem = CouponPostError['problem'];

export type CartPostOutcome =
  | { ok: true; productId?: number; quantity?: number; coupon?: string }
  | { ok: false; code: CartPostFailure; productId?: number; quantity?: string }
  // The coupon form refused: why, and the code as typed.
  | { ok: false; code: CouponPostProblem; typed: string };

export async function applyCartPost(
  kind: CartPostKind,
  fields: Record<string, string>,
  io: SessionIO,
  locale: Locale,
): Promise<CartPostOutcome> {
  if (kind === 'clear') return clearCart(io);
  if (kind === 'uncoupon') return { ok: true, coupon: await removeCoupon(io) };
  if (kind === 'coupon') {
    const input = couponForm.safeParse(fields);
    const typed = input.success ? input.data.code : '';
    if (typed.trim() === '') return { ok: false, code: 'CODE_MISSING', typed };
    const result = await applyCoupon(typed, locale, io);
    return result.ok ? { ok: true, coupon: result.code } : { ok: false, code: result.code, typed };
  }
  if (kind === 'add') {
    const input = addToCartForm.safeParse(fields);
    if (!input.success) return { ok: false, code: 'INVALID_REQUEST' };
    const { productId, quantity: typed, override } = input.data;
    const quantity = parseQuantity(typed);
    const refused = { ok: false, productId, quantity: typed } as const;
    if (quantity === undefined) return { ...refused, code: 'QUANTITY_INVALID' };
    const result = await addToCart(productId, quantity, override === 'on', io);
    return result.ok ? { ok: true, productId, quantity } : { ...refused, code: result.code };
  }
  if (kind === 'remove') {
    const input = removeFromCartForm.safeParse(fields);
    if (!input.success) return { ok: false, code: 'INVALID_REQUEST' };
    const { productId } = input.data;
    const result = await removeFromCart(productId, io);
    // A line gone already is refused too, named, and the cart says so above its lines.
    return result.ok ? { ok: true, productId } : { ok: false, code: result.code, productId };
  }
  const input = updateCartLineForm.safeParse(fields);
  if (!input.success) return { ok: false, code: 'INVALID_REQUEST' };
  const { productId, quantity: typed } = input.data;
  const quantity = parseQuantity(typed);
  if (quantity === undefined)
    return { ok: false, code: 'QUANTITY_INVALID', productId, quantity: typed };
  const result = await updateCartLine(productId, quantity, io);
  return result.ok ? result : { ok: false, code: result.code, productId, quantity: typed };
}

const DONE = {
  add: 'added',
  update: 'updated',
  remove: 'removed',
  clear: 'cleared',
  coupon: 'coupon',
  uncoupon: 'uncoupon',
} as const;

/**
 * Where the browser goes after the post: the cart, which then says what changed. A refused change
 * is told where it was asked for: next to its cart line, or on the product page, with the
 * quantity as typed (the server action's answer shows the same). A line already gone (removed in
 * another tab, or its product deleted) is said above the cart, which shows the cart as it is.
 */
export async function cartPostLocation(
  locale: Locale,
  kind: CartPostKind,
  outcome: CartPostOutcome,
): Promise<string> {
  // Built by hand, as lib/i18n/routing.ts lays addresses out (the locale always first): the page
  // server runs this outside Next, without next-intl's navigation.
  const cart = `/${locale}/cart`;
  if (outcome.ok) {
    // What the cart then says of the change (its status line), as with JavaScript.
    const done = new URLSearchParams({ [CART_POST_DONE.kind]: DONE[kind] });
    if (kind !== 'update' && outcome.productId !== undefined)
      done.set(CART_POST_DONE.line, String(outcome.productId));
    if (kind === 'add' && outcome.quantity !== undefined)
      done.set(CART_POST_DONE.quantity, String(outcome.quantity));
    if (outcome.coupon !== undefined) done.set(CART_POST_DONE.code, outcome.coupon);
    return `${cart}?${done}`;
  }
  if ('typed' in outcome) {
    const refused = new URLSearchParams({ [COUPON_POST_ERROR.problem]: outcome.code });
    refused.set(COUPON_POST_ERROR.code, outcome.typed);
    return `${cart}?${refused}`;
  }
  const query = new URLSearchParams({ [CART_POST_ERROR.code]: outcome.code });
  const product =
    kind === 'add' && outcome.productId !== undefined
      ? productInLocale().get({ id: outcome.productId, locale })
      : undefined;
  if (product) {
    if (outcome.quantity !== undefined) query.set(CART_POST_ERROR.quantity, outcome.quantity);
    return `/${locale}/products/${encodeURIComponent(product.slug)}?${query}`;
  }
  if (outcome.productId !== undefined) query.set(CART_POST_ERROR.line, String(outcome.productId));
  if (outcome.quantity !== undefined) query.set(CART_POST_ERROR.quantity, outcome.quantity);
  return `${cart}?${query}`;
}

import 'server-only';

import { cache } from 'react';

import {
  addToCart as addToCartIn,
  cartFromSession,
  clearCart as clearCartIn,
  countCart,
  removeFromCart as removeFromCartIn,
  updateCartLine as updateCartLineIn,
} from './cart-core';
import { readSession, requestSession } from './session';

// The cart of the visitor of this request, its session in Next's cookies.
export {
  cartFromSession,
  cartLimits,
  priceCart,
  priceHoldHours,
  sessionWithCart,
  type CartChange,
  type PricedCart,
  type PricedLine,
} from './cart-core';

/**
 * The badge count: products deleted since they were added do not count. Read once per request:
 * the header is rendered again inside Next's not-found fallback of every page.
 */
export const cartCount = cache(async (): Promise<number> =>
  countCart(cartFromSession(await readSession())),
);

export function addToCart(productId: number, quantity: number, override: boolean) {
  return addToCartIn(productId, quantity, override, requestSession);
}

export function updateCartLine(productId: number, quantity: number) {
  return updateCartLineIn(productId, quantity, requestSession);
}

export function removeFromCart(productId: number) {
  return removeFromCartIn(productId, requestSession);
}

export function clearCart() {
  return clearCartIn(requestSession);
}

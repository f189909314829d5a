import Decimal from 'decimal.js';

import { multiply, sum, type Money } from './money';

/**
 * One product in the cart: its id, how many, its unit price when it was first added, and when
 * that price was taken, in minutes since the epoch (./price-hold.ts); unknown in older cookies.
 */
export type CartLine = { productId: number; quantity: number; price: Money; pricedAt?: number };
export type Cart = { lines: readonly CartLine[] };

export type CartLimits = { maxQuantity: number; maxLines: number };

export type CartError = 'QUANTITY_INVALID' | 'QUANTITY_TOO_HIGH' | 'CART_FULL' | 'NOT_IN_CART';
export type CartResult = { ok: true; cart: Cart } | { ok: false; code: CartError };

// Cookies max out at 4096 bytes: the cart caps its distinct lines so that the sealed session always
// fits, even with the longest ids, quantities and prices the schema allows (cart.test.ts proves
// the cap is kept; lib/server/session-cookie.test.ts that a full cart of this size fits).
export const MAX_CART_LINES = 50;
// The largest price the database accepts (products_price_range), in minor units.
export const MAX_PRICE_MINOR = 999_999_999;
// CART_MAX_QUANTITY may not exceed this, so a quantity never takes more than 3 digits in the cookie.
export const QUANTITY_CEILING = 999;

export const emptyCart: Cart = { lines: [] };

function isValidQuantity(quantity: number, limits: CartLimits, allowZero: boolean): boolean {
  return (
    Number.isInteger(quantity) && quantity >= (allowZero ? 0 : 1) && quantity <= limits.maxQuantity
  );
}

/**
 * Adds a product. Adding one already in the cart adds to its quantity and keeps the price it was
 * first added at; with `override` the quantity replaces the one in the cart.
 */
export function add(cart: Cart, line: CartLine, limits: CartLimits, override = false): CartResult {
  if (!Number.isInteger(line.quantity) || line.quantity < 1) {
    return { ok: false, code: 'QUANTITY_INVALID' };
  }
  const existing = cart.lines.find((item) => item.productId === line.productId);
  if (!existing) {
    if (line.quantity > limits.maxQuantity) return { ok: false, code: 'QUANTITY_TOO_HIGH' };
    if (cart.lines.length >= limits.maxLines) return { ok: false, code: 'CART_FULL' };
    return { ok: true, cart: { lines: [...cart.lines, line] } };
  }
  const quantity = override ? line.quantity : existing.quantity + line.quantity;
  if (quantity > limits.maxQuantity) return { ok: false, code: 'QUANTITY_TOO_HIGH' };
  return { ok: true, cart: replaceQuantity(cart, line.productId, quantity) };
}

/** Sets a line's quantity; 0 removes the line. */
export function update(
  cart: Cart,
  productId: number,
  quantity: number,
  limits: CartLimits,
): CartResult {
  if (!cart.lines.some((item) => item.productId === productId)) {
    return { ok: false, code: 'NOT_IN_CART' };
  }
  if (Number.isInteger(quantity) && quantity > limits.maxQuantity) {
    return { ok: false, code: 'QUANTITY_TOO_HIGH' };
  }
  if (!isValidQuantity(quantity, limits, true)) return { ok: false, code: 'QUANTITY_INVALID' };
  if (quantity === 0) return { ok: true, cart: remove(cart, productId) };
  return { ok: true, cart: replaceQuantity(cart, productId, quantity) };
}

export function remove(cart: Cart, productId: number): Cart {
  return { lines: cart.lines.filter((item) => item.productId !== productId) };
}

export function clear(): Cart {
  return emptyCart;
}

/** The number of items, as the header badge shows it: the sum of the quantities. */
export function count(cart: Cart): number {
  return cart.lines.reduce((total, item) => total + item.quantity, 0);
}

export function lineTotal(line: CartLine, digits: number): Money {
  return multiply(line.price, line.quantity, digits);
}

export function subtotal(cart: Cart, digits: number): Money {
  return sum(
    cart.lines.map((line) => lineTotal(line, digits)),
    digits,
  );
}

/** Keeps only the lines whose product still exists (a product deleted since it was added leaves). */
export function keepProducts(cart: Cart, existingIds: ReadonlySet<number>): Cart {
  return { lines: cart.lines.filter((line) => existingIds.has(line.productId)) };
}

export function priceDiffers(cartPrice: Money, currentPrice: Money): boolean {
  return !new Decimal(cartPrice).equals(currentPrice);
}

function replaceQuantity(cart: Cart, productId: number, quantity: number): Cart {
  return {
    lines: cart.lines.map((item) => (item.productId === productId ? { ...item, quantity } : item)),
  };
}

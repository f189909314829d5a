import 'server-only';

// The cart's reads and changes, apart from where the session lives: Next's request (./cart.ts
// binds them to it) or the page server's (./serve/cart-post.ts), which cannot load next/headers.

import { and, eq, inArray, sql } from 'drizzle-orm';

import { products, productTranslations } from '../../db/schema';
import {
  add,
  clear,
  count,
  keepProducts,
  lineTotal,
  priceDiffers,
  remove,
  update,
  type Cart,
  type CartError,
  type CartLimits,
  type CartLine,
  MAX_CART_LINES,
} from '../domain/cart';
import { sum, type Money } from '../domain/money';
import { linePrice, minuteOf, renewExpiredLine } from '../domain/price-hold';
import type { Locale } from '../i18n/locales';
import { env } from '../validation/env';
import type { SessionData } from '../validation/session';
import { idsParam, idsValue, preparedOnce } from './prepared';
import { randomToken } from './session-cookie';
import { moneyFromMinor, shopCurrency } from './shop';

export function cartLimits(): CartLimits {
  return { maxQuantity: env().CART_MAX_QUANTITY, maxLines: MAX_CART_LINES };
}

/** How many hours a line keeps its add-time price (CART_PRICE_HOLD_HOURS). */
export function priceHoldHours(): number {
  return env().CART_PRICE_HOLD_HOURS;
}

export function cartFromSession(session: SessionData): Cart {
  return {
    lines: session.cart.map(([productId, quantity, price, pricedAt]) =>
      pricedAt === undefined
        ? { productId, quantity, price }
        : { productId, quantity, price, pricedAt },
    ),
  };
}

/** The session with this cart: a cart that gets its first line gets a new token, an empty one none. */
export function sessionWithCart(session: SessionData, cart: Cart): SessionData {
  // An emptied or ordered cart takes its coupon with it.
  const { cartToken, coupon, ...rest } = session;
  const lines = cart.lines.map((line): SessionData['cart'][number] =>
    line.pricedAt === undefined
      ? [line.productId, line.quantity, line.price]
      : [line.productId, line.quantity, line.price, line.pricedAt],
  );
  if (lines.length === 0) return { ...rest, cart: [] };
  // The session key comes with the first cart too, so that two tabs checking out the same cart
  // carry the same key and find the one order between them.
  return {
    ...rest,
    cart: lines,
    ...(coupon === undefined ? {} : { coupon }),
    cartToken: cartToken ?? randomToken(),
    key: rest.key ?? randomToken(),
  };
}

export type PricedLine = CartLine & {
  name: string;
  slug: string;
  image: string;
  available: boolean;
  currentPrice: Money;
  // Held, and the catalog's price differs from it: the cart keeps the add-time price.
  priceChanged: boolean;
  // The hold has run out and the line now costs the current price; this was its add-time price.
  repricedFrom?: Money;
  total: Money;
};

export type PricedCart = {
  lines: PricedLine[];
  count: number;
  subtotal: Money;
  // Lines whose product has been deleted since it was added: left out of everything above.
  removedCount: number;
  hasUnavailable: boolean;
};

const pricedProducts = preparedOnce((db) =>
  db
    .select({
      id: products.id,
      priceMinor: products.priceMinor,
      available: products.available,
      image: products.image,
      name: productTranslations.name,
      slug: productTranslations.slug,
    })
    .from(products)
    .innerJoin(
      productTranslations,
      and(
        eq(productTranslations.productId, products.id),
        eq(productTranslations.locale, sql.placeholder('locale')),
      ),
    )
    .where(inArray(products.id, idsParam))
    .prepare(),
);

/**
 * Prices the cart with one query, whatever its size. A line keeps its add-time price for
 * CART_PRICE_HOLD_HOURS, then costs the current one (repricedFrom says so): the cart page, the
 * checkout page and the order all price through here, so no order is charged an older price.
 */
export async function priceCart(cart: Cart, locale: Locale, now = Date.now()): Promise<PricedCart> {
  return priceCartIn(cart, locale, now);
}

/**
 * priceCart for a better-sqlite3 transaction, which cannot await (placeOrder prices the cart inside
 * the order's): the same one query, on the same connection.
 */
export function priceCartIn(cart: Cart, locale: Locale, now = Date.now()): PricedCart {
  const ids = cart.lines.map((line) => line.productId);
  const rows = ids.length === 0 ? [] : pricedProducts().all({ ...idsValue(ids), locale });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const { digits } = shopCurrency();
  const nowMinute = minuteOf(now);
  const holdHours = priceHoldHours();
  const lines: PricedLine[] = [];
  for (const stored of cart.lines) {
    const row = byId.get(stored.productId);
    if (!row) continue;
    const currentPrice = moneyFromMinor(row.priceMinor);
    const { price, repricedFrom } = linePrice(stored, currentPrice, nowMinute, holdHours);
    const line = { ...stored, price };
    lines.push({
      ...line,
      name: row.name,
      slug: row.slug,
      image: row.image,
      available: row.available,
      currentPrice,
      priceChanged: priceDiffers(price, currentPrice),
      ...(repricedFrom === undefined ? {} : { repricedFrom }),
      total: lineTotal(line, digits),
    });
  }
  return {
    lines,
    count: lines.reduce((total, line) => total + line.quantity, 0),
    subtotal: sum(
      lines.map((line) => line.total),
      digits,
    ),
    removedCount: cart.lines.length - lines.length,
    hasUnavailable: lines.some((line) => !line.available),
  };
}

const existingIds = preparedOnce((db) =>
  db.select({ id: products.id }).from(products).where(inArray(products.id, idsParam)).prepare(),
);

/** The badge count: products deleted since they were added do not count. */
export async function countCart(cart: Cart): Promise<number> {
  if (cart.lines.length === 0) return 0;
  const existing = existingIds().all(idsValue(cart.lines.map((line) => line.productId)));
  return count(keepProducts(cart, new Set(existing.map((row) => row.id))));
}

export type CartChange =
  | { ok: true; cart: Cart }
  | { ok: false; code: CartError | 'PRODUCT_NOT_FOUND' | 'PRODUCT_UNAVAILABLE' };

const productsToChange = preparedOnce((db) =>
  db
    .select({ id: products.id, priceMinor: products.priceMinor, available: products.available })
    .from(products)
    .where(inArray(products.id, idsParam))
    .prepare(),
);

function existingProducts(ids: number[]) {
  if (ids.length === 0) return [];
  return productsToChange().all(idsValue(ids));
}

/**
 * Where a cart change reads and writes the session: Next's cookies (server actions, route
 * handlers: ./cart.ts), or the page server's own request and response (./serve/cart-post.ts).
 */
export type SessionIO = {
  read: () => Promise<SessionData>;
  write: (data: SessionData) => Promise<void>;
};

/**
 * Reads the session's cart (dropping products deleted since), applies a change and saves it.
 * One query for the products involved; the cart is left unchanged when the change is refused.
 */
async function changeCart(
  productId: number | undefined,
  apply: (
    cart: Cart,
    product: { priceMinor: number; available: boolean } | undefined,
  ) => CartChange,
  io: SessionIO,
): Promise<CartChange> {
  const session = await io.read();
  const stored = cartFromSession(session);
  const ids = [
    ...new Set([...stored.lines.map((line) => line.productId), ...(productId ? [productId] : [])]),
  ];
  const rows = existingProducts(ids);
  const cart = keepProducts(stored, new Set(rows.map((row) => row.id)));
  const result = apply(
    cart,
    rows.find((row) => row.id === productId),
  );
  if (result.ok) await io.write(sessionWithCart(session, result.cart));
  return result;
}

export function addToCart(productId: number, quantity: number, override: boolean, io: SessionIO) {
  return changeCart(
    productId,
    (cart, product) => {
      if (!product) return { ok: false, code: 'PRODUCT_NOT_FOUND' };
      if (!product.available) return { ok: false, code: 'PRODUCT_UNAVAILABLE' };
      const line = {
        productId,
        quantity,
        price: moneyFromMinor(product.priceMinor),
        pricedAt: minuteOf(Date.now()),
      };
      // Adding more of a product whose hold has run out takes today's price for the whole line.
      const renewed = {
        lines: renewExpiredLine(cart.lines, line, line.pricedAt, priceHoldHours()),
      };
      return add(renewed, line, cartLimits(), override);
    },
    io,
  );
}

export function updateCartLine(productId: number, quantity: number, io: SessionIO) {
  return changeCart(productId, (cart) => update(cart, productId, quantity, cartLimits()), io);
}

/** Removes a line; a product not in the cart (removed in another tab, say) is NOT_IN_CART. */
export function removeFromCart(productId: number, io: SessionIO) {
  return changeCart(
    productId,
    (cart) =>
      cart.lines.some((line) => line.productId === productId)
        ? { ok: true, cart: remove(cart, productId) }
        : { ok: false, code: 'NOT_IN_CART' },
    io,
  );
}

export function clearCart(io: SessionIO) {
  return changeCart(undefined, () => ({ ok: true, cart: clear() }), io);
}

import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { SessionData } from '../validation/session';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

// The session of "this request", read and written by the cart.
const store = vi.hoisted(() => ({ session: { cart: [] } as SessionData }));
vi.mock('./session', () => {
  const readSession = async () => store.session;
  const writeSession = async (session: SessionData) => {
    store.session = session;
  };
  return { readSession, writeSession, requestSession: { read: readSession, write: writeSession } };
});

import { getDb } from './database';
import { categories, products, productTranslations } from '../../db/schema';
import {
  addToCart,
  cartCount,
  cartFromSession,
  clearCart,
  priceCart,
  removeFromCart,
  updateCartLine,
} from './cart';

function product(priceMinor: number) {
  const db = getDb();
  const category = db.insert(categories).values({}).returning().get();
  const { id } = db
    .insert(products)
    .values({ categoryId: category.id, image: `${priceMinor}.webp`, priceMinor, available: true })
    .returning()
    .get();
  db.insert(productTranslations)
    .values([
      { productId: id, locale: 'en', name: `Tea ${id}`, slug: `tea-${id}` },
      { productId: id, locale: 'ru', name: `Чай ${id}`, slug: `chay-${id}` },
    ])
    .run();
  return id;
}

beforeEach(() => {
  store.session = { cart: [] };
});

// The reads are prepared once and bind the cart's ids as one JSON array: the same statement must
// serve carts of every size, in either language, and leave out products deleted since.
describe('cart reads', () => {
  it('price every line of carts of different sizes, in the visitor’s language', async () => {
    const [a, b, c] = [product(100), product(250), product(999)];
    await addToCart(a!, 1, false);
    expect(
      (await priceCart(cartFromSession(store.session), 'en')).lines.map((l) => l.name),
    ).toEqual([`Tea ${a}`]);
    await addToCart(b!, 2, false);
    await addToCart(c!, 3, false);
    const priced = await priceCart(cartFromSession(store.session), 'ru');
    expect(priced.lines.map((line) => [line.name, line.quantity, line.total])).toEqual([
      [`Чай ${a}`, 1, '1.00'],
      [`Чай ${b}`, 2, '5.00'],
      [`Чай ${c}`, 3, '29.97'],
    ]);
    expect(priced.subtotal).toBe('35.97');
    expect(await cartCount()).toBe(6);
  });

  it('leave out a product deleted since it was added', async () => {
    const [kept, deleted] = [product(100), product(200)];
    await addToCart(kept!, 1, false);
    await addToCart(deleted!, 4, false);
    getDb().delete(productTranslations).where(eq(productTranslations.productId, deleted!)).run();
    getDb().delete(products).where(eq(products.id, deleted!)).run();
    expect(await cartCount()).toBe(1);
    const priced = await priceCart(cartFromSession(store.session), 'en');
    expect(priced.lines.map((line) => line.productId)).toEqual([kept]);
    expect(priced.removedCount).toBe(1);
    const result = await addToCart(deleted!, 1, false);
    expect(result).toEqual({ ok: false, code: 'PRODUCT_NOT_FOUND' });
  });

  it('count an empty cart as 0', async () => {
    expect(await cartCount()).toBe(0);
    expect((await priceCart({ lines: [] }, 'en')).lines).toEqual([]);
  });
});

describe('removeFromCart', () => {
  it('removes the line', async () => {
    const [a, b] = [product(100), product(200)];
    await addToCart(a!, 1, false);
    await addToCart(b!, 2, false);
    expect((await removeFromCart(a!)).ok).toBe(true);
    expect(cartFromSession(store.session).lines.map((line) => line.productId)).toEqual([b]);
  });

  // Removed in another tab, or a product that no longer exists: there is nothing to remove, and
  // the action must not report a removal (of a product with no name).
  it('says NOT_IN_CART for a product not in the cart, and leaves the cart as it was', async () => {
    const [inCart, elsewhere] = [product(100), product(200)];
    await addToCart(inCart!, 3, false);
    const before = store.session;
    expect(await removeFromCart(elsewhere!)).toEqual({ ok: false, code: 'NOT_IN_CART' });
    expect(await removeFromCart(424242)).toEqual({ ok: false, code: 'NOT_IN_CART' });
    expect(store.session).toBe(before);
    expect(await cartCount()).toBe(3);
  });
});

// CART_PRICE_HOLD_HOURS is 24 by default: a line keeps its add-time price that long.
describe('price hold', () => {
  const hour = 3600_000;

  function reprice(id: number, priceMinor: number) {
    getDb().update(products).set({ priceMinor }).where(eq(products.id, id)).run();
  }

  it('keeps the add-time price for the hold, then charges the current one and says so', async () => {
    const tea = product(500);
    await addToCart(tea!, 2, false);
    reprice(tea!, 600);
    const added = Date.now();
    const held = (await priceCart(cartFromSession(store.session), 'en', added + 23 * hour))
      .lines[0];
    expect(held).toMatchObject({ price: '5.00', currentPrice: '6.00', priceChanged: true });
    expect(held?.repricedFrom).toBeUndefined();
    const after = await priceCart(cartFromSession(store.session), 'en', added + 25 * hour);
    expect(after.lines[0]).toMatchObject({
      price: '6.00',
      repricedFrom: '5.00',
      priceChanged: false,
      total: '12.00',
    });
    expect(after.subtotal).toBe('12.00');
  });

  it('adding more after the hold takes today’s price for the whole line', async () => {
    const tea = product(500);
    await addToCart(tea!, 2, false);
    reprice(tea!, 450);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 30 * hour);
      await addToCart(tea!, 1, false);
      const [line] = (await priceCart(cartFromSession(store.session), 'en')).lines;
      expect(line).toMatchObject({ quantity: 3, price: '4.50', total: '13.50' });
      expect(line?.repricedFrom).toBeUndefined();
      // Its hold starts again.
      vi.setSystemTime(Date.now() + 23 * hour);
      reprice(tea!, 700);
      expect((await priceCart(cartFromSession(store.session), 'en')).lines[0]?.price).toBe('4.50');
    } finally {
      vi.useRealTimers();
    }
  });
});

// What lib/server adds to the pure cart (lib/domain/cart.test.ts): the product and its price come
// from the database, never from the form; a refused change writes nothing; products deleted since
// leave the cart with the next change.
describe('cart changes', () => {
  const lines = () =>
    store.session.cart.map(([productId, quantity, price]) => [productId, quantity, price]);

  it('adds a line at the catalog’s price, and more of it to the same line', async () => {
    const tea = product(375);
    expect(await addToCart(tea!, 2, false)).toMatchObject({ ok: true });
    expect(await addToCart(tea!, 3, false)).toMatchObject({ ok: true });
    expect(lines()).toEqual([[tea, 5, '3.75']]);
    // "Update" on the product page sets the quantity instead.
    await addToCart(tea!, 1, true);
    expect(lines()).toEqual([[tea, 1, '3.75']]);
  });

  it('refuses a product no longer for sale, and more than CART_MAX_QUANTITY, writing nothing', async () => {
    const [tea, gone] = [product(100), product(200)];
    await addToCart(tea!, 98, false);
    getDb().update(products).set({ available: false }).where(eq(products.id, gone!)).run();
    const before = store.session;
    expect(await addToCart(gone!, 1, false)).toEqual({ ok: false, code: 'PRODUCT_UNAVAILABLE' });
    expect(await addToCart(tea!, 2, false)).toEqual({ ok: false, code: 'QUANTITY_TOO_HIGH' });
    expect(await updateCartLine(tea!, 100)).toEqual({ ok: false, code: 'QUANTITY_TOO_HIGH' });
    expect(store.session).toBe(before);
    expect(lines()).toEqual([[tea, 98, '1.00']]);
  });

  it('updates a line’s quantity, 0 removes it; a product not in the cart is NOT_IN_CART', async () => {
    const [a, b] = [product(100), product(200)];
    await addToCart(a!, 1, false);
    await addToCart(b!, 1, false);
    expect(await updateCartLine(a!, 4)).toMatchObject({ ok: true });
    expect(await updateCartLine(b!, 0)).toMatchObject({ ok: true });
    expect(lines()).toEqual([[a, 4, '1.00']]);
    expect(await updateCartLine(b!, 2)).toEqual({ ok: false, code: 'NOT_IN_CART' });
  });

  it('drops the lines of products deleted since, with the next change', async () => {
    const [kept, deleted] = [product(100), product(200)];
    await addToCart(kept!, 1, false);
    await addToCart(deleted!, 1, false);
    getDb().delete(products).where(eq(products.id, deleted!)).run();
    await updateCartLine(kept!, 2);
    expect(lines()).toEqual([[kept, 2, '1.00']]);
  });
});

describe('the session a cart change writes', () => {
  it('gives the first line a cart token and a session key', async () => {
    await addToCart(product(100)!, 1, false);
    expect(store.session.cartToken).toMatch(/^[\w-]{22}$/);
    expect(store.session.key).toMatch(/^[\w-]{22}$/);
  });

  it('an emptied cart loses its token and coupon; the session key and login stay', async () => {
    const tea = product(100);
    store.session = { cart: [], uid: 7, sid: 's'.repeat(22) };
    await addToCart(tea!, 1, false);
    store.session = { ...store.session, coupon: 'WELCOME10' };
    const { cartToken, key } = store.session;
    expect(await clearCart()).toMatchObject({ ok: true });
    expect(store.session).toEqual({ cart: [], key, uid: 7, sid: 's'.repeat(22) });
    // The next cart is another cart: checking it out cannot find the order of the one before.
    await addToCart(tea!, 1, false);
    expect(store.session.cartToken).not.toBe(cartToken);
    expect(store.session.key).toBe(key);
  });

  it('keeps the coupon while the cart has lines', async () => {
    const [a, b] = [product(100), product(200)];
    await addToCart(a!, 1, false);
    await addToCart(b!, 1, false);
    store.session = { ...store.session, coupon: 'WELCOME10' };
    await removeFromCart(a!);
    expect(store.session.coupon).toBe('WELCOME10');
  });
});

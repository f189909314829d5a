import { afterEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
  process.env.ORDERS_PER_ADDRESS_PER_HOUR = '3';
  process.env.ORDERS_PER_EMAIL_PER_HOUR = '4';
  process.env.ORDER_MAILS_PER_EMAIL_PER_HOUR = '2';
});

import { getDb } from './database';
import {
  categories,
  jobs,
  orderItems,
  orders,
  products,
  productTranslations,
} from '../../db/schema';
import { minuteOf } from '../domain/price-hold';
import { maxOrderTotal, placeOrder } from './checkout';
import * as mailJobs from './mail/mail-jobs';

const form = {
  firstName: 'Anna',
  lastName: 'Karenina',
  email: 'anna@example.com',
  address: '12 Tverskaya St',
  postalCode: '125009',
  city: 'Moscow',
};

function product(priceMinor: number, available = true) {
  const db = getDb();
  const category = db.insert(categories).values({}).returning().get();
  const { id } = db
    .insert(products)
    .values({ categoryId: category.id, image: 'x.webp', priceMinor, available })
    .returning()
    .get();
  db.insert(productTranslations)
    .values({ productId: id, locale: 'en', name: `Product ${id}`, slug: `product-${id}` })
    .run();
  return id;
}

type Line = [number, number, string] | [number, number, string, number];

function sessionWith(lines: Line[], token: string) {
  return { cart: lines, cartToken: token.padEnd(22, 'x'), key: 'session-key-0123456789' };
}

afterEach(() => vi.restoreAllMocks());

describe('placeOrder', () => {
  it('writes the order, its items with the cart prices, and its e-mail job together', async () => {
    const tea = product(900);
    const pot = product(2500);
    // The cart keeps the price it was added at (8.45), whatever the catalog says now (9.00),
    // while the price is held (24 hours by default).
    const result = await placeOrder(
      sessionWith(
        [
          [tea, 2, '8.45', minuteOf(Date.now()) - 23 * 60],
          [pot, 1, '25.00'],
        ],
        'a',
      ),
      form,
      'en',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const db = getDb();
    expect(result.session.cart).toEqual([]);
    const order = db
      .select()
      .from(orders)
      .all()
      .find((row) => row.id === result.orderId);
    expect(order?.totalMinor).toBe(4190);
    const items = db
      .select()
      .from(orderItems)
      .all()
      .filter((row) => row.orderId === result.orderId);
    expect(items.map((item) => [item.productId, item.unitPriceMinor, item.quantity])).toEqual([
      [tea, 845, 2],
      [pot, 2500, 1],
    ]);
    const job = db.select().from(jobs).all().at(-1);
    expect(job?.type).toBe('mail.order-confirmation');
    expect(job?.payload).toEqual({ orderId: result.orderId });
  });

  it('never charges a price older than the hold, even from a replayed old cookie', async () => {
    const tea = product(900);
    const pot = product(2000);
    const dayAndHourAgo = minuteOf(Date.now()) - 25 * 60;
    // An old cookie: one line priced 25 hours ago, one from before lines said when (no time).
    const result = await placeOrder(
      sessionWith(
        [
          [tea, 2, '8.45', dayAndHourAgo],
          [pot, 1, '25.00'],
        ],
        'h',
      ),
      form,
      'en',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const items = getDb()
      .select()
      .from(orderItems)
      .all()
      .filter((row) => row.orderId === result.orderId);
    // Today's prices, higher (tea) or lower (pot) than the ones the cookie kept.
    expect(items.map((item) => [item.productId, item.unitPriceMinor])).toEqual([
      [tea, 900],
      [pot, 2000],
    ]);
    const order = getDb()
      .select()
      .from(orders)
      .all()
      .find((row) => row.id === result.orderId);
    expect(order?.totalMinor).toBe(3800);
  });

  it('the same cart twice is one order', async () => {
    const tea = product(500);
    const session = sessionWith([[tea, 1, '5.00']], 'b');
    const first = await placeOrder(session, form, 'en');
    const second = await placeOrder(session, form, 'en');
    expect(first.ok && second.ok && first.orderId === second.orderId).toBe(true);
  });

  it('refuses an empty cart and one with an unavailable product', async () => {
    expect(await placeOrder(sessionWith([], 'c'), form, 'en')).toEqual({
      ok: false,
      code: 'CART_EMPTY',
    });
    const gone = product(500, false);
    expect(await placeOrder(sessionWith([[gone, 1, '5.00']], 'd'), form, 'en')).toEqual({
      ok: false,
      code: 'CART_UNAVAILABLE',
    });
  });

  // Stripe charges at most 99,999,999 cents: a larger order could be placed but never paid.
  it('refuses a total above what Stripe can charge, and keeps the cart', async () => {
    const expensive = product(50_000_000);
    const before = getDb().select().from(orders).all().length;
    const session = sessionWith([[expensive, 2, '500000.00']], 'f');
    expect(await placeOrder(session, form, 'en')).toEqual({ ok: false, code: 'TOTAL_TOO_HIGH' });
    expect(getDb().select().from(orders).all().length).toBe(before);
    expect(session.cart).toEqual([[expensive, 2, '500000.00']]);
    expect(maxOrderTotal()).toBe('999999.99');

    const atTheLimit = product(99_999_999);
    const result = await placeOrder(sessionWith([[atTheLimit, 1, '999999.99']], 'g'), form, 'en');
    expect(result.ok).toBe(true);
  });

  it('writes no order when its job cannot be recorded', async () => {
    const tea = product(700);
    vi.spyOn(mailJobs, 'enqueueOrderConfirmation').mockImplementation(() => {
      throw new Error('disk full');
    });
    const before = getDb().select().from(orders).all().length;
    const buyer = { ...form, email: 'disk-full@example.com' };
    await expect(placeOrder(sessionWith([[tea, 1, '7.00']], 'e'), buyer, 'en')).rejects.toThrow(
      'disk full',
    );
    expect(getDb().select().from(orders).all().length).toBe(before);
  });
});

describe('placeOrder, limits', () => {
  const ordersOf = (email: string) =>
    getDb()
      .select()
      .from(orders)
      .all()
      .filter((order) => order.email === email);
  const confirmations = (orderIds: number[]) =>
    getDb()
      .select()
      .from(jobs)
      .all()
      .filter(
        (job) =>
          job.type === 'mail.order-confirmation' &&
          orderIds.includes((job.payload as { orderId: number }).orderId),
      );

  it('refuses more orders from one address than its budget, writing nothing', async () => {
    const tea = product(300);
    const place = (token: string, address: string) =>
      placeOrder(
        sessionWith([[tea, 1, '3.00']], token),
        { ...form, email: `${token}@example.com` },
        'en',
        undefined,
        address,
      );
    for (const token of ['addr1', 'addr2', 'addr3'])
      expect((await place(token, '10.9.0.1')).ok).toBe(true);
    const refused = await place('addr4', '10.9.0.1');
    expect(refused).toMatchObject({ ok: false, code: 'TOO_MANY_ORDERS' });
    expect(ordersOf('addr4@example.com')).toEqual([]);
    // From another address the same cart goes through.
    expect((await place('addr4', '10.9.0.2')).ok).toBe(true);
  });

  it('mails the first confirmations to an e-mail, skips the rest, then refuses orders', async () => {
    const tea = product(300);
    const email = 'flooded@example.com';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const results = [];
    for (const [index, token] of ['m1', 'm2', 'm3', 'm4', 'm5'].entries()) {
      results.push(
        await placeOrder(
          sessionWith([[tea, 1, '3.00']], token),
          { ...form, email: index % 2 ? email : email.toUpperCase() },
          'en',
          undefined,
          `10.9.1.${index}`,
        ),
      );
    }
    expect(results.map((result) => result.ok)).toEqual([true, true, true, true, false]);
    expect(results[4]).toMatchObject({ code: 'TOO_MANY_ORDERS' });
    const placed = ordersOf(email).concat(ordersOf(email.toUpperCase()));
    expect(placed).toHaveLength(4);
    // Every order is placed, but only two confirmations go to one mailbox within the hour.
    expect(confirmations(placed.map((order) => order.id))).toHaveLength(2);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]?.[0]).toMatch(/confirmation mail skipped/);
  });
});

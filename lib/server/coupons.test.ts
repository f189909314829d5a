import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
  // One buyer places every order here; the order and mail limits are checkout.test.ts's.
  process.env.ORDERS_PER_EMAIL_PER_HOUR = '1000';
  process.env.ORDER_MAILS_PER_EMAIL_PER_HOUR = '1000';
});

import { getDb } from './database';
import {
  categories,
  coupons,
  jobs,
  orders,
  paymentEvents,
  products,
  productTranslations,
  type NewCoupon,
} from '../../db/schema';
import { placeOrder } from './checkout';
import { checkCoupon, findCoupon } from './coupons';

const form = {
  firstName: 'Anna',
  lastName: 'Karenina',
  email: 'anna@example.com',
  address: '12 Tverskaya St',
  postalCode: '125009',
  city: 'Moscow',
};

const day = 24 * 3600 * 1000;
let counter = 0;

function product(priceMinor: number) {
  const db = getDb();
  const category = db.insert(categories).values({}).returning().get();
  const { id } = db
    .insert(products)
    .values({ categoryId: category.id, image: 'x.webp', priceMinor })
    .returning()
    .get();
  db.insert(productTranslations)
    .values({ productId: id, locale: 'en', name: `Product ${id}`, slug: `product-${id}` })
    .run();
  return id;
}

function coupon(changes: Partial<NewCoupon> = {}) {
  counter += 1;
  const code = changes.code ?? `Save${counter}`;
  return getDb()
    .insert(coupons)
    .values({
      code,
      codeKey: code.toUpperCase(),
      percentOff: 10,
      validFrom: new Date(Date.now() - day),
      validUntil: new Date(Date.now() + day),
      ...changes,
    })
    .returning()
    .get();
}

function session(lines: [number, number, string][], code?: string) {
  counter += 1;
  return {
    cart: lines,
    cartToken: `cart-${counter}`.padEnd(22, 'x'),
    key: `key-${counter}`.padEnd(22, 'k'),
    ...(code ? { coupon: code.toUpperCase() } : {}),
  };
}

function orderRow(id: number) {
  return getDb().select().from(orders).where(eq(orders.id, id)).get();
}

function usesOf(id: number) {
  return getDb().select().from(coupons).where(eq(coupons.id, id)).get()?.uses;
}

describe('findCoupon and checkCoupon', () => {
  it('finds a code in any letter case, trimmed', async () => {
    const saved = coupon({ code: 'Welcome-Tea' });
    expect((await findCoupon('  welcome-TEA '))?.id).toBe(saved.id);
    expect(await findCoupon('welcome tea')).toBeUndefined();
  });

  it('takes the discount off with the one rounding rule', () => {
    const saved = coupon({ percentOff: 15 });
    expect(checkCoupon(saved, '0.30')).toMatchObject({
      ok: true,
      amounts: { subtotal: '0.30', discount: '0.05', total: '0.25' },
    });
  });

  it('says the minimum when the cart is below it', () => {
    const saved = coupon({ minSubtotalMinor: 5000 });
    expect(checkCoupon(saved, '49.99')).toEqual({
      ok: false,
      code: 'COUPON_BELOW_MINIMUM',
      minSubtotal: '50.00',
    });
  });

  it('refuses two coupons with the same code in another letter case', () => {
    coupon({ code: 'ONCE-ONLY' });
    expect(() => coupon({ code: 'once-only', codeKey: 'ONCE-ONLY' })).toThrow(/UNIQUE/);
  });

  it('keeps the discount one of a percentage or an amount, at most 100 %', () => {
    expect(() => coupon({ percentOff: 101 })).toThrow(/CHECK/);
    expect(() => coupon({ percentOff: 10, amountOffMinor: 500 })).toThrow(/CHECK/);
    expect(() => coupon({ percentOff: null, amountOffMinor: 0 })).toThrow(/CHECK/);
    expect(coupon({ percentOff: null, amountOffMinor: 500 }).amountOffMinor).toBe(500);
  });
});

describe('placeOrder with a coupon', () => {
  it('stores the code, the discount and the total after it, and counts a use', async () => {
    const tea = product(845);
    const saved = coupon({ code: 'Tea10', percentOff: 10 });
    // 2 × 8.45 + 1 × 10.45 = 27.35; 10 % = 2.735 -> 2.74 (half up); total 24.61
    const pot = product(1045);
    const result = await placeOrder(
      session(
        [
          [tea, 2, '8.45'],
          [pot, 1, '10.45'],
        ],
        'tea10',
      ),
      form,
      'en',
    );
    expect(result).toMatchObject({ ok: true, paid: false });
    if (!result.ok) return;
    expect(orderRow(result.orderId)).toMatchObject({
      couponId: saved.id,
      couponCode: 'Tea10',
      discountMinor: 274,
      totalMinor: 2461,
      paid: false,
    });
    expect(usesOf(saved.id)).toBe(1);
    // The session after the order has neither the cart nor the coupon.
    expect(result.session.cart).toEqual([]);
    expect(result.session.coupon).toBeUndefined();
  });

  it('refuses a coupon that expired after it was applied: no order, no use, cart kept', async () => {
    const tea = product(500);
    const saved = coupon({ validUntil: new Date(Date.now() - 1), validFrom: new Date(0) });
    const before = getDb().select().from(orders).all().length;
    const cart = session([[tea, 1, '5.00']], saved.code);
    const result = await placeOrder(cart, form, 'en');
    expect(result).toMatchObject({ ok: false, code: 'COUPON_REFUSED', coupon: 'COUPON_EXPIRED' });
    if (result.ok || result.code !== 'COUPON_REFUSED') return;
    expect(result.session.coupon).toBeUndefined();
    expect(result.session.cart).toEqual(cart.cart);
    expect(result.session.cartToken).toBe(cart.cartToken);
    expect(getDb().select().from(orders).all().length).toBe(before);
    expect(usesOf(saved.id)).toBe(0);
  });

  it('refuses a deactivated one, and one whose minimum the cart no longer reaches', async () => {
    const tea = product(500);
    const off = coupon({ active: false });
    expect(await placeOrder(session([[tea, 1, '5.00']], off.code), form, 'en')).toMatchObject({
      coupon: 'COUPON_INACTIVE',
    });
    const minimum = coupon({ minSubtotalMinor: 1000 });
    expect(await placeOrder(session([[tea, 1, '5.00']], minimum.code), form, 'en')).toMatchObject({
      coupon: 'COUPON_BELOW_MINIMUM',
      minSubtotal: '10.00',
    });
    expect(
      await placeOrder(session([[tea, 1, '5.00']], 'DELETED-SINCE'), form, 'en'),
    ).toMatchObject({
      coupon: 'COUPON_UNKNOWN',
    });
  });

  it('gives the last use to one order only', async () => {
    const tea = product(500);
    const last = coupon({ maxUses: 2, uses: 1 });
    const first = await placeOrder(session([[tea, 1, '5.00']], last.code), form, 'en');
    const second = await placeOrder(session([[tea, 1, '5.00']], last.code), form, 'en');
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, coupon: 'COUPON_USED_UP' });
    expect(usesOf(last.id)).toBe(2);
  });

  it('the same cart sent twice counts one use', async () => {
    const tea = product(500);
    const saved = coupon({ maxUses: 5 });
    const cart = session([[tea, 1, '5.00']], saved.code);
    const first = await placeOrder(cart, form, 'en');
    const again = await placeOrder(cart, form, 'en');
    expect(first.ok && again.ok && first.orderId === again.orderId).toBe(true);
    expect(usesOf(saved.id)).toBe(1);
  });

  it('a 100 % coupon leaves nothing to pay: paid at once through markOrderPaid, invoice queued', async () => {
    const tea = product(1990);
    const free = coupon({ percentOff: 100 });
    const result = await placeOrder(session([[tea, 3, '19.90']], free.code), form, 'en');
    expect(result).toMatchObject({ ok: true, paid: true });
    if (!result.ok) return;
    expect(orderRow(result.orderId)).toMatchObject({
      totalMinor: 0,
      discountMinor: 5970,
      paid: true,
      paymentSource: 'coupon',
      paymentId: `coupon_${result.orderId}`,
    });
    const events = getDb()
      .select()
      .from(paymentEvents)
      .where(eq(paymentEvents.orderId, result.orderId))
      .all();
    expect(events.map((event) => event.type)).toEqual(['coupon.paid']);
    const types = getDb()
      .select()
      .from(jobs)
      .all()
      .filter((job) => (job.payload as { orderId?: number }).orderId === result.orderId)
      .map((job) => job.type);
    expect(types.sort()).toEqual(['mail.invoice', 'mail.order-confirmation']);
  });

  it('a fixed amount larger than the cart makes it free, never negative', async () => {
    const tea = product(300);
    const five = coupon({ percentOff: null, amountOffMinor: 500 });
    const result = await placeOrder(session([[tea, 1, '3.00']], five.code), form, 'en');
    expect(result).toMatchObject({ ok: true, paid: true });
    if (result.ok)
      expect(orderRow(result.orderId)).toMatchObject({ totalMinor: 0, discountMinor: 300 });
  });
});

import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { getDb } from '../database';
import { minuteOf } from '../../domain/price-hold';
import type { SessionData } from '../../validation/session';
import { cartPageHtml, cartPageView, refusedChangeMessage } from './view';

// What the cart page shows for a session and the page's query, read from the database: the priced
// lines, the coupon, the recommendations, and what the last form post changed or refused.

const day = 24 * 3600 * 1000;

beforeAll(() => {
  getDb().$client.exec(`
    INSERT INTO categories (id) VALUES (1);
    INSERT INTO products (id, category_id, image, price_minor) VALUES
      (10, 1, 'products/a.webp', 500), (11, 1, 'products/b.webp', 700), (12, 1, 'products/c.webp', 1234);
    INSERT INTO product_translations (product_id, locale, name, slug) VALUES
      (10, 'en', 'Assam', 'assam'), (10, 'ru', 'Ассам', 'assam-ru'),
      (11, 'en', 'Darjeeling', 'darjeeling'), (11, 'ru', 'Дарджилинг', 'darjeeling-ru'),
      (12, 'en', 'Oolong', 'oolong'), (12, 'ru', 'Улун', 'oolong-ru');
    INSERT INTO bought_together (product_id, other_id, orders) VALUES (10, 12, 3), (12, 10, 3);
    INSERT INTO coupons (code, code_key, percent_off, amount_off_minor, valid_from, valid_until, min_subtotal_minor) VALUES
      ('SAVE10', 'SAVE10', 10, NULL, 0, 4102444800000, NULL),
      ('Big', 'BIG', NULL, 500, 0, 4102444800000, 10000),
      ('OLD', 'OLD', 10, NULL, 0, ${Date.now() - day}, NULL);
  `);
});

function session(extra: Partial<SessionData> = {}): SessionData {
  const now = minuteOf(Date.now());
  return {
    cart: [
      [10, 2, '5.00', now],
      [11, 1, '7.00', now],
    ],
    ...extra,
  };
}

describe('cartPageView', () => {
  it('gives the session’s lines priced, in the page’s language, and the cart’s recommendations', async () => {
    const view = await cartPageView(session(), 'en', {});
    expect(view.lines.map((line) => [line.productId, line.name, line.slug, line.quantity])).toEqual(
      [
        [10, 'Assam', 'assam', 2],
        [11, 'Darjeeling', 'darjeeling', 1],
      ],
    );
    expect(view.lines[0]).toMatchObject({
      image: 'products/a.webp',
      price: '5.00',
      total: '10.00',
      available: true,
      priceChanged: false,
    });
    expect(view.lines[1]).toMatchObject({ price: '7.00', total: '7.00' });
    expect(view).toMatchObject({
      locale: 'en',
      currency: 'USD',
      removedCount: 0,
      maxQuantity: 99,
      holdHours: 24,
    });
    for (const key of ['coupon', 'checkout', 'refused', 'notice', 'couponError'] as const)
      expect(view[key]).toBeUndefined();
    expect(view.recommendations.map((card) => [card.id, card.name, card.slug])).toEqual([
      [12, 'Oolong', 'oolong'],
    ]);
    expect(view.cardPrice(1234)).toBe('$12.34');

    const ru = await cartPageView(session(), 'ru', {});
    expect(ru.lines.map((line) => [line.name, line.slug])).toEqual([
      ['Ассам', 'assam-ru'],
      ['Дарджилинг', 'darjeeling-ru'],
    ]);
    expect(ru.recommendations.map((card) => card.name)).toEqual(['Улун']);
    expect(ru.cardPrice(1234)).toBe(
      new Intl.NumberFormat('ru', { style: 'currency', currency: 'USD' }).format(12.34),
    );
  });

  it('counts the lines whose product is gone, and shows an empty cart without recommendations', async () => {
    const gone = await cartPageView(
      {
        cart: [
          [10, 1, '5.00', minuteOf(Date.now())],
          [999, 1, '1.00'],
        ],
      },
      'en',
      {},
    );
    expect(gone.lines.map((line) => line.productId)).toEqual([10]);
    expect(gone.removedCount).toBe(1);
    const empty = await cartPageView({ cart: [], coupon: 'SAVE10' }, 'en', {});
    expect(empty.lines).toEqual([]);
    expect(empty.recommendations).toEqual([]);
    // An empty cart has no coupon to show.
    expect(empty.coupon).toBeUndefined();
  });

  it('names a removed product, even one no longer in the cart, in the status line', async () => {
    const removed = await cartPageView(session(), 'en', { done: 'removed', line: '12' });
    expect(removed.notice).toBe('Oolong was removed from your cart.');
    const ru = await cartPageView(session(), 'ru', { done: 'removed', line: '12' });
    expect(ru.notice).toBe('Улун: товар удалён из корзины.');
    const inCart = await cartPageView(session(), 'en', { done: 'removed', line: '10' });
    expect(inCart.notice).toBe('Assam was removed from your cart.');
    // A product that is gone altogether is not named.
    const unknown = await cartPageView(session(), 'en', { done: 'removed', line: '999' });
    expect(unknown.notice).toBe('Your cart was updated.');
  });

  it('says what the other changes did', async () => {
    const notice = async (query: Record<string, string>, locale: 'en' | 'ru' = 'en') =>
      (await cartPageView(session(), locale, query)).notice;
    expect(await notice({ done: 'updated' })).toBe('Your cart was updated.');
    expect(await notice({ done: 'cleared' })).toBe('Your cart is now empty.');
    expect(await notice({ done: 'added', line: '10', quantity: '2' })).toBe(
      'Added to your cart: Assam × 2.',
    );
    // Only a product the cart holds can have been added: a link names no other.
    expect(await notice({ done: 'added', line: '12', quantity: '2' })).toBe(
      'Your cart was updated.',
    );
    expect(await notice({ done: 'coupon', code: 'SAVE10' })).toBe('Coupon SAVE10 applied.');
    expect(await notice({ done: 'uncoupon', code: 'SAVE10' })).toBe('Coupon SAVE10 removed.');
    expect(await notice({ done: 'coupon', code: 'SAVE10' }, 'ru')).toBe(
      'Промокод SAVE10 применён.',
    );
    expect(await notice({ done: 'updated' }, 'ru')).toBe('Корзина обновлена.');
    // A code named as the shop spells it, and only one the shop has: a link cannot make the
    // cart say that any text was applied.
    expect(await notice({ done: 'coupon', code: 'save10' })).toBe('Coupon SAVE10 applied.');
    expect(await notice({ done: 'coupon', code: 'big' })).toBe('Coupon Big applied.');
    expect(await notice({ done: 'coupon', code: 'FREE100' })).toBeUndefined();
    expect(await notice({ done: 'uncoupon', code: 'Call 555-0100 now' })).toBeUndefined();
    // Anything unreadable says nothing.
    expect(await notice({ done: 'exploded' })).toBeUndefined();
    expect(await notice({})).toBeUndefined();
  });

  it('says why the coupon form was refused, with the code as typed and the minimum it needs', async () => {
    const below = await cartPageView(session(), 'en', {
      'coupon-error': 'COUPON_BELOW_MINIMUM',
      code: 'BIG',
    });
    expect(below.couponError).toEqual({
      message: 'This coupon needs a subtotal of at least $100.00.',
      code: 'BIG',
    });
    // The code as it was typed, in any letter case.
    const lower = await cartPageView(session(), 'en', {
      'coupon-error': 'COUPON_BELOW_MINIMUM',
      code: 'big',
    });
    expect(lower.couponError).toEqual({
      message: 'This coupon needs a subtotal of at least $100.00.',
      code: 'big',
    });
    const ru = await cartPageView(session(), 'ru', {
      'coupon-error': 'COUPON_BELOW_MINIMUM',
      code: 'BIG',
    });
    expect(ru.couponError?.message).toBe(
      `Этот промокод действует для заказов от ${new Intl.NumberFormat('ru', { style: 'currency', currency: 'USD' }).format(100)}.`,
    );
    const unknown = await cartPageView(session(), 'en', {
      'coupon-error': 'COUPON_UNKNOWN',
      code: '<nope>',
    });
    expect(unknown.couponError).toEqual({
      message: 'There is no coupon with this code. Check the spelling.',
      code: '<nope>',
    });
    const missing = await cartPageView(session(), 'en', { 'coupon-error': 'CODE_MISSING' });
    expect(missing.couponError).toEqual({ message: 'Enter a coupon code.', code: '' });
    const unreadable = await cartPageView(session(), 'en', { 'coupon-error': 'NO_SUCH_PROBLEM' });
    expect(unreadable.couponError).toBeUndefined();
  });

  it('shows the session’s coupon, and why it does not apply', async () => {
    const applied = await cartPageView(session({ coupon: 'SAVE10' }), 'en', {});
    expect(applied.coupon).toEqual({
      code: 'SAVE10',
      discount: { kind: 'percent', percent: 10 },
      minSubtotal: null,
    });
    const below = await cartPageView(session({ coupon: 'BIG' }), 'en', {});
    expect(below.coupon).toEqual({
      code: 'Big',
      discount: { kind: 'amount', amount: '5.00' },
      minSubtotal: '100.00',
      problem: 'COUPON_BELOW_MINIMUM',
    });
    const expired = await cartPageView(session({ coupon: 'OLD' }), 'en', {});
    expect(expired.coupon).toMatchObject({ code: 'OLD', problem: 'COUPON_EXPIRED' });
    const deleted = await cartPageView(session({ coupon: 'GONE' }), 'en', {});
    expect(deleted.coupon).toMatchObject({ code: 'GONE', problem: 'COUPON_UNKNOWN' });
  });

  it('says why the checkout sent the shopper back', async () => {
    expect((await cartPageView(session(), 'en', { checkout: 'empty' })).checkout).toBe('empty');
    expect((await cartPageView(session(), 'en', { checkout: 'unavailable' })).checkout).toBe(
      'unavailable',
    );
    expect((await cartPageView(session(), 'en', { checkout: 'other' })).checkout).toBeUndefined();
    expect(
      (await cartPageView(session(), 'en', { checkout: ['empty', 'unavailable'] })).checkout,
    ).toBe('empty');
  });

  it('gives a refused change with its line, the quantity as typed and the field', async () => {
    const tooMany = await cartPageView(session(), 'en', {
      error: 'QUANTITY_TOO_HIGH',
      line: '10',
      quantity: '500',
    });
    expect(tooMany.refused).toEqual({
      message: 'You can have at most 99 of one product in your cart.',
      productId: 10,
      quantity: '500',
      field: 'quantity',
    });
    const gone = await cartPageView(session(), 'en', { error: 'NOT_IN_CART', line: '12' });
    expect(gone.refused).toEqual({
      message: 'This product is no longer in your cart.',
      productId: 12,
      quantity: undefined,
    });
    expect(gone.refused).not.toHaveProperty('field');
    const unreadable = await cartPageView(session(), 'en', { error: 'BROKEN', line: '10' });
    expect(unreadable.refused).toBeUndefined();
  });
});

describe('refusedChangeMessage', () => {
  it('says the refusal in the visitor’s language, with the cart’s limits', () => {
    expect(
      refusedChangeMessage({ code: 'QUANTITY_INVALID', line: 10, quantity: 'x' }, 'ru'),
    ).toEqual({
      message: 'Укажите целое число от 1 до 99.',
      productId: 10,
      quantity: 'x',
      field: 'quantity',
    });
    expect(refusedChangeMessage({ code: 'CART_FULL' }, 'en').message).toMatch(
      /^Your cart is full: it holds at most \d+ different products\./,
    );
  });
});

describe('cartPageHtml', () => {
  it('writes the view as the cart’s body', async () => {
    const html = await cartPageHtml(session({ coupon: 'SAVE10' }), 'en', {
      done: 'coupon',
      code: 'SAVE10',
    });
    expect(html).toContain('>Coupon SAVE10 applied.</p>');
    expect(html).toContain('<a href="/en/products/assam" class="font-medium underline">Assam</a>');
    expect(html).toContain('Subtotal: <strong>$17.00</strong>');
    expect(html).toContain('Total to pay: <strong>$15.30</strong>');
    expect(html).toContain('href="/en/products/oolong"');
    expect(html).not.toMatch(/<script/);
  });
});

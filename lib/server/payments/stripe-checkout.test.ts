import { describe, expect, it } from 'vitest';

import type { OrderWithItems } from '../orders';
import { checkoutIdempotencyKey, checkoutSessionParams } from './stripe-checkout';

const order = {
  id: 42,
  locale: 'ru',
  email: 'anna@example.com',
  totalMinor: 2735,
  items: [
    {
      id: 1,
      orderId: 42,
      productId: 3,
      productName: 'Earl Grey',
      unitPriceMinor: 845,
      quantity: 2,
    },
    {
      id: 2,
      orderId: 42,
      productId: null,
      productName: 'Teapot',
      unitPriceMinor: 1045,
      quantity: 1,
    },
  ],
} as OrderWithItems;

describe('Checkout Session request', () => {
  it('has one line per item at its copied price, in minor units of the shop currency', () => {
    const params = checkoutSessionParams(order, { code: 'USD', digits: 2 }, 'https://shop.test');
    expect(params).toMatchObject({
      mode: 'payment',
      client_reference_id: '42',
      customer_email: 'anna@example.com',
      locale: 'ru',
      success_url:
        'https://shop.test/ru/payment/completed?order=42&session_id={CHECKOUT_SESSION_ID}',
      cancel_url: 'https://shop.test/ru/payment/canceled?order=42',
    });
    expect(params.line_items).toEqual([
      {
        quantity: 2,
        price_data: { currency: 'usd', unit_amount: 845, product_data: { name: 'Earl Grey' } },
      },
      {
        quantity: 1,
        price_data: { currency: 'usd', unit_amount: 1045, product_data: { name: 'Teapot' } },
      },
    ]);
  });

  it("speaks Stripe's units for a zero-decimal currency", () => {
    const params = checkoutSessionParams(
      { ...order, items: [{ ...order.items[0]!, unitPriceMinor: 84500 }] },
      { code: 'JPY', digits: 2 },
      'https://shop.test',
    );
    expect(params.line_items?.[0]?.price_data?.unit_amount).toBe(845);
  });

  it('uses one idempotency key per order', () => {
    expect(checkoutIdempotencyKey(42)).toBe(checkoutIdempotencyKey(42));
    expect(checkoutIdempotencyKey(42)).not.toBe(checkoutIdempotencyKey(43));
  });
});

import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';

import { startFakeStripe } from '../../testing/fake-stripe';
import { parsePaymentEnv } from '../../validation/payment-env';
import type { OrderWithItems } from '../orders';
import {
  checkoutIdempotencyKey,
  checkoutSessionParams,
  createCheckoutSession,
  stripeClient,
  stripeCouponFor,
} from './stripe-checkout';

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
    expect(params.line_items?.[0]?.price_data?.currency).toBe('jpy');
  });

  it('uses one idempotency key per order', () => {
    expect(checkoutIdempotencyKey(42)).toBe(checkoutIdempotencyKey(42));
    expect(checkoutIdempotencyKey(42)).not.toBe(checkoutIdempotencyKey(43));
  });
});

describe('createCheckoutSession', () => {
  it('sends the session to the configured Stripe API with the order key, and returns its page', async () => {
    const fake = await startFakeStripe();
    try {
      const stripe = stripeClient(
        parsePaymentEnv({
          STRIPE_SECRET_KEY: 'sk_test_unit',
          STRIPE_API_HOST: '127.0.0.1',
          STRIPE_API_PORT: String(fake.port),
          STRIPE_API_PROTOCOL: 'http',
        }),
      );
      if (!stripe) throw new Error('no Stripe client');
      const usd = { code: 'USD', digits: 2 };
      const first = await createCheckoutSession(stripe, order, usd, 'https://shop.test');
      expect(first).toEqual({
        sessionId: 'cs_test_fake1',
        url: `${fake.baseURL}/c/pay/cs_test_fake1`,
      });
      // A second try before the first was remembered (a double click) gets the same session.
      expect(await createCheckoutSession(stripe, order, usd, 'https://shop.test')).toEqual(first);
      const [request] = fake.requests;
      expect(request?.path).toBe('/v1/checkout/sessions');
      expect(request?.headers['idempotency-key']).toBe('order-42-checkout');
      expect(request?.headers.authorization).toBe('Bearer sk_test_unit');
      const params = Object.fromEntries(request?.params ?? []);
      expect(params).toMatchObject({
        mode: 'payment',
        client_reference_id: '42',
        'line_items[0][quantity]': '2',
        'line_items[0][price_data][unit_amount]': '845',
        'line_items[0][price_data][currency]': 'usd',
        'line_items[0][price_data][product_data][name]': 'Earl Grey',
        'line_items[1][quantity]': '1',
        'line_items[1][price_data][unit_amount]': '1045',
        success_url:
          'https://shop.test/ru/payment/completed?order=42&session_id={CHECKOUT_SESSION_ID}',
        cancel_url: 'https://shop.test/ru/payment/canceled?order=42',
      });
      expect(fake.requests.map((sent) => sent.headers['idempotency-key'])).toEqual([
        'order-42-checkout',
        'order-42-checkout',
      ]);

      // Once remembered, an open session is reused without creating another.
      const remembered = { ...order, stripeSessionId: first.sessionId };
      expect(await createCheckoutSession(stripe, remembered, usd, 'https://shop.test')).toEqual(
        first,
      );
      expect(fake.requests.at(-1)?.method).toBe('GET');

      // An expired one is replaced by a new session, under a new key.
      fake.setStatus(first.sessionId, 'expired');
      const next = await createCheckoutSession(stripe, remembered, usd, 'https://shop.test');
      expect(next.sessionId).toBe('cs_test_fake2');
      expect(fake.requests.at(-1)?.headers['idempotency-key']).toBe(
        'order-42-checkout-after-cs_test_fake1',
      );

      // A completed one is never replaced: that could take a second payment.
      fake.setStatus(next.sessionId, 'complete');
      const done = { ...order, stripeSessionId: next.sessionId };
      expect(await createCheckoutSession(stripe, done, usd, 'https://shop.test')).toEqual({
        sessionId: next.sessionId,
        url: 'https://shop.test/ru/payment/completed?order=42',
      });
      expect(fake.requests.filter((sent) => sent.method === 'POST')).toHaveLength(3);
    } finally {
      await fake.close();
    }
  });
});

describe('a discounted order', () => {
  it('is charged its total: the lines less a one-off Stripe coupon of the discount', async () => {
    const fake = await startFakeStripe();
    try {
      const stripe = new Stripe('sk_test_unit', {
        host: '127.0.0.1',
        port: fake.port,
        protocol: 'http',
      });
      // 27.35 less 10 % (2.74, rounded once, half up) = 24.61
      const discounted = {
        ...order,
        id: 77,
        couponCode: 'TEA10',
        discountMinor: 274,
        totalMinor: 2461,
      } as OrderWithItems;
      const usd = { code: 'USD', digits: 2 };
      const started = await createCheckoutSession(stripe, discounted, usd, 'https://shop.test');
      const [couponRequest, sessionRequest] = fake.requests;
      expect(couponRequest?.path).toBe('/v1/coupons');
      expect(couponRequest?.headers['idempotency-key']).toBe('order-77-coupon');
      expect(Object.fromEntries(couponRequest?.params ?? [])).toMatchObject({
        amount_off: '274',
        currency: 'usd',
        duration: 'once',
        max_redemptions: '1',
        name: 'TEA10',
      });
      expect(sessionRequest?.params.get('discounts[0][coupon]')).toBe('fake_coupon_1');
      const session = await stripe.checkout.sessions.retrieve(started.sessionId);
      expect(session.amount_total).toBe(discounted.totalMinor);

      // Without a discount no coupon is made.
      expect(await stripeCouponFor(stripe, { ...discounted, discountMinor: 0 }, usd)).toBe(
        undefined,
      );
    } finally {
      await fake.close();
    }
  });
});

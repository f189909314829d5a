import 'server-only';

import Stripe from 'stripe';

import { toStripeAmount } from '../../domain/payment-amount';
import { paymentEnv, type PaymentEnv } from '../../validation/payment-env';
import type { OrderWithItems } from '../orders';

let cached: Stripe | undefined;

/** The Stripe client, or undefined without STRIPE_SECRET_KEY (the test gateway stands in). */
export function stripeClient(settings: PaymentEnv = paymentEnv()): Stripe | undefined {
  if (!settings.STRIPE_SECRET_KEY) return undefined;
  cached ??= new Stripe(settings.STRIPE_SECRET_KEY, {
    // Unset for Stripe itself; the tests point these at a fake Stripe API on loopback.
    host: settings.STRIPE_API_HOST,
    port: settings.STRIPE_API_PORT,
    protocol: settings.STRIPE_API_PROTOCOL,
    // Safe to retry: every session request carries the order's idempotency key.
    maxNetworkRetries: 2,
    // The shopper waits on this request: fail within seconds, not the SDK's default 80 s a try.
    timeout: 10_000,
  });
  return cached;
}

export type ShopMoney = { code: string; digits: number };

/**
 * The Checkout Session of an order: its items at their copied prices, in the shop currency, and
 * return addresses in the order's language. Built only from the order as stored, so the same
 * order always gives the same request (which its idempotency key requires).
 */
export function checkoutSessionParams(
  order: OrderWithItems,
  currency: ShopMoney,
  origin: string,
  // The order's coupon as a Stripe coupon (stripeCouponFor): its discount off the lines.
  stripeCouponId?: string,
): Stripe.Checkout.SessionCreateParams {
  const base = `${origin}/${order.locale}/payment`;
  return {
    mode: 'payment',
    client_reference_id: String(order.id),
    customer_email: order.email,
    locale: order.locale,
    line_items: order.items.map((item) => ({
      quantity: item.quantity,
      price_data: {
        currency: currency.code.toLowerCase(),
        unit_amount: toStripeAmount(item.unitPriceMinor, currency.digits, currency.code),
        product_data: { name: item.productName },
      },
    })),
    ...(stripeCouponId ? { discounts: [{ coupon: stripeCouponId }] } : {}),
    metadata: { order_id: String(order.id) },
    // Stripe fills in {CHECKOUT_SESSION_ID} itself.
    success_url: `${base}/completed?order=${order.id}&session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${base}/canceled?order=${order.id}`,
  };
}

/**
 * One key per order and per session it replaces: a double click or a second tab gets the same
 * session, and once that session has expired the next try gets a new one (Stripe would answer a
 * remembered key with the expired session for 24 hours).
 */
export function checkoutIdempotencyKey(orderId: number, replacing?: string | null): string {
  return replacing ? `order-${orderId}-checkout-after-${replacing}` : `order-${orderId}-checkout`;
}

export type CheckoutSessionStart = { sessionId: string; url: string };

/**
 * The Checkout Session to send the shopper to: the order's last one while it is still open,
 * otherwise a new one. A session already completed is not replaced (that would let the order be
 * paid twice): the shopper goes to the completed page while the webhook confirms the payment.
 */
export async function createCheckoutSession(
  stripe: Stripe,
  order: OrderWithItems,
  currency: ShopMoney,
  origin: string,
): Promise<CheckoutSessionStart> {
  const previous = order.stripeSessionId;
  if (previous) {
    const existing = await stripe.checkout.sessions.retrieve(previous);
    if (existing.status === 'open' && existing.url)
      return { sessionId: previous, url: existing.url };
    if (existing.status === 'complete') {
      return {
        sessionId: previous,
        url: `${origin}/${order.locale}/payment/completed?order=${order.id}`,
      };
    }
  }
  const coupon = await stripeCouponFor(stripe, order, currency);
  const session = await stripe.checkout.sessions.create(
    checkoutSessionParams(order, currency, origin, coupon),
    { idempotencyKey: checkoutIdempotencyKey(order.id, previous) },
  );
  if (!session.url) throw new Error(`Stripe returned checkout session ${session.id} without a url`);
  return { sessionId: session.id, url: session.url };
}

/**
 * The order's discount as a one-off Stripe coupon of exactly the amount the order took off, so
 * that Stripe charges the lines less that amount: the order's total, which the webhook checks.
 * (An amount, never Stripe's own percentage: Stripe would round it its way, the shop rounds once.)
 * Its idempotency key makes a double click or a retry get the same coupon.
 */
export async function stripeCouponFor(
  stripe: Stripe,
  order: Pick<OrderWithItems, 'id' | 'couponCode' | 'discountMinor'>,
  currency: ShopMoney,
): Promise<string | undefined> {
  if (!(order.discountMinor > 0)) return undefined;
  const coupon = await stripe.coupons.create(
    {
      amount_off: toStripeAmount(order.discountMinor, currency.digits, currency.code),
      currency: currency.code.toLowerCase(),
      duration: 'once',
      max_redemptions: 1,
      name: order.couponCode ?? undefined,
      metadata: { order_id: String(order.id) },
    },
    { idempotencyKey: `order-${order.id}-coupon` },
  );
  return coupon.id;
}

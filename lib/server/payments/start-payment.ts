import 'server-only';

import { eq } from 'drizzle-orm';
import { headers } from 'next/headers';

import type { Locale } from '../../i18n/locales';
import { getPathname } from '../../i18n/navigation';
import { env } from '../../validation/env';
import { getDb } from '../database';
import { orders } from '../../../db/schema';
import { findOrder } from '../orders';
import { shopCurrency } from '../shop';
import { createCheckoutSession, stripeClient } from './stripe-checkout';

/**
 * The shop's public origin for addresses Stripe sends the shopper back to: SHOP_URL, or else the
 * address this request came to (fine behind a proxy that sets X-Forwarded-Host/-Proto; set
 * SHOP_URL wherever the Host header cannot be trusted).
 */
export async function shopOrigin(): Promise<string> {
  const configured = env().SHOP_URL;
  if (configured) return configured;
  const list = await headers();
  const host = list.get('x-forwarded-host') ?? list.get('host') ?? 'localhost';
  const protocol = list.get('x-forwarded-proto') ?? 'http';
  return `${protocol.split(',')[0]?.trim() ?? 'http'}://${host.split(',')[0]?.trim() ?? host}`;
}

/**
 * Where the shopper goes to pay an order: Stripe's Checkout page when Stripe is configured,
 * otherwise the shop's own payment page (the test gateway, or a "not available" notice). If Stripe
 * cannot be reached the order page says so, with its Pay button to try again.
 */
export async function paymentAddress(orderId: number, locale: Locale): Promise<string> {
  const stripe = stripeClient();
  if (!stripe) return getPathname({ href: `/orders/${orderId}/pay`, locale });
  const order = await findOrder(orderId);
  if (!order) throw new Error(`order ${orderId} does not exist`);
  if (order.paid) return getPathname({ href: `/orders/${orderId}`, locale });
  try {
    const started = await createCheckoutSession(stripe, order, shopCurrency(), await shopOrigin());
    if (started.sessionId !== order.stripeSessionId)
      rememberCheckoutSession(orderId, started.sessionId);
    return started.url;
  } catch (error) {
    console.error(`Could not start the Stripe payment of order ${orderId}:`, error);
    return getPathname({ href: `/orders/${orderId}?payment=failed`, locale });
  }
}

function rememberCheckoutSession(orderId: number, sessionId: string): void {
  getDb().update(orders).set({ stripeSessionId: sessionId }).where(eq(orders.id, orderId)).run();
}

import 'server-only';

import Stripe from 'stripe';

import { fromStripeAmount } from '../../domain/payment-amount';
import { parseId } from '../../validation/id';
import { paymentEnv } from '../../validation/payment-env';
import { getDb } from '../database';
import type { JobsDatabase } from '../jobs/queue';
import { shopCurrency } from '../shop';
import type { ShopMoney } from './stripe-checkout';
import { markOrderPaid, type MarkPaidResult } from './mark-order-paid';

export type WebhookAnswer = { status: number; body: Record<string, unknown> };

// Both mean the money is there: card payments complete paid; slower methods succeed later.
const PAID_EVENTS = new Set([
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
]);

/**
 * receiveStripeWebhook with the shop's own database, webhook secret and currency: what the route
 * app/api/webhooks/stripe/route.ts calls (app/ reaches the database only through lib/server).
 */
export async function answerStripeWebhook(
  rawBody: string,
  signature: string | null,
): Promise<WebhookAnswer> {
  return receiveStripeWebhook(
    getDb(),
    rawBody,
    signature,
    paymentEnv().STRIPE_WEBHOOK_SECRET,
    shopCurrency(),
  );
}

/**
 * A webhook request, from its raw body and Stripe-Signature header to the answer. Nothing changes
 * unless the signature is good. Refused payments (another amount, an order already paid) are
 * answered 200: they are recorded and logged for a person to refund, and Stripe retrying the same
 * event for three days would not change them.
 */
export function receiveStripeWebhook(
  db: JobsDatabase,
  rawBody: string,
  signature: string | null,
  secret: string | undefined,
  currency: ShopMoney,
): WebhookAnswer {
  if (!secret) {
    return {
      status: 503,
      body: { error: 'Stripe webhooks are not configured: set STRIPE_WEBHOOK_SECRET.' },
    };
  }
  if (!signature) return { status: 400, body: { error: 'missing Stripe-Signature header' } };
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature, secret);
  } catch {
    return { status: 400, body: { error: 'invalid signature' } };
  }
  if (!PAID_EVENTS.has(event.type)) return { status: 200, body: { received: true, ignored: true } };
  const session = event.data.object as Stripe.Checkout.Session;
  if (session.payment_status !== 'paid') {
    return { status: 200, body: { received: true, ignored: 'not paid yet' } };
  }
  const result = paySession(db, event.id, session, currency);
  if (!result.ok && result.code !== 'DUPLICATE_EVENT') {
    console.error(
      `Stripe event ${event.id} (session ${session.id}) did not mark order ` +
        `${session.client_reference_id ?? '?'} paid: ${result.code}`,
    );
  }
  return {
    status: 200,
    body: { received: true, outcome: result.ok ? 'PAID' : result.code },
  };
}

function paySession(
  db: JobsDatabase,
  eventId: string,
  session: Stripe.Checkout.Session,
  currency: ShopMoney,
): MarkPaidResult {
  const orderId = parseId(session.client_reference_id) ?? 0;
  const sessionCurrency = (session.currency ?? '').toUpperCase();
  const amountMinor =
    session.amount_total === null
      ? undefined
      : fromStripeAmount(session.amount_total, currency.digits, sessionCurrency || currency.code);
  const intent = session.payment_intent;
  return markOrderPaid(db, {
    orderId,
    paymentId: (typeof intent === 'string' ? intent : intent?.id) ?? session.id,
    // An amount with no exact equivalent can match no order.
    amountMinor: amountMinor ?? -1,
    currency: sessionCurrency,
    source: 'stripe',
    eventId,
  });
}

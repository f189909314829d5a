import { NextResponse } from 'next/server';

import { getDb } from '@/db/client';
import { receiveStripeWebhook } from '@/lib/server/payments/stripe-webhook';
import { shopCurrency } from '@/lib/server/shop';
import { paymentEnv } from '@/lib/validation/payment-env';

// Stripe's events about Checkout Sessions. The signature covers the exact bytes sent, so the body
// is read as text, never parsed and re-serialised before it is checked.
export async function POST(request: Request) {
  const answer = receiveStripeWebhook(
    getDb(),
    await request.text(),
    request.headers.get('stripe-signature'),
    paymentEnv().STRIPE_WEBHOOK_SECRET,
    shopCurrency(),
  );
  return NextResponse.json(answer.body, { status: answer.status });
}

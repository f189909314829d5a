import { NextResponse } from 'next/server';

import { answerStripeWebhook } from '@/lib/server/payments/stripe-webhook';
import { readBodyText } from '@/lib/server/read-body';

// Stripe's events are a few kilobytes; anything over this is refused before it is all read.
const MAX_WEBHOOK_BYTES = 1024 * 1024;

// Stripe's events about Checkout Sessions. The signature covers the exact bytes sent, so the body
// is read as text, never parsed and re-serialised before it is checked.
export async function POST(request: Request) {
  const body = await readBodyText(request, MAX_WEBHOOK_BYTES);
  if (!body.ok) {
    return NextResponse.json({ error: 'request body too large' }, { status: body.status });
  }
  const answer = await answerStripeWebhook(body.text, request.headers.get('stripe-signature'));
  return NextResponse.json(answer.body, { status: answer.status });
}

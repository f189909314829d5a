import Stripe from 'stripe';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { getDb } from '../database';
import { receiveStripeWebhook } from './stripe-webhook';
import { eventsOf, insertTestOrder, invoiceJobsOf, orderRow } from '../../testing/test-orders';

const secret = 'whsec_unit_test_secret';
const usd = { code: 'USD', digits: 2 };

function completedEvent(orderId: number, overrides: Record<string, unknown> = {}) {
  return JSON.stringify({
    id: `evt_${orderId}_${Math.random().toString(36).slice(2)}`,
    object: 'event',
    type: 'checkout.session.completed',
    data: {
      object: {
        id: `cs_test_${orderId}`,
        object: 'checkout.session',
        client_reference_id: String(orderId),
        amount_total: 2735,
        currency: 'usd',
        payment_status: 'paid',
        payment_intent: `pi_${orderId}`,
        ...overrides,
      },
    },
  });
}

function deliver(
  body: string,
  signature: string | null = sign(body),
  key: string | undefined = secret,
) {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  return receiveStripeWebhook(getDb(), body, signature, key, usd);
}

function sign(body: string, key = secret) {
  return Stripe.webhooks.generateTestHeaderString({ payload: body, secret: key });
}

describe('Stripe webhook', () => {
  it('marks the order paid on a signed checkout.session.completed', () => {
    const id = insertTestOrder();
    expect(deliver(completedEvent(id))).toEqual({
      status: 200,
      body: { received: true, outcome: 'PAID' },
    });
    expect(orderRow(id)).toMatchObject({
      paid: true,
      paymentId: `pi_${id}`,
      paymentSource: 'stripe',
    });
    expect(invoiceJobsOf(id)).toHaveLength(1);
  });

  it('refuses a bad or missing signature with 400, and nothing changes', () => {
    const id = insertTestOrder();
    const body = completedEvent(id);
    expect(deliver(body, sign(body, 'whsec_someone_else')).status).toBe(400);
    expect(deliver(body, 't=1,v1=deadbeef').status).toBe(400);
    expect(deliver(body.replace('2735', '1'), sign(body)).status).toBe(400);
    expect(deliver(body, null)).toMatchObject({ status: 400 });
    expect(orderRow(id)?.paid).toBe(false);
    expect(eventsOf(id)).toEqual([]);
  });

  it('says clearly that it is not configured without a secret', () => {
    const id = insertTestOrder();
    const body = completedEvent(id);
    expect(receiveStripeWebhook(getDb(), body, sign(body), undefined, usd)).toMatchObject({
      status: 503,
      body: { error: expect.stringMatching(/STRIPE_WEBHOOK_SECRET/) },
    });
    expect(orderRow(id)?.paid).toBe(false);
  });

  it('changes nothing when the same event comes again', () => {
    const id = insertTestOrder();
    const body = completedEvent(id);
    expect(deliver(body).body.outcome).toBe('PAID');
    const paidAt = orderRow(id)?.paidAt;
    expect(deliver(body)).toEqual({
      status: 200,
      body: { received: true, outcome: 'DUPLICATE_EVENT' },
    });
    expect(orderRow(id)?.paidAt).toEqual(paidAt);
    expect(invoiceJobsOf(id)).toHaveLength(1);
  });

  it('does not mark the order paid when amount or currency differ, and records it', () => {
    const id = insertTestOrder();
    expect(deliver(completedEvent(id, { amount_total: 100 }))).toEqual({
      status: 200,
      body: { received: true, outcome: 'AMOUNT_MISMATCH' },
    });
    expect(deliver(completedEvent(id, { currency: 'eur' })).body.outcome).toBe('AMOUNT_MISMATCH');
    expect(orderRow(id)?.paid).toBe(false);
    expect(invoiceJobsOf(id)).toHaveLength(0);
    expect(eventsOf(id).map((event) => event.type)).toEqual([
      'stripe.amount_mismatch',
      'stripe.amount_mismatch',
    ]);
  });

  it('ignores other events and sessions not paid yet', () => {
    const id = insertTestOrder();
    const other = JSON.stringify({
      id: 'evt_other',
      object: 'event',
      type: 'charge.refunded',
      data: { object: {} },
    });
    expect(deliver(other)).toEqual({ status: 200, body: { received: true, ignored: true } });
    expect(deliver(completedEvent(id, { payment_status: 'unpaid' })).status).toBe(200);
    expect(orderRow(id)?.paid).toBe(false);
  });
});

import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { getDb } from '../database';
import { markOrderPaid, type PaymentReceived } from './mark-order-paid';
import { eventsOf, insertTestOrder, invoiceJobsOf, orderRow } from '../../testing/test-orders';

const payment = (orderId: number, overrides: Partial<PaymentReceived> = {}): PaymentReceived => ({
  orderId,
  paymentId: 'pi_123',
  amountMinor: 2735,
  currency: 'usd',
  source: 'stripe',
  eventId: `evt_${orderId}_${Math.random()}`,
  ...overrides,
});

describe('markOrderPaid', () => {
  it('marks the order paid, records the event and queues the invoice, together', () => {
    const id = insertTestOrder();
    const result = markOrderPaid(getDb(), payment(id, { eventId: `evt_ok_${id}` }));
    expect(result).toMatchObject({ ok: true });
    expect(orderRow(id)).toMatchObject({
      paid: true,
      paymentId: 'pi_123',
      paymentSource: 'stripe',
      paidAt: expect.any(Date),
    });
    expect(eventsOf(id)).toEqual([
      expect.objectContaining({ id: `evt_ok_${id}`, type: 'stripe.paid' }),
    ]);
    expect(invoiceJobsOf(id)).toHaveLength(1);
  });

  it('changes nothing for the same event twice, nor for a second payment', () => {
    const id = insertTestOrder();
    const first = payment(id);
    expect(markOrderPaid(getDb(), first).ok).toBe(true);
    const paidAt = orderRow(id)?.paidAt;
    expect(markOrderPaid(getDb(), first)).toEqual({ ok: false, code: 'DUPLICATE_EVENT' });
    expect(
      markOrderPaid(getDb(), payment(id, { source: 'test', paymentId: 'test_other' })),
    ).toEqual({ ok: false, code: 'ALREADY_PAID' });
    expect(orderRow(id)).toMatchObject({ paymentId: 'pi_123', paymentSource: 'stripe', paidAt });
    expect(invoiceJobsOf(id)).toHaveLength(1);
    expect(
      eventsOf(id)
        .map((event) => event.type)
        .sort(),
    ).toEqual(['stripe.paid', 'test.already_paid']);
  });

  it('refuses another amount or currency, and records it', () => {
    const id = insertTestOrder();
    expect(markOrderPaid(getDb(), payment(id, { amountMinor: 2734 }))).toEqual({
      ok: false,
      code: 'AMOUNT_MISMATCH',
    });
    expect(markOrderPaid(getDb(), payment(id, { currency: 'eur' }))).toEqual({
      ok: false,
      code: 'AMOUNT_MISMATCH',
    });
    expect(orderRow(id)).toMatchObject({ paid: false, paymentId: null, paidAt: null });
    expect(invoiceJobsOf(id)).toHaveLength(0);
    expect(eventsOf(id).map((event) => event.type)).toEqual([
      'stripe.amount_mismatch',
      'stripe.amount_mismatch',
    ]);
  });

  it('answers for an order that does not exist', () => {
    expect(markOrderPaid(getDb(), payment(999_999))).toEqual({
      ok: false,
      code: 'ORDER_NOT_FOUND',
    });
  });

  it('rolls the payment back when the surrounding transaction fails', () => {
    const id = insertTestOrder();
    expect(() =>
      getDb().transaction((tx) => {
        markOrderPaid(tx, payment(id));
        throw new Error('something after it failed');
      }),
    ).toThrow(/something after it failed/);
    expect(orderRow(id)?.paid).toBe(false);
    expect(invoiceJobsOf(id)).toHaveLength(0);
  });
});

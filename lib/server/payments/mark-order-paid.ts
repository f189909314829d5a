import 'server-only';

import { and, eq } from 'drizzle-orm';

import { orders, paymentEvents } from '../../../db/schema';
import type { JobsDatabase } from '../jobs/queue';
import { enqueueInvoiceMail } from '../mail/invoice-mail';
import { countPaidOrder } from '../../../db/bought-together';
import { shopCurrency } from '../shop';

// 'coupon': an order a 100 % coupon left nothing to pay for (lib/server/checkout.ts).
export type PaymentSource = 'stripe' | 'test' | 'coupon';

export interface PaymentReceived {
  orderId: number;
  /** The gateway's id of the payment (a Stripe PaymentIntent id, or the test gateway's own). */
  paymentId: string;
  /** What the gateway took, in the shop currency's minor units. */
  amountMinor: number;
  currency: string;
  source: PaymentSource;
  /** Unique per gateway event: the same event seen twice changes nothing the second time. */
  eventId: string;
}

export type MarkPaidResult =
  | { ok: true; paidAt: Date }
  | { ok: false; code: 'DUPLICATE_EVENT' | 'ORDER_NOT_FOUND' | 'ALREADY_PAID' | 'AMOUNT_MISMATCH' };

/**
 * The one way an order becomes paid, for every gateway. In one transaction: the event is recorded
 * (a replay stops here), the amount and currency must be the order's, the order must not be paid
 * yet; then the order is marked paid, its products counted as bought together (once: only here,
 * when it turns paid) and its invoice e-mail queued. Every outcome is recorded in
 * payment_events, so that a refused payment can be found and refunded.
 */
export function markOrderPaid(db: JobsDatabase, payment: PaymentReceived): MarkPaidResult {
  return db.transaction(
    (tx) => {
      const order = tx
        .select({ id: orders.id, totalMinor: orders.totalMinor, paid: orders.paid })
        .from(orders)
        .where(eq(orders.id, payment.orderId))
        .get();
      const outcome = !order
        ? 'ORDER_NOT_FOUND'
        : order.paid
          ? 'ALREADY_PAID'
          : order.totalMinor !== payment.amountMinor ||
              payment.currency.toUpperCase() !== shopCurrency().code
            ? 'AMOUNT_MISMATCH'
            : 'PAID';
      const recorded = tx
        .insert(paymentEvents)
        .values({
          id: payment.eventId,
          orderId: order?.id ?? null,
          type: `${payment.source}.${outcome.toLowerCase()}`,
        })
        .onConflictDoNothing()
        .returning({ id: paymentEvents.id })
        .get();
      if (!recorded) return { ok: false, code: 'DUPLICATE_EVENT' };
      if (outcome !== 'PAID') return { ok: false, code: outcome };

      const paidAt = new Date();
      const { changes } = tx
        .update(orders)
        .set({
          paid: true,
          paymentId: payment.paymentId,
          paymentSource: payment.source,
          paidAt,
        })
        .where(and(eq(orders.id, payment.orderId), eq(orders.paid, false)))
        .run();
      // Only the payment that turned the order paid counts its products as bought together.
      if (changes === 1) countPaidOrder(tx, payment.orderId);
      enqueueInvoiceMail(tx, payment.orderId);
      return { ok: true, paidAt };
      // IMMEDIATE takes the write lock before the read: a webhook and a second server process
      // cannot both read "unpaid" and both mark the order.
    },
    { behavior: 'immediate' },
  );
}

import 'server-only';

import { eq } from 'drizzle-orm';

import { getDb } from '../server/database';
import { jobs, orderItems, orders, paymentEvents } from '../../db/schema';
import type { Locale } from '../i18n/locales';

let counter = 0;

/** An unpaid order of 2 × 8.45 + 1 × 10.45 = 27.35 in the test database (unit tests only). */
export function insertTestOrder(locale: Locale = 'en', firstName = 'Anna') {
  counter += 1;
  const db = getDb();
  const { id } = db
    .insert(orders)
    .values({
      firstName,
      lastName: 'Smith',
      email: `anna${counter}@example.com`,
      address: '1 Main St',
      postalCode: '12345',
      city: 'Springfield',
      locale,
      totalMinor: 2735,
      sessionKey: 'k'.repeat(22),
      cartToken: `payment-test-${counter}`.padEnd(22, 't'),
    })
    .returning({ id: orders.id })
    .get();
  db.insert(orderItems)
    .values([
      { orderId: id, productName: 'Earl Grey', unitPriceMinor: 845, quantity: 2 },
      { orderId: id, productName: 'Teapot', unitPriceMinor: 1045, quantity: 1 },
    ])
    .run();
  return id;
}

export function orderRow(id: number) {
  return getDb().select().from(orders).where(eq(orders.id, id)).get();
}

export function eventsOf(id: number) {
  return getDb().select().from(paymentEvents).where(eq(paymentEvents.orderId, id)).all();
}

export function invoiceJobsOf(id: number) {
  return getDb()
    .select()
    .from(jobs)
    .where(eq(jobs.type, 'mail.invoice'))
    .all()
    .filter((job) => (job.payload as { orderId?: number }).orderId === id);
}

/**
 * An unpaid order of these products, 1 × 1.00 each, in `db` (unit tests and the concurrency
 * test's processes). Product ids may repeat or be null (a product deleted since).
 */
export function insertOrderOf(productIds: readonly (number | null)[], db = getDb()) {
  counter += 1;
  const { id } = db
    .insert(orders)
    .values({
      firstName: 'Anna',
      lastName: 'Smith',
      email: `buyer${counter}@example.com`,
      address: '1 Main St',
      postalCode: '12345',
      city: 'Springfield',
      locale: 'en',
      totalMinor: 100 * productIds.length,
      sessionKey: 'k'.repeat(22),
      cartToken: `together-${process.pid}-${counter}`.padEnd(22, 't'),
    })
    .returning({ id: orders.id })
    .get();
  if (productIds.length > 0) {
    db.insert(orderItems)
      .values(
        productIds.map((productId) => ({
          orderId: id,
          productId,
          productName: `Product ${productId}`,
          unitPriceMinor: 100,
          quantity: 1,
        })),
      )
      .run();
  }
  return { id, totalMinor: 100 * productIds.length };
}

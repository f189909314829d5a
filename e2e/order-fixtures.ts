import { randomBytes } from 'node:crypto';

import { and, count, eq, inArray, sql } from 'drizzle-orm';

import { countPaidOrder } from '../db/bought-together';
import { jobs, orderItems, orders, rateLimits } from '../db/schema';
import { emailKey } from '../lib/domain/email';
import { toMinor } from '../lib/domain/money';
import { orderCharges } from '../lib/server/limits';
import { withTestDb } from './test-db';

let counter = 0;
const unique = () => `${process.pid}-${Date.now()}-${(counter += 1)}`;

export type TestOrder = {
  firstName?: string;
  lastName?: string;
  email?: string;
  city?: string;
  paid?: boolean;
  createdAt?: Date;
  paymentId?: string;
  paymentSource?: 'stripe' | 'test';
  /** The browser session's key that placed it (a random one if not given): it may see the order. */
  sessionKey?: string;
  coupon?: { id: number; code: string; discountMinor: number };
  items?: { productId?: number | null; name: string; unitPriceMinor: number; quantity: number }[];
};

/** An order written straight into the database, with the created date a test needs. */
export function createOrder(order: TestOrder = {}): number {
  const items = order.items ?? [{ name: 'Earl Grey', unitPriceMinor: 850, quantity: 2 }];
  const itemsTotal = items.reduce((sum, item) => sum + item.unitPriceMinor * item.quantity, 0);
  const createdAt = order.createdAt ?? new Date();
  return withTestDb((db) =>
    // Immediate: it reads, then writes; deferred, a server's write in between fails it (SQLITE_BUSY).
    db.transaction(
      (tx) => {
        const { id } = tx
          .insert(orders)
          .values({
            firstName: order.firstName ?? 'Anna',
            lastName: order.lastName ?? 'Karenina',
            email: order.email ?? `anna.${unique()}@example.com`,
            address: '12 Tverskaya St',
            postalCode: '125009',
            city: order.city ?? 'Moscow',
            locale: 'en',
            totalMinor: itemsTotal - (order.coupon?.discountMinor ?? 0),
            ...(order.coupon
              ? {
                  couponId: order.coupon.id,
                  couponCode: order.coupon.code,
                  discountMinor: order.coupon.discountMinor,
                }
              : {}),
            paid: !!order.paid,
            paymentId: order.paymentId ?? null,
            paymentSource: order.paymentSource ?? null,
            paidAt: order.paid ? createdAt : null,
            sessionKey: order.sessionKey ?? randomBytes(16).toString('base64url'),
            cartToken: randomBytes(16).toString('base64url'),
            createdAt,
          })
          .returning({ id: orders.id })
          .get();
        if (items.length > 0) {
          tx.insert(orderItems)
            .values(
              items.map((item) => ({
                orderId: id,
                productId: item.productId ?? null,
                productName: item.name,
                unitPriceMinor: item.unitPriceMinor,
                quantity: item.quantity,
              })),
            )
            .run();
        }
        return id;
      },
      { behavior: 'immediate' },
    ),
  );
}

/**
 * A paid order of one of each of these products, counted in "bought together" as a payment counts
 * it (db/bought-together.ts): what two shoppers' paid orders leave behind, for tests of how the
 * recommendations show rather than of paying (recommendations.spec.ts pays through the pages).
 */
export function paidOrderOf(products: { id: number; en: { name: string }; price: string }[]) {
  const id = createOrder({
    paid: true,
    paymentSource: 'test',
    paymentId: `test_${unique()}`,
    items: products.map((product) => ({
      productId: product.id,
      name: product.en.name,
      unitPriceMinor: toMinor(product.price, 2),
      quantity: 1,
    })),
  });
  withTestDb((db) => countPaidOrder(db, id));
  return id;
}

/** Deletes a test's order and its items. */
export function deleteOrder(id: number) {
  withTestDb((db) => db.delete(orders).where(eq(orders.id, id)).run());
}

/** The orders placed with this e-mail, oldest first. */
export function ordersOf(email: string) {
  return withTestDb((db) =>
    db
      .select({
        id: orders.id,
        total_minor: orders.totalMinor,
        locale: orders.locale,
        paid: orders.paid,
      })
      .from(orders)
      .where(eq(orders.email, email))
      .orderBy(orders.id)
      .all(),
  );
}

export function orderItemsOf(orderId: number) {
  return withTestDb((db) =>
    db
      .select({
        product_id: orderItems.productId,
        product_name: orderItems.productName,
        unit_price_minor: orderItems.unitPriceMinor,
        quantity: orderItems.quantity,
      })
      .from(orderItems)
      .where(eq(orderItems.orderId, orderId))
      .orderBy(orderItems.id)
      .all(),
  );
}

/**
 * How an order stands with its payment, in the main test server's database or another server's
 * file: whether it is paid, by what, and how many invoice mails were queued for it.
 */
export function paymentOf(orderId: number, file?: string) {
  return withTestDb((db) => {
    const order = db
      .select({
        paid: orders.paid,
        paymentSource: orders.paymentSource,
        paymentId: orders.paymentId,
        paidAt: orders.paidAt,
        totalMinor: orders.totalMinor,
      })
      .from(orders)
      .where(eq(orders.id, orderId))
      .get();
    if (!order) throw new Error(`no order ${orderId}`);
    const queued = db
      .select({ invoices: count() })
      .from(jobs)
      .where(
        and(
          eq(jobs.type, 'mail.invoice'),
          sql`json_extract(${jobs.payload}, '$.orderId') = ${orderId}`,
        ),
      )
      .get();
    return { ...order, invoices: queued?.invoices ?? 0 };
  }, file);
}

/** The rate-limit keys an order with this e-mail spends from (lib/server/limits.ts). */
function orderBudgetKeys(email: string): string[] {
  return orderCharges(emailKey(email), undefined).map((charge) => charge.key);
}

/** The e-mail's hourly order budget spent, as a full hour's orders would. */
export function exhaustOrderBudget(email: string) {
  const fullAt = Date.now() + 3_600_000;
  withTestDb((db) =>
    db
      .insert(rateLimits)
      .values(orderBudgetKeys(email).map((key) => ({ key, fullAt })))
      .onConflictDoUpdate({ target: rateLimits.key, set: { fullAt } })
      .run(),
  );
}

/** The e-mail's order budget whole again. */
export function restoreOrderBudget(email: string) {
  withTestDb((db) =>
    db
      .delete(rateLimits)
      .where(inArray(rateLimits.key, orderBudgetKeys(email)))
      .run(),
  );
}

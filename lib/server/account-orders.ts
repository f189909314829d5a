import 'server-only';

import { and, desc, eq, isNull, sql } from 'drizzle-orm';

import { getDb } from '../../db/client';
import { orders } from '../../db/schema';
import { preparedOnce } from './prepared';

const ordersOfUserStatement = preparedOnce((db) =>
  db
    .select({
      id: orders.id,
      createdAt: orders.createdAt,
      totalMinor: orders.totalMinor,
      couponCode: orders.couponCode,
      discountMinor: orders.discountMinor,
      paid: orders.paid,
    })
    .from(orders)
    .where(eq(orders.userId, sql.placeholder('userId')))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .prepare(),
);

/** The orders an account placed, newest first, with what the list shows (one query). */
export async function ordersOfUser(userId: number) {
  return ordersOfUserStatement().all({ userId });
}

/**
 * Gives the account the orders placed as a guest with this session key (no owner yet). Logging in
 * changes the key, and these orders would otherwise no longer open from the browser that placed
 * them; an order that already has an owner keeps it.
 */
export function attachGuestOrders(sessionKey: string, userId: number): void {
  getDb()
    .update(orders)
    .set({ userId })
    .where(and(eq(orders.sessionKey, sessionKey), isNull(orders.userId)))
    .run();
}

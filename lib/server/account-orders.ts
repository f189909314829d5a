import 'server-only';

import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';

import { getDb } from './database';
import { orders, type User } from '../../db/schema';
import { emailKey } from '../domain/email';
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
 * Gives the account the orders placed as a guest with this session key (no owner yet) and the
 * account's own e-mail. Logging in changes the key, and these orders would otherwise no longer open
 * from the browser that placed them; an order that already has an owner keeps it. The e-mail must
 * match because a browser may be shared: the guest before, who ordered with their own address,
 * must not find their order (and its address) in the account of whoever logs in next. Their order
 * stays theirs: its confirmation went to their address.
 */
export async function attachGuestOrders(
  sessionKey: string,
  user: Pick<User, 'id' | 'emailKey'>,
): Promise<void> {
  const db = getDb();
  db.transaction(
    (tx) => {
      const guestOrders = tx
        .select({ id: orders.id, email: orders.email })
        .from(orders)
        .where(and(eq(orders.sessionKey, sessionKey), isNull(orders.userId)))
        .all();
      // Compared as accounts compare e-mails (Unicode lower case), which SQLite's lower() is not.
      const own = guestOrders.filter((order) => emailKey(order.email) === user.emailKey);
      if (own.length === 0) return;
      tx.update(orders)
        .set({ userId: user.id })
        .where(
          and(
            inArray(
              orders.id,
              own.map((order) => order.id),
            ),
            isNull(orders.userId),
          ),
        )
        .run();
    },
    { behavior: 'immediate' },
  );
}

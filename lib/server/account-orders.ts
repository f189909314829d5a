import 'server-only';

import { desc, eq } from 'drizzle-orm';

import { getDb } from '../../db/client';
import { orders } from '../../db/schema';

/** The orders an account placed, newest first, with what the list shows (one query). */
export async function ordersOfUser(userId: number) {
  return getDb()
    .select({
      id: orders.id,
      createdAt: orders.createdAt,
      totalMinor: orders.totalMinor,
      paid: orders.paid,
    })
    .from(orders)
    .where(eq(orders.userId, userId))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .all();
}

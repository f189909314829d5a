import 'server-only';

import { asc, eq } from 'drizzle-orm';
import { connection } from 'next/server';

import { getDb } from '../../db/client';
import { orderItems, orders, type Order, type OrderItem } from '../../db/schema';
import type { SessionData } from '../validation/session';

export type OrderWithItems = Order & { items: OrderItem[] };

/** An order and its items in two queries; undefined if there is none with that id. */
export async function findOrder(id: number): Promise<OrderWithItems | undefined> {
  await connection();
  const db = getDb();
  const order = db.select().from(orders).where(eq(orders.id, id)).get();
  if (!order) return undefined;
  const items = db
    .select()
    .from(orderItems)
    .where(eq(orderItems.orderId, id))
    .orderBy(asc(orderItems.id))
    .all();
  return { ...order, items };
}

/**
 * Who may see an order: the browser session that placed it. An order id is not a key to someone
 * else's address, so everyone else is told it does not exist.
 */
export function canSeeOrder(order: Pick<Order, 'sessionKey'>, session: SessionData): boolean {
  return session.key !== undefined && order.sessionKey === session.key;
}

/** For the proxy: whether this session may open /orders/{id}, before the page renders. */
export function orderVisibleTo(id: number, session: SessionData): boolean {
  const order = getDb()
    .select({ sessionKey: orders.sessionKey })
    .from(orders)
    .where(eq(orders.id, id))
    .get();
  return order !== undefined && canSeeOrder(order, session);
}

import 'server-only';

import type { RunResult } from 'better-sqlite3';
import { asc, eq } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { connection } from 'next/server';

import { getDb } from '../../db/client';
import { orderItems, orders, users, type Order, type OrderItem } from '../../db/schema';
import type { SessionData } from '../validation/session';

export type OrderWithItems = Order & { items: OrderItem[] };

/** The shop's connection or one of its transactions. */
export type OrdersDatabase = BaseSQLiteDatabase<'sync', RunResult, Record<string, unknown>>;

/** For pages: an order and its items; undefined if there is none with that id. */
export async function findOrder(id: number): Promise<OrderWithItems | undefined> {
  await connection();
  return loadOrderWithItems(getDb(), id);
}

/**
 * An order and its items in two queries; undefined if there is none with that id. Needs no
 * request, so jobs can use it too.
 */
export function loadOrderWithItems(db: OrdersDatabase, id: number): OrderWithItems | undefined {
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

/** Whoever is looking: the browser session, and the account logged in with it, if any. */
export type Viewer = { session: SessionData; user?: { id: number; isStaff: boolean } };

/**
 * Who may see an order: the browser session that placed it, the account that owns it (from any
 * browser) and staff. An order id is not a key to someone else's address, so everyone else is
 * told it does not exist.
 */
export function canSeeOrder(order: Pick<Order, 'sessionKey' | 'userId'>, viewer: Viewer): boolean {
  if (viewer.session.key !== undefined && order.sessionKey === viewer.session.key) return true;
  if (!viewer.user) return false;
  return viewer.user.isStaff || order.userId === viewer.user.id;
}

/** The account behind a session, as far as seeing orders goes. */
export function viewerOf(session: SessionData): Viewer {
  if (session.uid === undefined) return { session };
  const user = getDb()
    .select({ id: users.id, isStaff: users.isStaff })
    .from(users)
    .where(eq(users.id, session.uid))
    .get();
  return { session, user };
}

/** For the proxy: whether this session may open /orders/{id}, before the page renders. */
export function orderVisibleTo(id: number, session: SessionData): boolean {
  const order = getDb()
    .select({ sessionKey: orders.sessionKey, userId: orders.userId })
    .from(orders)
    .where(eq(orders.id, id))
    .get();
  return order !== undefined && canSeeOrder(order, viewerOf(session));
}

import 'server-only';

import type { RunResult } from 'better-sqlite3';
import { asc, eq, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { connection } from 'next/server';

import { orderItems, orders, users, type Order, type OrderItem } from '../../db/schema';
import type { SessionData } from '../validation/session';
import { preparedOnce } from './prepared';

export type OrderWithItems = Order & { items: OrderItem[] };

/** The shop's connection or one of its transactions. */
export type OrdersDatabase = BaseSQLiteDatabase<'sync', RunResult, Record<string, unknown>>;

// The pages' reads, prepared once (lib/server/prepared.ts); loadOrderWithItems below takes any
// connection or transaction, for jobs and writes.
const orderById = preparedOnce((db) =>
  db
    .select()
    .from(orders)
    .where(eq(orders.id, sql.placeholder('id')))
    .prepare(),
);
const itemsOfOrder = preparedOnce((db) =>
  db
    .select()
    .from(orderItems)
    .where(eq(orderItems.orderId, sql.placeholder('id')))
    .orderBy(asc(orderItems.id))
    .prepare(),
);
const orderOwner = preparedOnce((db) =>
  db
    .select({ sessionKey: orders.sessionKey, userId: orders.userId })
    .from(orders)
    .where(eq(orders.id, sql.placeholder('id')))
    .prepare(),
);
const viewerUser = preparedOnce((db) =>
  db
    .select({ id: users.id, isStaff: users.isStaff })
    .from(users)
    .where(eq(users.id, sql.placeholder('id')))
    .prepare(),
);

/** For pages: an order and its items; undefined if there is none with that id. */
export async function findOrder(id: number): Promise<OrderWithItems | undefined> {
  await connection();
  const order = orderById().get({ id });
  if (!order) return undefined;
  return { ...order, items: itemsOfOrder().all({ id }) };
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
export async function viewerOf(session: SessionData): Promise<Viewer> {
  if (session.uid === undefined) return { session };
  return { session, user: viewerUser().get({ id: session.uid }) };
}

/** For the proxy: whether this session may open /orders/{id}, before the page renders. */
export async function orderVisibleTo(id: number, session: SessionData): Promise<boolean> {
  const order = orderOwner().get({ id });
  return order !== undefined && canSeeOrder(order, await viewerOf(session));
}

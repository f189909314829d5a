import 'server-only';

import { and, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';

import { getDb } from '../database';
import { orders } from '../../../db/schema';
import { toCsv } from '../../domain/csv';
import type { OrderFilters } from '../../validation/admin-filters';
import { moneyFromMinor } from '../shop';
import { containsPattern } from './like-pattern';

export const ORDERS_PAGE_SIZE = 20;

function where(filters: OrderFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.paid) conditions.push(eq(orders.paid, filters.paid === 'yes'));
  // Dates are whole days in UTC, both ends included.
  if (filters.from) conditions.push(gte(orders.createdAt, new Date(`${filters.from}T00:00:00Z`)));
  if (filters.to) {
    const end = new Date(`${filters.to}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    conditions.push(lt(orders.createdAt, end));
  }
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    const name = sql`lower(${orders.firstName} || ' ' || ${orders.lastName})`;
    const email = sql`lower(${orders.email})`;
    const search = or(
      sql`${name} like ${pattern} escape '\\'`,
      sql`${email} like ${pattern} escape '\\'`,
    );
    if (search) conditions.push(search);
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

const listColumns = {
  id: orders.id,
  firstName: orders.firstName,
  lastName: orders.lastName,
  email: orders.email,
  city: orders.city,
  totalMinor: orders.totalMinor,
  paid: orders.paid,
  createdAt: orders.createdAt,
  couponCode: orders.couponCode,
  discountMinor: orders.discountMinor,
};

/** One page of orders, newest first, and how many match in all (two queries). */
export async function listOrders(filters: OrderFilters) {
  const db = getDb();
  const condition = where(filters);
  const total = db.select({ n: count() }).from(orders).where(condition).get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / ORDERS_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const rows = db
    .select(listColumns)
    .from(orders)
    .where(condition)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(ORDERS_PAGE_SIZE)
    .offset((page - 1) * ORDERS_PAGE_SIZE)
    .all();
  return { rows, total, page, pages };
}

// The coupon columns come last, so a sheet built on the earlier export keeps its columns.
export const CSV_COLUMNS = [
  'id',
  'customer',
  'email',
  'city',
  'total',
  'paid',
  'created',
  'coupon',
  'discount',
] as const;

/** The selected orders as CSV: one row per order, quoted, with formula-like cells neutralised. */
export async function ordersCsv(ids: readonly number[]): Promise<string> {
  const rows =
    ids.length === 0
      ? []
      : getDb()
          .select(listColumns)
          .from(orders)
          .where(inArray(orders.id, [...ids]))
          .orderBy(desc(orders.id))
          .all();
  return toCsv([
    CSV_COLUMNS,
    ...rows.map((row) => [
      row.id,
      `${row.firstName} ${row.lastName}`,
      row.email,
      row.city,
      moneyFromMinor(row.totalMinor),
      row.paid ? 'yes' : 'no',
      row.createdAt.toISOString(),
      row.couponCode ?? '',
      moneyFromMinor(row.discountMinor),
    ]),
  ]);
}

import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { getDb } from '../database';
import { orders } from '../../../db/schema';
import { parseOrderFilters } from '../../validation/admin-filters';
import { listOrders, ORDERS_PAGE_SIZE, ordersCsv } from './orders';

let token = 0;
function order(
  firstName: string,
  email: string,
  paid: boolean,
  createdAt: string,
  totalMinor = 1000,
) {
  token += 1;
  return getDb()
    .insert(orders)
    .values({
      firstName,
      lastName: 'Test',
      email,
      address: '1 Main St',
      postalCode: '1',
      city: 'Springfield, IL',
      locale: 'en',
      totalMinor,
      paid,
      sessionKey: 'k'.repeat(22),
      cartToken: String(token).padStart(22, '0'),
      createdAt: new Date(createdAt),
    })
    .returning({ id: orders.id })
    .get().id;
}

const anna = order('Anna', 'anna@example.com', true, '2026-11-01T10:00:00Z', 1990);
const boris = order('Boris', 'boris@example.org', false, '2026-11-05T23:59:00Z');
const evil = order('=HYPERLINK("http://evil")', 'evil@example.com', false, '2026-11-10T00:00:00Z');

describe('admin order list', () => {
  it('filters by paid, by dates (whole days) and by name or e-mail', async () => {
    const ids = async (params: Record<string, string>) =>
      (await listOrders(parseOrderFilters(params))).rows.map((row) => row.id);
    expect(await ids({})).toEqual([evil, boris, anna]);
    expect(await ids({ paid: 'yes' })).toEqual([anna]);
    expect(await ids({ paid: 'no' })).toEqual([evil, boris]);
    expect(await ids({ from: '2026-11-02', to: '2026-11-05' })).toEqual([boris]);
    expect(await ids({ q: 'ANNA' })).toEqual([anna]);
    expect(await ids({ q: 'example.org' })).toEqual([boris]);
    expect(await ids({ q: '100%' })).toEqual([]);
    expect(await ids({ paid: 'maybe', from: 'yesterday' })).toEqual([evil, boris, anna]);
  });

  it('finds Cyrillic names whatever their letter case', async () => {
    const olga = order('Ольга', 'olga@example.com', false, '2026-11-12T10:00:00Z');
    const ids = async (q: string) =>
      (await listOrders(parseOrderFilters({ q }))).rows.map((row) => row.id);
    expect(await ids('ольга')).toEqual([olga]);
    expect(await ids('ОЛЬГА')).toEqual([olga]);
  });

  it('pages the list: newest first, the rest on page 2, totals, and a page out of range', async () => {
    // A page and a few more, a minute apart, found on their own through the name they share.
    const start = Date.parse('2026-10-01T08:00:00Z');
    const created = Array.from({ length: ORDERS_PAGE_SIZE + 5 }, (_, i) =>
      order('Paginated', `page${i}@example.com`, false, new Date(start + i * 60_000).toISOString()),
    );
    const newestFirst = [...created].reverse();
    const list = (page?: string) =>
      listOrders(parseOrderFilters({ q: 'paginated', ...(page ? { page } : {}) }));
    const ids = (result: Awaited<ReturnType<typeof listOrders>>) =>
      result.rows.map((row) => row.id);

    const first = await list();
    expect(first).toMatchObject({ total: ORDERS_PAGE_SIZE + 5, page: 1, pages: 2 });
    expect(ids(first)).toEqual(newestFirst.slice(0, ORDERS_PAGE_SIZE));
    const second = await list('2');
    expect(second).toMatchObject({ total: ORDERS_PAGE_SIZE + 5, page: 2, pages: 2 });
    expect(ids(second)).toEqual(newestFirst.slice(ORDERS_PAGE_SIZE));
    // Past the end: the last page; nonsense: the first.
    expect(await list('99')).toEqual(second);
    expect(await list('0')).toEqual(first);
    expect(await list('two')).toEqual(first);
    expect(await listOrders(parseOrderFilters({ q: 'nobody', page: '3' }))).toEqual({
      rows: [],
      total: 0,
      page: 1,
      pages: 1,
    });
  });

  it('exports one CSV row per order, quoted, with formulas neutralised', async () => {
    const csv = await ordersCsv([anna, evil]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,customer,email,city,total,paid,created,coupon,discount');
    expect(lines[1]).toBe(
      `${evil},"'=HYPERLINK(""http://evil"") Test",evil@example.com,"Springfield, IL",10.00,no,2026-11-10T00:00:00.000Z,,0.00`,
    );
    expect(lines[2]).toBe(
      `${anna},Anna Test,anna@example.com,"Springfield, IL",19.90,yes,2026-11-01T10:00:00.000Z,,0.00`,
    );
  });

  it('exports the coupon and its discount; a code like a formula is neutralised', async () => {
    getDb()
      .update(orders)
      .set({ couponCode: '-SUM', discountMinor: 210 })
      .where(eq(orders.id, anna))
      .run();
    const [, row] = (await ordersCsv([anna])).trimEnd().split('\r\n');
    expect(row?.endsWith(",'-SUM,2.10")).toBe(true);
  });
});

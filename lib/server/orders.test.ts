import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

// Cheap password hashes: this file makes and checks many (lib/testing/cheap-password-hashes.ts).
vi.mock('./password', async (actual) =>
  (await import('@/lib/testing/cheap-password-hashes')).withCheapHashes(await actual()),
);

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});
// Pages wait for a request before reading an order; these tests have none.
vi.mock('next/server', () => ({ connection: async () => {} }));

import { getDb } from './database';
import { orders } from '../../db/schema';
import { insertTestOrder } from '../testing/test-orders';
import { ordersOfUser } from './account-orders';
import { registerUser } from './accounts';
import { findOrder, orderVisibleTo } from './orders';

async function account(email: string, staff = false) {
  const result = await registerUser({ name: 'Anna', email, password: 'long enough', staff });
  if (!result.ok) throw new Error('not registered');
  return result.user;
}

// These reads are prepared once per connection and run again with each request's values.
describe('order reads', () => {
  it('find each order with its own items, and nothing for a missing id', async () => {
    const [first, second] = [insertTestOrder('en', 'Anna'), insertTestOrder('ru', 'Boris')];
    const found = await findOrder(second);
    expect(found?.firstName).toBe('Boris');
    expect(found?.items.map((item) => [item.orderId, item.productName])).toEqual([
      [second, 'Earl Grey'],
      [second, 'Teapot'],
    ]);
    expect((await findOrder(first))?.firstName).toBe('Anna');
    expect(await findOrder(999_999)).toBeUndefined();
  });

  it('show an order to its session, its owner and staff, and to no one else', async () => {
    const id = insertTestOrder();
    const owner = await account('owner@example.com');
    const staff = await account('staff@example.com', true);
    const stranger = await account('stranger@example.com');
    getDb().update(orders).set({ userId: owner.id }).where(eq(orders.id, id)).run();
    const session = (key: string, uid?: number) => ({ cart: [], key, uid });
    expect(await orderVisibleTo(id, session('k'.repeat(22)))).toBe(true);
    expect(await orderVisibleTo(id, session('other-key', owner.id))).toBe(true);
    expect(await orderVisibleTo(id, session('other-key', staff.id))).toBe(true);
    expect(await orderVisibleTo(id, session('other-key', stranger.id))).toBe(false);
    expect(await orderVisibleTo(999_999, session('k'.repeat(22), staff.id))).toBe(false);
  });

  it('list an account’s orders newest first, and only its own', async () => {
    const user = await account('lister@example.com');
    const [older, newer, other] = [insertTestOrder(), insertTestOrder(), insertTestOrder()];
    const db = getDb();
    db.update(orders)
      .set({ userId: user.id, createdAt: new Date('2026-01-01T00:00:00Z') })
      .where(eq(orders.id, older))
      .run();
    db.update(orders)
      .set({ userId: user.id, createdAt: new Date('2026-02-01T00:00:00Z') })
      .where(eq(orders.id, newer))
      .run();
    expect((await ordersOfUser(user.id)).map((order) => order.id)).toEqual([newer, older]);
    expect((await ordersOfUser(user.id)).map((order) => order.id)).not.toContain(other);
  });
});

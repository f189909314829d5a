import { eq, sql } from 'drizzle-orm';

import { coupons } from '../db/schema';
import { createOrder } from './order-fixtures';
import { withTestDb } from './test-db';

let counter = 0;

/**
 * The key a code is stored and found by: upper case, as lib/domain/coupons.ts codeKey makes it.
 * Not codeKey itself: a test's codes carry a unique tag, which makes them longer than the 32
 * characters a staff member may type, and the admin's search must still find them.
 */
function keyOf(code: string): string {
  return code.trim().toUpperCase();
}

const DAY = 24 * 3600 * 1000;

export type TestCoupon = {
  percentOff?: number | null;
  amountOffMinor?: number | null;
  minSubtotalMinor?: number | null;
  maxUses?: number | null;
  uses?: number;
  active?: boolean;
  validFrom?: number;
  validUntil?: number;
};

/**
 * A coupon of the test's own (a unique code, or `code` as given), written straight into the test
 * server's database or another server's `file`.
 */
export function createCoupon(
  coupon: TestCoupon = {},
  prefix = 'E2E',
  options: { code?: string; file?: string } = {},
) {
  counter += 1;
  const code =
    options.code ?? `${prefix}${process.pid}X${Date.now().toString(36)}X${counter}`.toUpperCase();
  const { id } = withTestDb(
    (db) =>
      db
        .insert(coupons)
        .values({
          code,
          codeKey: keyOf(code),
          percentOff: coupon.amountOffMinor ? null : (coupon.percentOff ?? 10),
          amountOffMinor: coupon.amountOffMinor ?? null,
          validFrom: new Date(coupon.validFrom ?? Date.now() - DAY),
          validUntil: new Date(coupon.validUntil ?? Date.now() + DAY),
          active: coupon.active !== false,
          minSubtotalMinor: coupon.minSubtotalMinor ?? null,
          maxUses: coupon.maxUses ?? null,
          uses: coupon.uses ?? 0,
        })
        .returning({ id: coupons.id })
        .get(),
    options.file,
  );
  return { id, code };
}

export function updateCoupon(id: number, changes: { validUntil?: number; active?: boolean }) {
  withTestDb((db) => {
    if (changes.validUntil !== undefined) {
      db.update(coupons)
        .set({
          validFrom: new Date(changes.validUntil - DAY),
          validUntil: new Date(changes.validUntil),
        })
        .where(eq(coupons.id, id))
        .run();
    }
    if (changes.active !== undefined) {
      db.update(coupons).set({ active: changes.active }).where(eq(coupons.id, id)).run();
    }
  });
}

export function couponUses(id: number): number {
  return (
    withTestDb(
      (db) => db.select({ uses: coupons.uses }).from(coupons).where(eq(coupons.id, id)).get()?.uses,
    ) ?? 0
  );
}

/** The coupon stored under this code, in any letter case. */
export function couponByCode(code: string) {
  return withTestDb((db) =>
    db
      .select()
      .from(coupons)
      .where(eq(coupons.codeKey, keyOf(code)))
      .get(),
  );
}

/** An order that took 1.00 off with the coupon, counted in its uses as checkout would. */
export function createCouponOrder(coupon: { id: number; code: string }, lastName: string) {
  const orderId = createOrder({
    lastName,
    email: 'anna@example.com',
    coupon: { ...coupon, discountMinor: 100 },
    items: [{ name: 'Earl Grey', unitPriceMinor: 1000, quantity: 1 }],
  });
  withTestDb((db) =>
    db
      .update(coupons)
      .set({ uses: sql`${coupons.uses} + 1` })
      .where(eq(coupons.id, coupon.id))
      .run(),
  );
  return orderId;
}

/** The orders that used the coupon, oldest first, as the table stores them. */
export function ordersWithCoupon(id: number) {
  return withTestDb((db) =>
    db.$client
      .prepare(
        'select id, email, coupon_code, discount_minor, total_minor, paid, payment_source from orders where coupon_id = ? order by id',
      )
      .all(id),
  ) as {
    id: number;
    email: string;
    coupon_code: string;
    discount_minor: number;
    total_minor: number;
    paid: number;
    payment_source: string | null;
  }[];
}

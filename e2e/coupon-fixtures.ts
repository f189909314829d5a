import { testDb } from './fixtures';

let counter = 0;
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

/** A coupon of the test's own (a unique code), written straight into the test server's database. */
export function createCoupon(coupon: TestCoupon = {}, prefix = 'E2E') {
  counter += 1;
  const code = `${prefix}${process.pid}X${Date.now().toString(36)}X${counter}`.toUpperCase();
  const db = testDb();
  try {
    const { lastInsertRowid } = db
      .prepare(
        `insert into coupons (code, code_key, percent_off, amount_off_minor, valid_from, valid_until,
           active, min_subtotal_minor, max_uses, uses) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        code,
        code,
        coupon.amountOffMinor ? null : (coupon.percentOff ?? 10),
        coupon.amountOffMinor ?? null,
        coupon.validFrom ?? Date.now() - DAY,
        coupon.validUntil ?? Date.now() + DAY,
        coupon.active === false ? 0 : 1,
        coupon.minSubtotalMinor ?? null,
        coupon.maxUses ?? null,
        coupon.uses ?? 0,
      );
    return { id: Number(lastInsertRowid), code };
  } finally {
    db.close();
  }
}

export function updateCoupon(id: number, changes: { validUntil?: number; active?: boolean }) {
  const db = testDb();
  try {
    if (changes.validUntil !== undefined) {
      db.prepare('update coupons set valid_from = ?, valid_until = ? where id = ?').run(
        changes.validUntil - DAY,
        changes.validUntil,
        id,
      );
    }
    if (changes.active !== undefined) {
      db.prepare('update coupons set active = ? where id = ?').run(changes.active ? 1 : 0, id);
    }
  } finally {
    db.close();
  }
}

export function couponUses(id: number): number {
  const db = testDb();
  try {
    return (db.prepare('select uses from coupons where id = ?').get(id) as { uses: number }).uses;
  } finally {
    db.close();
  }
}

export function ordersWithCoupon(id: number) {
  const db = testDb();
  try {
    return db
      .prepare(
        'select id, email, coupon_code, discount_minor, total_minor, paid, payment_source from orders where coupon_id = ? order by id',
      )
      .all(id) as {
      id: number;
      email: string;
      coupon_code: string;
      discount_minor: number;
      total_minor: number;
      paid: number;
      payment_source: string | null;
    }[];
  } finally {
    db.close();
  }
}

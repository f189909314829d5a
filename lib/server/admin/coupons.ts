import 'server-only';

import { and, count, desc, eq, gt, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';

import { getDb } from '../database';
import { coupons, orders, type Coupon } from '../../../db/schema';
import { codeKey } from '../../domain/coupons';
import { toMinor } from '../../domain/money';
import type { CouponFormErrors, CouponFormInput } from '../../validation/admin-coupon';
import { shopCurrency } from '../shop';
import { containsPattern } from './like-pattern';

export const COUPONS_PAGE_SIZE = 50;

export type CouponFilters = { q?: string; activeNow: boolean; page: number };

/** "Active now": switched on, inside its dates, with a use left (lib/domain/coupons.ts activeNow). */
function activeNowCondition(now: Date): SQL | undefined {
  return and(
    eq(coupons.active, true),
    lte(coupons.validFrom, now),
    gt(coupons.validUntil, now),
    or(isNull(coupons.maxUses), lt(coupons.uses, coupons.maxUses)),
  );
}

function where(filters: CouponFilters, now: Date): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.q) {
    const pattern = containsPattern(filters.q);
    conditions.push(sql`lower(${coupons.code}) like ${pattern} escape '\\'`);
  }
  if (filters.activeNow) {
    const active = activeNowCondition(now);
    if (active) conditions.push(active);
  }
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** One page of coupons, the newest first, and how many match in all (two queries). */
export async function listCoupons(filters: CouponFilters, now = new Date()) {
  const db = getDb();
  const condition = where(filters, now);
  const total = db.select({ n: count() }).from(coupons).where(condition).get()?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / COUPONS_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page), pages);
  const rows = db
    .select()
    .from(coupons)
    .where(condition)
    .orderBy(desc(coupons.id))
    .limit(COUPONS_PAGE_SIZE)
    .offset((page - 1) * COUPONS_PAGE_SIZE)
    .all();
  return { rows, total, page, pages };
}

export async function findAdminCoupon(id: number): Promise<Coupon | undefined> {
  return getDb().select().from(coupons).where(eq(coupons.id, id)).get();
}

export const COUPON_ORDERS_SHOWN = 100;

/** The newest orders that used a coupon (at most COUPON_ORDERS_SHOWN), and how many in all. */
export async function ordersWithCoupon(id: number) {
  const db = getDb();
  const total = db.select({ n: count() }).from(orders).where(eq(orders.couponId, id)).get()?.n ?? 0;
  const rows = db
    .select({
      id: orders.id,
      firstName: orders.firstName,
      lastName: orders.lastName,
      discountMinor: orders.discountMinor,
      totalMinor: orders.totalMinor,
      paid: orders.paid,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(eq(orders.couponId, id))
    .orderBy(desc(orders.id))
    .limit(COUPON_ORDERS_SHOWN)
    .all();
  return { rows, total };
}

export type SaveCouponResult =
  { ok: true; id: number } | { ok: false; errors: CouponFormErrors } | { ok: false; missing: true };

/** Creates (id undefined) or updates a coupon; a code taken in any letter case is refused. */
export async function saveCoupon(
  id: number | undefined,
  input: CouponFormInput,
): Promise<SaveCouponResult> {
  const { digits } = shopCurrency();
  const key = codeKey(input.code);
  if (key === undefined) return { ok: false, errors: { code: 'code' } };
  let values;
  try {
    values = {
      code: input.code,
      codeKey: key,
      percentOff: input.discount.kind === 'percent' ? input.discount.percent : null,
      amountOffMinor:
        input.discount.kind === 'amount' ? toMinor(input.discount.amount, digits) : null,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      active: input.active,
      minSubtotalMinor: input.minSubtotal === null ? null : toMinor(input.minSubtotal, digits),
      maxUses: input.maxUses,
    };
  } catch {
    // More decimal places than the shop currency has (a 0-digit currency, say).
    return {
      ok: false,
      errors: input.discount.kind === 'amount' ? { amount: 'amount' } : { minSubtotal: 'money' },
    };
  }
  return getDb().transaction(
    (tx) => {
      const taken = tx
        .select({ id: coupons.id })
        .from(coupons)
        .where(eq(coupons.codeKey, key))
        .get();
      if (taken && taken.id !== id) return { ok: false, errors: { code: 'codeTaken' } };
      if (id === undefined) {
        const created = tx.insert(coupons).values(values).returning({ id: coupons.id }).get();
        return { ok: true, id: created.id };
      }
      const updated = tx.update(coupons).set(values).where(eq(coupons.id, id)).run();
      return updated.changes === 1 ? { ok: true, id } : { ok: false, missing: true };
    },
    { behavior: 'immediate' },
  );
}

/** Switches a coupon on or off; false when it no longer exists. */
export async function setCouponActive(id: number, active: boolean): Promise<boolean> {
  return getDb().update(coupons).set({ active }).where(eq(coupons.id, id)).run().changes === 1;
}

/**
 * Deletes a coupon no order used. One that orders used stays (they name it; deactivate it
 * instead): checked here, and refused by the orders' foreign key as well.
 */
export async function deleteCoupon(id: number): Promise<'deleted' | 'used' | 'missing'> {
  return getDb().transaction(
    (tx) => {
      const used = tx.select({ id: orders.id }).from(orders).where(eq(orders.couponId, id)).get();
      if (used) return 'used';
      const deleted = tx.delete(coupons).where(eq(coupons.id, id)).run();
      return deleted.changes === 1 ? 'deleted' : 'missing';
    },
    { behavior: 'immediate' },
  );
}

import 'server-only';

import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';

import { coupons, type Coupon } from '../../db/schema';
import {
  applyDiscount,
  codeKey,
  couponProblem,
  type CartCoupon,
  type CouponDiscount,
  type CouponProblem,
  type CouponRule,
  type Discounted,
} from '../domain/coupons';
import { fromMinor, type Money } from '../domain/money';
import type { SessionData } from '../validation/session';
import type { OrdersDatabase } from './orders';
import { preparedOnce } from './prepared';
import { shopCurrency } from './shop';

/** A coupon row, for the pages that show one (app/ imports nothing from db/). */
export type { Coupon };

/** The coupon's discount as the domain sees it (exactly one of the two columns is set). */
export function couponDiscount(
  coupon: Pick<Coupon, 'percentOff' | 'amountOffMinor'>,
  digits: number,
): CouponDiscount {
  if (coupon.percentOff !== null) return { kind: 'percent', percent: coupon.percentOff };
  return { kind: 'amount', amount: fromMinor(coupon.amountOffMinor ?? 0, digits) };
}

export function couponRule(coupon: Coupon, digits: number): CouponRule {
  return {
    discount: couponDiscount(coupon, digits),
    active: coupon.active,
    validFrom: coupon.validFrom,
    validUntil: coupon.validUntil,
    minSubtotal:
      coupon.minSubtotalMinor === null ? null : fromMinor(coupon.minSubtotalMinor, digits),
    maxUses: coupon.maxUses,
    uses: coupon.uses,
  };
}

const couponByKey = preparedOnce((db) =>
  db
    .select()
    .from(coupons)
    .where(eq(coupons.codeKey, sql.placeholder('key')))
    .prepare(),
);

/** The coupon with this code, in any letter case; undefined for none (or text that is no code). */
export async function findCoupon(text: string): Promise<Coupon | undefined> {
  const key = codeKey(text);
  return key === undefined ? undefined : couponByKey().get({ key });
}

export type CouponCheck =
  | { ok: true; coupon: Coupon; amounts: Discounted }
  // With the minimum, to say it, when the cart is below it.
  | { ok: false; code: CouponProblem; minSubtotal?: Money };

/** Whether a code applies to a cart with this subtotal now, and what it takes off. */
export function checkCoupon(
  coupon: Coupon | undefined,
  subtotal: Money,
  now = new Date(),
): CouponCheck {
  const { digits } = shopCurrency();
  const rule = coupon && couponRule(coupon, digits);
  const problem = couponProblem(rule, subtotal, now);
  if (problem || !coupon || !rule) {
    const minimum = problem === 'COUPON_BELOW_MINIMUM' ? rule?.minSubtotal : null;
    return {
      ok: false,
      code: problem ?? 'COUPON_UNKNOWN',
      ...(minimum ? { minSubtotal: minimum } : {}),
    };
  }
  return { ok: true, coupon, amounts: applyDiscount(rule.discount, subtotal, digits) };
}

/** What the cart and checkout pages show for the session's coupon. */
export async function sessionCoupon(
  session: SessionData,
  subtotal: Money,
): Promise<CartCoupon | undefined> {
  if (session.coupon === undefined) return undefined;
  const coupon = couponByKey().get({ key: session.coupon });
  // Deleted since it was applied.
  if (!coupon)
    return {
      code: session.coupon,
      discount: noDiscount,
      minSubtotal: null,
      problem: 'COUPON_UNKNOWN',
    };
  const check = checkCoupon(coupon, subtotal);
  const rule = couponRule(coupon, shopCurrency().digits);
  return {
    code: coupon.code,
    discount: rule.discount,
    minSubtotal: rule.minSubtotal,
    ...(check.ok ? {} : { problem: check.code }),
  };
}

const noDiscount: CouponDiscount = { kind: 'amount', amount: '0' };

/**
 * Inside the order's transaction: checks the coupon again and counts one use. The update only
 * counts while a use is left, so two orders racing for the last use cannot both get it, even
 * from two server processes (the transaction holds SQLite's write lock, and the condition is
 * checked by the UPDATE itself, whatever was read before).
 */
export function claimCoupon(
  tx: OrdersDatabase,
  key: string,
  subtotal: Money,
  now = new Date(),
): CouponCheck {
  const coupon = tx.select().from(coupons).where(eq(coupons.codeKey, key)).get();
  const check = checkCoupon(coupon, subtotal, now);
  if (!check.ok) return check;
  const counted = tx
    .update(coupons)
    .set({ uses: sql`${coupons.uses} + 1` })
    .where(
      and(
        eq(coupons.id, check.coupon.id),
        eq(coupons.active, true),
        or(isNull(coupons.maxUses), lt(coupons.uses, coupons.maxUses)),
      ),
    )
    .run();
  return counted.changes === 1 ? check : { ok: false, code: 'COUPON_USED_UP' };
}

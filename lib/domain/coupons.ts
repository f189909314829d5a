import Decimal from 'decimal.js';

import type { Money } from './money';

/** What a coupon takes off: a whole percentage (1–100) of the subtotal, or a fixed amount. */
export type CouponDiscount =
  { kind: 'percent'; percent: number } | { kind: 'amount'; amount: Money };

/** A coupon as the rules see it. `validUntil` is exclusive: the first moment it no longer applies. */
export type CouponRule = {
  discount: CouponDiscount;
  active: boolean;
  validFrom: Date;
  validUntil: Date;
  minSubtotal: Money | null;
  maxUses: number | null;
  uses: number;
};

export const couponProblems = [
  'COUPON_UNKNOWN',
  'COUPON_INACTIVE',
  'COUPON_NOT_YET_VALID',
  'COUPON_EXPIRED',
  'COUPON_USED_UP',
  'COUPON_BELOW_MINIMUM',
] as const;

export type CouponProblem = (typeof couponProblems)[number];

// Codes are short so that one fits in the session cookie beside a full cart (lib/validation/session.ts).
export const MAX_CODE_LENGTH = 32;
const CODE = /^[A-Z0-9_-]+$/;

/**
 * The form of a code that makes it unique in any letter case: trimmed and upper-cased. Undefined
 * for text that cannot be a code (empty, too long, other characters), which is simply unknown.
 */
export function codeKey(text: string): string | undefined {
  const key = text.trim().toUpperCase();
  return key.length > 0 && key.length <= MAX_CODE_LENGTH && CODE.test(key) ? key : undefined;
}

/**
 * Whether the coupon applies to a cart with this subtotal at this moment; the first reason it does
 * not, in the order a shopper would fix them (the code itself, then when, then how often, then the cart).
 */
export function couponProblem(
  coupon: CouponRule | undefined,
  subtotal: Money,
  now: Date,
): CouponProblem | undefined {
  if (!coupon) return 'COUPON_UNKNOWN';
  if (!coupon.active) return 'COUPON_INACTIVE';
  if (now.getTime() < coupon.validFrom.getTime()) return 'COUPON_NOT_YET_VALID';
  if (now.getTime() >= coupon.validUntil.getTime()) return 'COUPON_EXPIRED';
  if (coupon.maxUses !== null && coupon.uses >= coupon.maxUses) return 'COUPON_USED_UP';
  return belowMinimum(coupon.minSubtotal, subtotal) ? 'COUPON_BELOW_MINIMUM' : undefined;
}

/** The part of the rules the browser can check itself as the cart changes. */
export function belowMinimum(minSubtotal: Money | null, subtotal: Money): boolean {
  return minSubtotal !== null && new Decimal(subtotal).lessThan(minSubtotal);
}

/**
 * The one rounding rule, used by the cart, the order, the payment and every page and document:
 * the discount is computed once on the whole subtotal (never per line), a percentage rounded to
 * the currency's minor unit half up (12.345 -> 12.35), and never more than the subtotal, so the
 * total after it is never negative. A 100 % coupon makes the total exactly zero.
 */
export function discountOn(discount: CouponDiscount, subtotal: Money, digits: number): Money {
  const base = new Decimal(subtotal);
  const off =
    discount.kind === 'percent'
      ? base.times(discount.percent).dividedBy(100).toDecimalPlaces(digits, Decimal.ROUND_HALF_UP)
      : new Decimal(discount.amount);
  return Decimal.min(off, base).toFixed(digits);
}

export type Discounted = { subtotal: Money; discount: Money; total: Money };

/** Subtotal, discount and the total after it; without a discount the total is the subtotal. */
export function applyDiscount(
  discount: CouponDiscount | undefined,
  subtotal: Money,
  digits: number,
): Discounted {
  const off = discount ? discountOn(discount, subtotal, digits) : new Decimal(0).toFixed(digits);
  return { subtotal, discount: off, total: new Decimal(subtotal).minus(off).toFixed(digits) };
}

/** The session's coupon as the cart and checkout show it (and the browser recomputes it). */
export type CartCoupon = {
  code: string;
  discount: CouponDiscount;
  minSubtotal: Money | null;
  // Why it does not apply now (expired since it was applied, say); it then takes nothing off.
  problem?: CouponProblem;
};

/**
 * What a cart coupon takes off this subtotal, as the cart page shows it. The minimum is checked
 * again here against this subtotal, whatever problem the coupon was read with.
 */
export function cartDiscount(
  coupon: CartCoupon | undefined,
  subtotal: Money,
  digits: number,
): Discounted & { applies: boolean } {
  const applies =
    coupon !== undefined &&
    (coupon.problem === undefined || coupon.problem === 'COUPON_BELOW_MINIMUM') &&
    !belowMinimum(coupon.minSubtotal, subtotal);
  return { ...applyDiscount(applies ? coupon.discount : undefined, subtotal, digits), applies };
}

/** A coupon is "active now" for the admin's filter when it would apply to a large enough cart. */
export function activeNow(coupon: CouponRule, now: Date): boolean {
  const problem = couponProblem(coupon, coupon.minSubtotal ?? '0', now);
  return problem === undefined;
}

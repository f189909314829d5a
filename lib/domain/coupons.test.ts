import { describe, expect, it } from 'vitest';

import {
  activeNow,
  applyDiscount,
  cartDiscount,
  codeKey,
  couponProblem,
  discountOn,
  type CouponRule,
} from './coupons';

const from = new Date('2026-12-01T00:00:00.000Z');
const until = new Date('2027-01-01T00:00:00.000Z');

function coupon(changes: Partial<CouponRule> = {}): CouponRule {
  return {
    discount: { kind: 'percent', percent: 10 },
    active: true,
    validFrom: from,
    validUntil: until,
    minSubtotal: null,
    maxUses: null,
    uses: 0,
    ...changes,
  };
}

const inside = new Date('2026-12-15T12:00:00.000Z');

describe('codeKey', () => {
  it('trims and upper-cases, so a code is the same in any letter case', () => {
    expect(codeKey('  welcome10 ')).toBe('WELCOME10');
    expect(codeKey('Welcome10')).toBe(codeKey('WELCOME10'));
    expect(codeKey('tea-time_2')).toBe('TEA-TIME_2');
  });

  it('refuses what cannot be a code', () => {
    expect(codeKey('')).toBeUndefined();
    expect(codeKey('   ')).toBeUndefined();
    expect(codeKey('a b')).toBeUndefined();
    expect(codeKey('ПРИВЕТ')).toBeUndefined();
    expect(codeKey('A'.repeat(32))).toBe('A'.repeat(32));
    expect(codeKey('A'.repeat(33))).toBeUndefined();
  });
});

describe('couponProblem', () => {
  it('accepts a valid coupon', () => {
    expect(couponProblem(coupon(), '10.00', inside)).toBeUndefined();
  });

  it('says why a coupon does not apply', () => {
    expect(couponProblem(undefined, '10.00', inside)).toBe('COUPON_UNKNOWN');
    expect(couponProblem(coupon({ active: false }), '10.00', inside)).toBe('COUPON_INACTIVE');
    expect(couponProblem(coupon({ maxUses: 3, uses: 3 }), '10.00', inside)).toBe('COUPON_USED_UP');
    expect(couponProblem(coupon({ minSubtotal: '50.00' }), '49.99', inside)).toBe(
      'COUPON_BELOW_MINIMUM',
    );
  });

  it('is valid from its first millisecond and no longer at validUntil', () => {
    const justBefore = new Date(from.getTime() - 1);
    expect(couponProblem(coupon(), '10.00', justBefore)).toBe('COUPON_NOT_YET_VALID');
    expect(couponProblem(coupon(), '10.00', from)).toBeUndefined();
    expect(couponProblem(coupon(), '10.00', new Date(until.getTime() - 1))).toBeUndefined();
    expect(couponProblem(coupon(), '10.00', until)).toBe('COUPON_EXPIRED');
  });

  it('takes the minimum subtotal as inclusive', () => {
    expect(couponProblem(coupon({ minSubtotal: '50.00' }), '50.00', inside)).toBeUndefined();
    expect(couponProblem(coupon({ minSubtotal: '50' }), '50.01', inside)).toBeUndefined();
  });

  it('counts uses up to the maximum, and without a maximum never runs out', () => {
    expect(couponProblem(coupon({ maxUses: 1, uses: 0 }), '1.00', inside)).toBeUndefined();
    expect(couponProblem(coupon({ maxUses: 1, uses: 1 }), '1.00', inside)).toBe('COUPON_USED_UP');
    expect(couponProblem(coupon({ maxUses: null, uses: 10_000 }), '1.00', inside)).toBeUndefined();
  });

  it('names an inactive coupon inactive even when it has also expired', () => {
    const after = new Date(until.getTime() + 1);
    expect(couponProblem(coupon({ active: false }), '1.00', after)).toBe('COUPON_INACTIVE');
  });
});

describe('discountOn: the one rounding rule', () => {
  const percent = (value: number) => ({ kind: 'percent', percent: value }) as const;

  it('rounds a percentage of the whole subtotal half up to the minor unit', () => {
    // 15 % of 0.30 = 0.045 -> 0.05 (half up), not 0.04 (half even) and not a float's 0.04499...
    expect(discountOn(percent(15), '0.30', 2)).toBe('0.05');
    // 10 % of 12.34 = 1.234 -> 1.23
    expect(discountOn(percent(10), '12.34', 2)).toBe('1.23');
    // 10 % of 12.35 = 1.235 -> 1.24
    expect(discountOn(percent(10), '12.35', 2)).toBe('1.24');
    // 33 % of 0.10 = 0.033 -> 0.03
    expect(discountOn(percent(33), '0.10', 2)).toBe('0.03');
    expect(discountOn(percent(10), '125', 0)).toBe('13');
  });

  it('rounds once on the subtotal, not per line', () => {
    // Three lines of 0.15 at 10 %: per line 0.015 -> 0.02 each, 0.06; once on 0.45 it is 0.05.
    expect(discountOn(percent(10), '0.45', 2)).toBe('0.05');
  });

  it('takes everything at 100 %, leaving a total of exactly zero', () => {
    expect(applyDiscount(percent(100), '27.35', 2)).toEqual({
      subtotal: '27.35',
      discount: '27.35',
      total: '0.00',
    });
  });

  it('takes a fixed amount, but never more than the subtotal', () => {
    const five = { kind: 'amount', amount: '5.00' } as const;
    expect(applyDiscount(five, '27.35', 2)).toEqual({
      subtotal: '27.35',
      discount: '5.00',
      total: '22.35',
    });
    expect(applyDiscount(five, '3.20', 2)).toEqual({
      subtotal: '3.20',
      discount: '3.20',
      total: '0.00',
    });
  });

  it('without a coupon the total is the subtotal', () => {
    expect(applyDiscount(undefined, '27.35', 2)).toEqual({
      subtotal: '27.35',
      discount: '0.00',
      total: '27.35',
    });
  });
});

describe('activeNow', () => {
  it('is true only for an active coupon inside its dates with uses left', () => {
    expect(activeNow(coupon({ minSubtotal: '100.00' }), inside)).toBe(true);
    expect(activeNow(coupon({ active: false }), inside)).toBe(false);
    expect(activeNow(coupon(), until)).toBe(false);
    expect(activeNow(coupon({ maxUses: 2, uses: 2 }), inside)).toBe(false);
  });
});

describe('cartDiscount', () => {
  const ten = {
    code: 'TEN',
    discount: { kind: 'percent', percent: 10 } as const,
    minSubtotal: '20.00',
  };

  it('takes the discount off while the subtotal reaches the minimum', () => {
    expect(cartDiscount(ten, '30.00', 2)).toEqual({
      subtotal: '30.00',
      discount: '3.00',
      total: '27.00',
      applies: true,
    });
    expect(cartDiscount(ten, '19.99', 2)).toMatchObject({ discount: '0.00', applies: false });
  });

  it('takes nothing off for a coupon that no longer applies, or none', () => {
    expect(cartDiscount({ ...ten, problem: 'COUPON_EXPIRED' }, '30.00', 2)).toMatchObject({
      total: '30.00',
      applies: false,
    });
    expect(cartDiscount(undefined, '30.00', 2)).toMatchObject({ total: '30.00', applies: false });
    // Below the minimum when the page was made, above it after a quantity went up.
    expect(cartDiscount({ ...ten, problem: 'COUPON_BELOW_MINIMUM' }, '40.00', 2)).toMatchObject({
      discount: '4.00',
      applies: true,
    });
  });
});

import { describe, expect, it } from 'vitest';

import { cartAmounts } from './cart-amounts';
import { cartDiscount, type CartCoupon } from './coupons';
import { multiply, sum } from './money';

/** What the server computes for the same cart, with decimal.js (money.ts, coupons.ts). */
function withDecimal(
  lines: { price: string; quantity: number }[],
  coupon: CartCoupon | undefined,
  digits: number,
) {
  const lineTotals = lines.map((line) => multiply(line.price, line.quantity, digits));
  const subtotal = sum(lineTotals, digits);
  const { discount, total, applies } = cartDiscount(coupon, subtotal, digits);
  return { lineTotals, subtotal, discount, total, applies };
}

// A small deterministic generator: the same carts on every run.
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

function amount(next: (below: number) => number, digits: number): string {
  const whole = String(next(5) === 0 ? next(100_000_000) : next(1000));
  const places = next(4) === 0 ? next(5) : digits;
  const fraction = Array.from({ length: places }, () => next(10)).join('');
  return places > 0 ? `${whole}.${fraction}` : whole;
}

describe('cartAmounts', () => {
  it('gives the decimal.js amounts for a plain cart and a percentage coupon', () => {
    const coupon: CartCoupon = {
      code: 'TEN',
      discount: { kind: 'percent', percent: 15 },
      minSubtotal: '20.00',
    };
    const lines = [
      { price: '8.50', quantity: 2 },
      { price: '12.33', quantity: 1 },
    ];
    expect(cartAmounts(lines, coupon, 2)).toEqual({
      lineTotals: ['17.00', '12.33'],
      subtotal: '29.33',
      // 4.3995 rounds half up to 4.40
      discount: '4.40',
      total: '24.93',
      applies: true,
    });
    expect(cartAmounts([{ price: '8.50', quantity: 2 }], coupon, 2).applies).toBe(false);
    expect(cartAmounts([], undefined, 0)).toMatchObject({ subtotal: '0', total: '0' });
  });

  it('agrees with decimal.js on 1,000 generated carts, coupons and currencies', () => {
    const next = generator(20261203);
    const disagreements: string[] = [];
    for (let round = 0; round < 1000; round += 1) {
      const digits = [0, 2, 3][next(3)]!;
      const lines = Array.from({ length: next(5) }, () => ({
        price: amount(next, digits),
        quantity: 1 + next(999),
      }));
      const kind = next(4);
      const coupon: CartCoupon | undefined =
        kind === 0
          ? undefined
          : {
              code: 'C',
              discount:
                kind === 1
                  ? { kind: 'amount', amount: amount(next, digits) }
                  : { kind: 'percent', percent: 1 + next(100) },
              minSubtotal: next(2) === 0 ? null : amount(next, digits),
              problem: (['COUPON_EXPIRED', 'COUPON_BELOW_MINIMUM', undefined] as const)[next(3)],
            };
      const exact = JSON.stringify(cartAmounts(lines, coupon, digits));
      const decimal = JSON.stringify(withDecimal(lines, coupon, digits));
      if (exact !== decimal)
        disagreements.push(`${JSON.stringify({ lines, coupon, digits })}: ${exact} != ${decimal}`);
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
  });
});

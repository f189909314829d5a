import type { CartCoupon } from './coupons';

// The cart's amounts as the browser recomputes them while quantities change: exact integers
// (BigInt) instead of decimal.js, which would add 12 KB gzip to the cart page. Each result is
// the same as money.ts's multiply and sum and coupons.ts's cartDiscount give on the server;
// cart-amounts.test.ts holds the two side by side over many carts.

/** An exact decimal: `units` of 10^-scale. */
type Exact = { units: bigint; scale: number };

function parse(amount: string): Exact {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!match) throw new RangeError(`not an amount: ${amount}`);
  const fraction = match[2] ?? '';
  return { units: BigInt(match[1]! + fraction), scale: fraction.length };
}

function rescale(value: Exact, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

/** To `digits` decimal places, half up, as decimal.js's toFixed (amounts are never negative). */
function rounded(value: Exact, digits: number): bigint {
  if (value.scale <= digits) return rescale(value, digits);
  const divisor = 10n ** BigInt(value.scale - digits);
  return (value.units * 2n + divisor) / (divisor * 2n);
}

function text(units: bigint, digits: number): string {
  if (digits === 0) return units.toString();
  const padded = units.toString().padStart(digits + 1, '0');
  return `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

function lessThan(a: Exact, b: Exact): boolean {
  const scale = Math.max(a.scale, b.scale);
  return rescale(a, scale) < rescale(b, scale);
}

export type CartAmounts = {
  lineTotals: string[];
  subtotal: string;
  discount: string;
  total: string;
  /** Whether the coupon takes anything off this subtotal (see coupons.ts cartDiscount). */
  applies: boolean;
};

export function cartAmounts(
  lines: readonly { price: string; quantity: number }[],
  coupon: CartCoupon | undefined,
  digits: number,
): CartAmounts {
  const lineUnits = lines.map((line) => {
    const price = parse(line.price);
    return rounded({ units: price.units * BigInt(line.quantity), scale: price.scale }, digits);
  });
  const subtotal = lineUnits.reduce((total, units) => total + units, 0n);
  const exactSubtotal = { units: subtotal, scale: digits };
  const applies =
    coupon !== undefined &&
    (coupon.problem === undefined || coupon.problem === 'COUPON_BELOW_MINIMUM') &&
    (coupon.minSubtotal === null || !lessThan(exactSubtotal, parse(coupon.minSubtotal)));
  let off = 0n;
  if (applies) {
    const { discount } = coupon;
    off =
      discount.kind === 'percent'
        ? rounded({ units: subtotal * BigInt(discount.percent), scale: digits + 2 }, digits)
        : rounded(parse(discount.amount), digits);
    if (off > subtotal) off = subtotal;
  }
  return {
    lineTotals: lineUnits.map((units) => text(units, digits)),
    subtotal: text(subtotal, digits),
    discount: text(off, digits),
    total: text(subtotal - off, digits),
    applies,
  };
}

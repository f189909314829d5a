import { priceDiffers, type CartLine } from './cart';
import type { Money } from './money';

// When a line's price was taken is stored in whole minutes since the epoch: 8 digits in the cookie
// up to the year 2160, so a full cart still fits its 4096 bytes (session-cookie.test.ts).
export const MAX_PRICED_AT = 99_999_999;

/** The minute (since the epoch) of a time in milliseconds: what a cart line stores as `pricedAt`. */
export function minuteOf(milliseconds: number): number {
  return Math.floor(milliseconds / 60_000);
}

/**
 * Whether a line's price is still held: taken less than `holdHours` ago. A line that does not say
 * when its price was taken (a cookie from before the hold) is not held.
 */
export function priceHeld(pricedAt: number | undefined, nowMinute: number, holdHours: number) {
  return pricedAt !== undefined && nowMinute - pricedAt < holdHours * 60;
}

export type LinePrice = {
  /** What the line costs now: its add-time price while held, the current price after. */
  price: Money;
  /** The add-time price, when the hold has run out and the current price differs from it. */
  repricedFrom?: Money;
};

/** The price a line is charged at: the one it was added at for `holdHours`, then the current one. */
export function linePrice(
  line: Pick<CartLine, 'price' | 'pricedAt'>,
  currentPrice: Money,
  nowMinute: number,
  holdHours: number,
): LinePrice {
  if (priceHeld(line.pricedAt, nowMinute, holdHours)) return { price: line.price };
  if (!priceDiffers(line.price, currentPrice)) return { price: currentPrice };
  return { price: currentPrice, repricedFrom: line.price };
}

/**
 * The cart before a product is added at `line.price`: that product's line, if its hold has run
 * out, takes the new price and time, so adding more of it never extends an old price.
 */
export function renewExpiredLine(
  lines: readonly CartLine[],
  line: CartLine,
  nowMinute: number,
  holdHours: number,
): CartLine[] {
  return lines.map((item) =>
    item.productId === line.productId && !priceHeld(item.pricedAt, nowMinute, holdHours)
      ? { ...item, price: line.price, pricedAt: line.pricedAt }
      : item,
  );
}

import { describe, expect, it } from 'vitest';

import type { CartLine } from './cart';
import { linePrice, minuteOf, priceHeld, renewExpiredLine } from './price-hold';

const now = minuteOf(Date.UTC(2026, 11, 3, 12, 0));
const hours = (count: number) => count * 60;

describe('price hold', () => {
  it('stores the minute, so a full cart of timestamps fits the cookie', () => {
    expect(minuteOf(Date.UTC(2026, 11, 3, 12, 0, 59, 999))).toBe(now);
    expect(String(now)).toHaveLength(8);
  });

  it('holds a price for the configured hours, not a minute longer', () => {
    expect(priceHeld(now, now, 24)).toBe(true);
    expect(priceHeld(now - hours(24) + 1, now, 24)).toBe(true);
    expect(priceHeld(now - hours(24), now, 24)).toBe(false);
    expect(priceHeld(now - hours(2), now, 1)).toBe(false);
    // 0 hours: every line always costs the current price.
    expect(priceHeld(now, now, 0)).toBe(false);
  });

  it('does not hold a price taken at an unknown time (a cookie from before the hold)', () => {
    expect(priceHeld(undefined, now, 24)).toBe(false);
  });

  it('keeps the add-time price while held, even when the catalog changed', () => {
    expect(linePrice({ price: '8.45', pricedAt: now - 60 }, '9.00', now, 24)).toEqual({
      price: '8.45',
    });
  });

  it('charges the current price after the hold, and says what the line was added at', () => {
    expect(linePrice({ price: '8.45', pricedAt: now - hours(25) }, '9.00', now, 24)).toEqual({
      price: '9.00',
      repricedFrom: '8.45',
    });
    // Cheaper now: the shopper gets the lower price too.
    expect(linePrice({ price: '8.45' }, '7.00', now, 24)).toEqual({
      price: '7.00',
      repricedFrom: '8.45',
    });
  });

  it('says nothing when the expired price is still the current one', () => {
    expect(linePrice({ price: '9.00' }, '9', now, 24)).toEqual({ price: '9' });
  });

  it('renews an expired line of the product being added, and only that one', () => {
    const lines: CartLine[] = [
      { productId: 1, quantity: 2, price: '8.45', pricedAt: now - hours(30) },
      { productId: 2, quantity: 1, price: '3.00' },
      { productId: 3, quantity: 1, price: '5.00', pricedAt: now - 5 },
    ];
    const fresh = (productId: number) => ({ productId, quantity: 1, price: '9.99', pricedAt: now });
    expect(renewExpiredLine(lines, fresh(1), now, 24)).toEqual([
      { productId: 1, quantity: 2, price: '9.99', pricedAt: now },
      lines[1],
      lines[2],
    ]);
    // A held line keeps its price when more of it is added.
    expect(renewExpiredLine(lines, fresh(3), now, 24)).toEqual(lines);
  });
});

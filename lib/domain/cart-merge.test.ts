import { describe, expect, it } from 'vitest';

import type { Cart } from './cart';
import { mergeCarts } from './cart-merge';

const limits = { maxQuantity: 10, maxLines: 3 };
const cart = (...lines: [number, number, string][]): Cart => ({
  lines: lines.map(([productId, quantity, price]) => ({ productId, quantity, price })),
});

describe('mergeCarts', () => {
  it('keeps the browser cart when nothing was saved, and the saved one when the browser is empty', () => {
    expect(mergeCarts(cart([1, 2, '5.00']), cart(), limits)).toEqual(cart([1, 2, '5.00']));
    expect(mergeCarts(cart(), cart([1, 2, '5.00']), limits)).toEqual(cart([1, 2, '5.00']));
  });

  it('adds up the same product and keeps the price of the line already in the browser', () => {
    const merged = mergeCarts(cart([1, 2, '5.00']), cart([1, 3, '4.00']), limits);
    expect(merged).toEqual(cart([1, 5, '5.00']));
  });

  it('caps a summed quantity at the line maximum', () => {
    expect(mergeCarts(cart([1, 7, '5.00']), cart([1, 8, '5.00']), limits)).toEqual(
      cart([1, 10, '5.00']),
    );
  });

  it('puts the browser lines first, then the saved products the browser did not have', () => {
    const merged = mergeCarts(cart([2, 1, '2.00']), cart([1, 1, '1.00'], [2, 1, '9.00']), limits);
    expect(merged).toEqual(cart([2, 2, '2.00'], [1, 1, '1.00']));
  });

  it('never goes over the line cap: saved products that do not fit are left out', () => {
    const merged = mergeCarts(
      cart([1, 1, '1.00'], [2, 1, '2.00']),
      cart([3, 1, '3.00'], [4, 1, '4.00'], [1, 1, '1.00']),
      limits,
    );
    expect(merged).toEqual(cart([1, 2, '1.00'], [2, 1, '2.00'], [3, 1, '3.00']));
  });

  it('does not change its inputs', () => {
    const browser = cart([1, 2, '5.00']);
    mergeCarts(browser, cart([1, 3, '5.00']), limits);
    expect(browser).toEqual(cart([1, 2, '5.00']));
  });
});

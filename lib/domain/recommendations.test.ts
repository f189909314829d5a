import { describe, expect, it } from 'vitest';

import {
  countPairs,
  orderPairs,
  pairKey,
  partnersPerCartProduct,
  rankRecommendations,
} from './recommendations';

describe('orderPairs', () => {
  it('pairs each two distinct products both ways, once, without deleted ones', () => {
    expect(orderPairs([1, 2, 2, null, 3])).toEqual([
      [1, 2],
      [1, 3],
      [2, 1],
      [2, 3],
      [3, 1],
      [3, 2],
    ]);
    expect(orderPairs([5])).toEqual([]);
    expect(orderPairs([null, null])).toEqual([]);
  });
});

describe('countPairs', () => {
  it('counts orders, not quantities or repeated lines', () => {
    const counts = countPairs([[1, 2], [1, 2, 1], [2, 3], [4]]);
    expect(counts.get(pairKey(1, 2))).toBe(2);
    expect(counts.get(pairKey(2, 1))).toBe(2);
    expect(counts.get(pairKey(3, 2))).toBe(1);
    expect(counts.has(pairKey(1, 3))).toBe(false);
  });
});

describe('rankRecommendations', () => {
  const counts = countPairs([
    [1, 2],
    [1, 2],
    [1, 3],
    [1, 4],
    [1, 5],
    [1, 6],
    [2, 6],
    [2, 6],
    [2, 6],
  ]);
  const all = () => true;

  it('puts the most bought together first, equal counts by product id', () => {
    expect(rankRecommendations(counts, [1], all)).toEqual([2, 3, 4, 5]);
    expect(rankRecommendations(counts, [1], all, { limit: 10 })).toEqual([2, 3, 4, 5, 6]);
  });

  it('passes over products that cannot be recommended, and the next move up', () => {
    expect(rankRecommendations(counts, [1], (id) => id !== 2 && id !== 4)).toEqual([3, 5, 6]);
  });

  it('sums over a cart and leaves out what is in it', () => {
    // 6: 1 with 1, 3 with 2; 2 is in the cart; then 3, 4, 5 with 1 each.
    expect(rankRecommendations(counts, [1, 2], all)).toEqual([6, 3, 4, 5]);
    expect(rankRecommendations(counts, [7], all)).toEqual([]);
  });

  it('sums only each cart product’s best partners, once the cart and the unavailable are left out', () => {
    // With 1 each (all of them up to 3): 1 has 5, so its best that may be shown: not 2 (in the
    // cart, though bought with it most), not 5 (unavailable), but 3 (equal counts, lowest id).
    // 2 has 2 partners: all of them, i.e. 6 (1 is in the cart).
    const notFive = (id: number) => id !== 5;
    expect(rankRecommendations(counts, [1, 2], notFive, { partners: 1 })).toEqual([6, 3]);
    expect(rankRecommendations(counts, [1, 2], notFive)).toEqual([6, 3, 4]);
    const cart = countPairs([
      [1, 9],
      [1, 8],
      [1, 7],
      [1, 6],
      [2, 7],
      [2, 7],
      [2, 8],
    ]);
    // 1's best 1 is 6 (past 3 partners it is cut); 2 has 2 partners, both summed: 7 twice, 8 once.
    expect(rankRecommendations(cart, [1, 2], all, { partners: 1 })).toEqual([7, 6, 8]);
    expect(rankRecommendations(cart, [1, 2], all)).toEqual([7, 8, 6, 9]);
    // A single product's own ranking does not depend on how many partners are summed.
    expect(rankRecommendations(counts, [1], all, { partners: 4 })).toEqual([2, 3, 4, 5]);
  });

  it('sums about 96 partners in all: 32 each for a cart of up to 3 products, fewer for more, at least 8', () => {
    expect([1, 3, 4, 10, 12, 13, 50].map(partnersPerCartProduct)).toEqual([32, 32, 24, 9, 8, 8, 8]);
  });
});

import { describe, expect, it } from 'vitest';

import { countPairs, orderPairs, pairKey, rankRecommendations } from './recommendations';

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
    expect(rankRecommendations(counts, [1], all, 10)).toEqual([2, 3, 4, 5, 6]);
  });

  it('passes over products that cannot be recommended, and the next move up', () => {
    expect(rankRecommendations(counts, [1], (id) => id !== 2 && id !== 4)).toEqual([3, 5, 6]);
  });

  it('sums over a cart and leaves out what is in it', () => {
    // 6: 1 with 1, 3 with 2; 2 is in the cart; then 3, 4, 5 with 1 each.
    expect(rankRecommendations(counts, [1, 2], all)).toEqual([6, 3, 4, 5]);
    expect(rankRecommendations(counts, [7], all)).toEqual([]);
  });
});

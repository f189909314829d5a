// "Bought together": the rule the shop recommends by, as plain data. The database keeps the same
// counts (bought_together, lib/server/recommendations.ts) and ranks with one indexed query; this is
// the rule that query must follow, and what its tests compare it with.

/** At most this many products in a "Bought together" or "You may also like" block. */
export const RECOMMENDATION_LIMIT = 4;

/** A paid order's products as ordered pairs: each two distinct products, both ways, once. */
export function orderPairs(productIds: readonly (number | null)[]): [number, number][] {
  const distinct = [...new Set(productIds.filter((id): id is number => id !== null))];
  return distinct.flatMap((id) =>
    distinct.filter((other) => other !== id).map((other): [number, number] => [id, other]),
  );
}

/** `"product other"` → in how many paid orders both were. */
export type PairCounts = Map<string, number>;

export const pairKey = (productId: number, otherId: number) => `${productId} ${otherId}`;

export function countPairs(paidOrders: readonly (readonly (number | null)[])[]): PairCounts {
  const counts: PairCounts = new Map();
  for (const order of paidOrders) {
    for (const [id, other] of orderPairs(order)) {
      const key = pairKey(id, other);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * What to recommend for these products (one product page, or a whole cart): the others, scored by
 * the sum of their counts with each of them, best first; equal scores by product id, so that every
 * process and both languages show the same order. Products not `recommendable` (deleted, not
 * available) are passed over, and the next ones move up.
 */
export function rankRecommendations(
  counts: PairCounts,
  productIds: readonly number[],
  recommendable: (id: number) => boolean,
  limit = RECOMMENDATION_LIMIT,
): number[] {
  const wanted = new Set(productIds);
  const scores = new Map<number, number>();
  for (const [key, count] of counts) {
    const [id, other] = key.split(' ').map(Number) as [number, number];
    if (!wanted.has(id) || wanted.has(other) || !recommendable(other)) continue;
    scores.set(other, (scores.get(other) ?? 0) + count);
  }
  return [...scores]
    .sort(([idA, a], [idB, b]) => b - a || idA - idB)
    .slice(0, limit)
    .map(([id]) => id);
}

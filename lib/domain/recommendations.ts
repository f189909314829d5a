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
 * How many of each cart product's best partners "You may also like" sums: about 96 rows in all,
 * 32 each for a cart of 1 to 3 products, fewer each for a larger cart, never fewer than 8. The
 * cart's read then costs about the same however many partners its products have (thousands for a
 * best-seller at 1,000,000 order lines, where summing them all took 9–31 ms) and however many
 * lines it has. Why this is fine for a "you may also like":
 * docs/decisions/0007-cart-recommendations-best-partners.md.
 */
export function partnersPerCartProduct(cartProducts: number): number {
  return Math.min(32, Math.max(8, Math.floor(96 / Math.max(1, cartProducts))));
}

/**
 * A cart product with no more partners than this many times partnersPerCartProduct has them all
 * summed: it has no long tail of one-off purchases to cut, and its rows are read from the index
 * alone, cheaper than walking to its best ones (each walked partner is looked up).
 */
export const ALL_PARTNERS_UP_TO_TIMES = 3;

/**
 * What to recommend for these products (one product page, or a whole cart): each product's best
 * `partners` (partnersPerCartProduct unless given; most bought with it, equal counts by product
 * id; all of them if it has no more than ALL_PARTNERS_UP_TO_TIMES that many), leaving out the
 * products asked about and those not `recommendable` (deleted, not available) before the cut;
 * then those partners scored by the sum of their counts among them, best first; equal scores by
 * product id, so that every process and both languages show the same order. A product page
 * (one product, `limit` ≤ `partners`) gets the exact ranking whatever `partners` is.
 */
export function rankRecommendations(
  counts: PairCounts,
  productIds: readonly number[],
  recommendable: (id: number) => boolean,
  { limit = RECOMMENDATION_LIMIT, partners = 0 } = {},
): number[] {
  const wanted = new Set(productIds);
  const cut = partners || partnersPerCartProduct(wanted.size);
  const partnersOf = new Map<number, [number, number][]>();
  for (const [key, count] of counts) {
    const [id, other] = key.split(' ').map(Number) as [number, number];
    if (!wanted.has(id) || wanted.has(other) || !recommendable(other)) continue;
    partnersOf.set(id, [...(partnersOf.get(id) ?? []), [other, count]]);
  }
  const pairsOf = new Map<number, number>(); // every partner, shown or not
  for (const key of counts.keys()) {
    const id = Number(key.split(' ')[0]);
    if (wanted.has(id)) pairsOf.set(id, (pairsOf.get(id) ?? 0) + 1);
  }
  const scores = new Map<number, number>();
  for (const [id, ofOne] of partnersOf) {
    const all = (pairsOf.get(id) ?? 0) <= ALL_PARTNERS_UP_TO_TIMES * cut;
    for (const [other, count] of all ? ofOne : bestFirst(ofOne).slice(0, cut)) {
      scores.set(other, (scores.get(other) ?? 0) + count);
    }
  }
  return bestFirst([...scores])
    .slice(0, limit)
    .map(([id]) => id);
}

/** [product id, count or score] pairs, highest first, equal ones by product id. */
const bestFirst = (scored: [number, number][]) =>
  scored.sort(([idA, a], [idB, b]) => b - a || idA - idB);

import 'server-only';

import { and, asc, desc, eq, sql, type SQLWrapper } from 'drizzle-orm';

import type { ShopDatabase } from '../../db/connection';
import { boughtTogether, products, productTranslations } from '../../db/schema';
import {
  ALL_PARTNERS_UP_TO_TIMES,
  partnersPerCartProduct,
  RECOMMENDATION_LIMIT,
} from '../domain/recommendations';
import type { Locale } from '../i18n/locales';
import type { ProductCard } from './catalog';
import { productCardColumns } from './catalog-statements';
import { idsParam, idsValue, preparedOnce } from './prepared';

// The reads of "Bought together", prepared once per connection: a page binds values only. Ranked as
// lib/domain/recommendations.ts rankRecommendations says: count, then product id; available only;
// a cart sums its products' best partners only.

/** The card of a recommended product: available, with its name in the page's language. */
function cardOf(productId: SQLWrapper) {
  return {
    product: and(eq(products.id, productId), eq(products.available, true)),
    translation: and(
      eq(productTranslations.productId, productId),
      eq(productTranslations.locale, sql.placeholder('locale')),
    ),
  };
}

// CROSS JOIN keeps SQLite's join order, pairs first: otherwise it may walk every product's
// translation in the language and look each up among the pairs.

/** A walk along bought_together_ranking from the product, stopping at its 4th available partner. */
export function boughtWithQuery(db: ShopDatabase) {
  const card = cardOf(boughtTogether.otherId);
  return db
    .select(productCardColumns)
    .from(boughtTogether)
    .crossJoin(products)
    .crossJoin(productTranslations)
    .where(
      and(
        eq(boughtTogether.productId, sql.placeholder('productId')),
        card.product,
        card.translation,
      ),
    )
    .orderBy(desc(boughtTogether.orders), asc(boughtTogether.otherId))
    .limit(RECOMMENDATION_LIMIT);
}

/**
 * Each cart product's best partners that may be shown (available, not in the cart; as many as
 * partnersPerCartProduct says), summed per partner; only then are the best joined to their cards.
 * Its cost does not grow with a best-seller's thousands of partners: per cart line at most 3 ×
 * partners rows read from the index alone, or partners walked rows (about 96 for the whole cart)
 * (docs/decisions/0007-cart-recommendations-best-partners.md). Per cart line, one of two ways:
 * - a product with few rows (ALL_PARTNERS_UP_TO_TIMES the partners wanted) has all of them summed,
 *   straight from the index (no cut, so the cards' join leaves out the unavailable later);
 * - a product with more is walked down its range of bought_together_ranking, each partner looked
 *   up for availability, until the last one wanted (the LIMIT), and those rows are summed.
 * The first way is the common one (most products have a few partners) and reads no table rows.
 */
export function cartRecommendationsQuery(db: ShopDatabase) {
  const partners = sql.placeholder('partners');
  const few = sql`${ALL_PARTNERS_UP_TO_TIMES} * ${partners}`;
  // Each cart line with its product's number of rows, counted once (MATERIALIZED: inlined, the
  // count would run again for every row it filters), and no further than "few".
  const lines = sql`lines AS MATERIALIZED (
    SELECT value AS product_id, (SELECT count(*) FROM (SELECT 1 FROM ${boughtTogether} AS counted
      WHERE counted.product_id = value LIMIT ${few} + 1)) AS pairs
    FROM json_each(${sql.placeholder('ids')}))`;
  // Correlated to the line: SQLite runs it once per line, along the index, with the LIMIT.
  const bestPartners = sql`(
    SELECT best.rowid FROM ${boughtTogether} AS best
    JOIN ${products} AS partner ON partner.id = best.other_id AND partner.available = 1
    WHERE best.product_id = line.product_id AND best.other_id NOT IN ${idsParam}
    ORDER BY best.orders DESC, best.other_id
    LIMIT ${partners})`;
  const summed = sql`(WITH ${lines}
    SELECT pair.other_id, pair.orders FROM lines AS line
    JOIN ${boughtTogether} AS pair ON pair.product_id = line.product_id
    WHERE line.pairs <= ${few} AND pair.other_id NOT IN ${idsParam}
    UNION ALL
    SELECT pair.other_id, pair.orders FROM lines AS line
    JOIN ${boughtTogether} AS pair ON pair.rowid IN ${bestPartners}
    WHERE line.pairs > ${few}) AS summed`;
  const otherId = sql<number>`summed.other_id`;
  const candidates = db
    .select({
      otherId: otherId.as('other_id'),
      score: sql<number>`sum(summed.orders)`.as('score'),
    })
    .from(summed)
    .groupBy(otherId)
    // Sorted here, SQLite reads the candidates in the outer query's order: it joins them to their
    // cards best first and stops at the 4th.
    .orderBy(desc(sql`score`), asc(otherId))
    .as('candidates');
  const card = cardOf(candidates.otherId);
  return db
    .select(productCardColumns)
    .from(candidates)
    .crossJoin(products)
    .crossJoin(productTranslations)
    .where(and(card.product, card.translation))
    .orderBy(desc(candidates.score), asc(candidates.otherId))
    .limit(RECOMMENDATION_LIMIT);
}

const statements = preparedOnce((db) => ({
  boughtWith: boughtWithQuery(db).prepare(),
  cart: cartRecommendationsQuery(db).prepare(),
}));

/** Up to 4 available products bought with this one, best first (one indexed query). */
export async function readBoughtWith(productId: number, locale: Locale): Promise<ProductCard[]> {
  return statements().boughtWith.all({ productId, locale });
}

/**
 * Up to 4 available products bought with the cart's, not in it, best first (one query); `partners`
 * only for tests, which show the cut with a few.
 */
export async function readCartRecommendations(
  productIds: readonly number[],
  locale: Locale,
  partners = partnersPerCartProduct(productIds.length),
): Promise<ProductCard[]> {
  if (productIds.length === 0) return [];
  return statements().cart.all({ ...idsValue(productIds), locale, partners });
}

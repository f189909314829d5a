import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable } from 'drizzle-orm/sqlite-core';

import { products } from './schema';

// Kept apart from schema.ts, which re-exports it. Written in the transaction that marks an order
// paid (lib/server/payments/mark-order-paid.ts) and by `npm run recommendations:rebuild`.

/**
 * How many paid orders held both products: one row per ordered pair, so both (A, B) and (B, A),
 * which makes "what was bought with A" a walk along one index, best first. A deleted product takes
 * its rows along, as the rebuild (which sees its order items' product_id set to null) would.
 */
export const boughtTogether = sqliteTable(
  'bought_together',
  {
    productId: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    otherId: integer('other_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    orders: integer('orders').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.productId, table.otherId] }),
    // A product's partners in the order they are recommended (lib/server/recommendations.ts).
    index('bought_together_ranking').on(table.productId, sql`${table.orders} desc`, table.otherId),
    // The other side of every pair, for the triggers that refresh the pages recommending a product.
    index('bought_together_other_id').on(table.otherId),
    check('bought_together_distinct', sql`${table.productId} <> ${table.otherId}`),
    check('bought_together_orders_positive', sql`${table.orders} > 0`),
  ],
);

export type BoughtTogether = typeof boughtTogether.$inferSelect;

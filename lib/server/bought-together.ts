import 'server-only';

import { sql } from 'drizzle-orm';

import type { ShopDatabase } from '../../db/connection';
import type { JobsDatabase } from './jobs/queue';

// The writes of "Bought together" (issue 14): bought_together holds, per ordered pair of products,
// how many paid orders held both (db/recommendations-schema.ts); lib/domain/recommendations.ts is
// the rule. The reads are in ./recommendation-statements.ts.

/**
 * The pairs of one order, upserted: `orders = orders + 1` inside SQLite, so payments committed by
 * several server processes at once each add their own (nothing is read and written back). Call it
 * in the transaction that marks the order paid, and only when that transaction did.
 */
export function countPaidOrder(tx: JobsDatabase, orderId: number): void {
  tx.run(sql`
    INSERT INTO bought_together (product_id, other_id, orders)
    SELECT DISTINCT a.product_id, b.product_id, 1
    FROM order_items a JOIN order_items b ON b.order_id = a.order_id AND b.product_id <> a.product_id
    WHERE a.order_id = ${orderId}
    ON CONFLICT (product_id, other_id) DO UPDATE SET orders = orders + excluded.orders`);
}

/** Every count again from all paid orders, in one transaction: readers see the old or the new. */
export function rebuildBoughtTogether(db: ShopDatabase): { pairs: number } {
  return db.transaction(
    (tx) => {
      tx.run(sql`DELETE FROM bought_together`);
      tx.run(sql`
        INSERT INTO bought_together (product_id, other_id, orders)
        SELECT a.product_id, b.product_id, count(DISTINCT a.order_id)
        FROM orders o
        JOIN order_items a ON a.order_id = o.id
        JOIN order_items b ON b.order_id = o.id AND b.product_id <> a.product_id
        WHERE o.paid = 1
        GROUP BY a.product_id, b.product_id`);
      const row = tx.get<{ pairs: number }>(sql`SELECT count(*) AS pairs FROM bought_together`);
      return { pairs: row?.pairs ?? 0 };
    },
    { behavior: 'immediate' },
  );
}

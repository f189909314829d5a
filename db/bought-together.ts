import type { RunResult } from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';

import type { ShopDatabase } from './connection';

/** A connection or one of its transactions (lib/server/jobs/queue.ts JobsDatabase is the same). */
type SyncDatabase = BaseSQLiteDatabase<'sync', RunResult, Record<string, unknown>>;

// The writes of "Bought together" (issue 14): bought_together holds, per ordered pair of products,
// how many paid orders held both (./recommendations-schema.ts); lib/domain/recommendations.ts is
// the rule. Here in db/ rather than lib/server/ because the seed counts its sample orders with it
// too; the reads are in lib/server/recommendation-statements.ts.

// An item's product_id is set to null when its product is deleted, but not by a delete made with
// foreign keys off (an operator's sqlite3 shell): such an item counts no more than a null one.
// Joins rather than EXISTS: the rebuild of 1,000,000 order lines took three times as long.
const bothProductsExist = sql`JOIN products pa ON pa.id = a.product_id JOIN products pb ON pb.id = b.product_id`;

/**
 * The pairs of one order, upserted: `orders = orders + 1` inside SQLite, so payments committed by
 * several server processes at once each add their own (nothing is read and written back). Call it
 * in the transaction that marks the order paid, and only when that transaction did.
 */
export function countPaidOrder(tx: SyncDatabase, orderId: number): void {
  tx.run(sql`
    INSERT INTO bought_together (product_id, other_id, orders)
    SELECT DISTINCT a.product_id, b.product_id, 1
    FROM order_items a JOIN order_items b ON b.order_id = a.order_id AND b.product_id <> a.product_id
    ${bothProductsExist}
    WHERE a.order_id = ${orderId}
    ON CONFLICT (product_id, other_id) DO UPDATE SET orders = orders + excluded.orders`);
}

/**
 * Every count again from all paid orders, in one transaction: readers see the old or the new.
 * bought_together's page-cache triggers (migration 0008) would run once per pair, millions of times
 * for a large shop, holding the write lock (and every payment) for minutes; so they are set aside
 * for the rebuild, as written in the schema, and the pages of every product it touched are marked
 * once instead.
 */
export function rebuildBoughtTogether(db: ShopDatabase): { pairs: number } {
  return db.transaction(
    (tx) => {
      const triggers = tx.all<{ name: string; sql: string }>(
        sql`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'bought_together'`,
      );
      for (const trigger of triggers) tx.run(sql.raw(`DROP TRIGGER "${trigger.name}"`));
      tx.run(
        sql`CREATE TEMP TABLE rebuilt_products AS SELECT DISTINCT product_id FROM bought_together`,
      );
      tx.run(sql`DELETE FROM bought_together`);
      tx.run(sql`
        INSERT INTO bought_together (product_id, other_id, orders)
        SELECT a.product_id, b.product_id, count(DISTINCT a.order_id)
        FROM orders o
        JOIN order_items a ON a.order_id = o.id
        JOIN order_items b ON b.order_id = o.id AND b.product_id <> a.product_id
        ${bothProductsExist}
        WHERE o.paid = 1
        GROUP BY a.product_id, b.product_id`);
      tx.run(sql`UPDATE page_cache_epoch SET epoch = epoch + 1 WHERE id = 1`);
      tx.run(sql`
        INSERT INTO page_cache_tags (tag, version)
        SELECT 'product:' || product_id, (SELECT epoch FROM page_cache_epoch WHERE id = 1)
        FROM (SELECT product_id FROM rebuilt_products UNION SELECT product_id FROM bought_together)
        WHERE true
        ON CONFLICT (tag) DO UPDATE SET version = excluded.version`);
      tx.run(sql`DROP TABLE temp.rebuilt_products`);
      for (const trigger of triggers) tx.run(sql.raw(trigger.sql));
      const row = tx.get<{ pairs: number }>(sql`SELECT count(*) AS pairs FROM bought_together`);
      return { pairs: row?.pairs ?? 0 };
    },
    { behavior: 'immediate' },
  );
}

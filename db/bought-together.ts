import { performance } from 'node:perf_hooks';

import type { RunResult } from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';

import type { ShopDatabase } from './connection';

/** A connection or one of its transactions (lib/server/jobs/queue.ts JobsDatabase is the same). */
type SyncDatabase = BaseSQLiteDatabase<'sync', RunResult, Record<string, unknown>>;

// The writes of "Bought together" (issue 14): bought_together holds, per ordered pair of products,
// how many paid orders held both (./schema.ts, boughtTogether); lib/domain/recommendations.ts is
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

/** Order lines whose pairs one transaction of the rebuild counts: a few milliseconds of lock. */
export const REBUILD_CHUNK_LINES = 500;

export interface RebuildReport {
  /** Pairs in bought_together when it is done. */
  pairs: number;
  /** Rows it inserted, corrected or deleted (0 when the counts were right). */
  changed: number;
  /** Write transactions it took, and the longest one: how long a payment may have waited. */
  transactions: number;
  longestLockMs: number;
}

/**
 * The pause after each transaction, for the writers that waited. SQLite's busy handler does not
 * queue them: a waiting payment sleeps and tries again, at most 100 ms apart, and would miss a
 * lock released and taken again at once (a rebuild without pauses kept one waiting 35 s).
 */
export const REBUILD_PAUSE_MS = 100;

export interface RebuildOptions {
  chunkLines?: number;
  pauseMs?: number;
  /** Called between two transactions (tests pay orders there, as another process might). */
  betweenChunks?: () => void;
}

// Below the first product id and above the last: the first and last ranges are open-ended, so rows
// of product ids that no longer have order lines are found (and deleted) too.
const BEFORE_ALL = Number.MIN_SAFE_INTEGER;
const AFTER_ALL = Number.MAX_SAFE_INTEGER;

/**
 * Ranges of product ids `(after, upTo]` holding about `chunkLines` order lines each (one product
 * with more lines is a range of its own), read outside any write transaction. The counts may be
 * out of date by the time a range is rebuilt: that only makes its transaction a little longer.
 */
function productRanges(db: ShopDatabase, chunkLines: number): [number, number][] {
  const lines = db.all<{ productId: number; lines: number }>(sql`
    SELECT product_id AS productId, count(*) AS lines FROM order_items
    WHERE product_id IS NOT NULL GROUP BY product_id ORDER BY product_id`);
  const ranges: [number, number][] = [];
  let after = BEFORE_ALL;
  let inRange = 0;
  for (const product of lines) {
    inRange += product.lines;
    if (inRange >= chunkLines) {
      ranges.push([after, product.productId]);
      after = product.productId;
      inRange = 0;
    }
  }
  ranges.push([after, AFTER_ALL]);
  return ranges;
}

/**
 * One range's rows made exact, in one write transaction: its pairs are counted from the paid orders
 * as they are now (nobody can pay meanwhile), and only the rows that differ are written. Payments
 * committed after it add to those exact counts, so when the last range is done the whole table is
 * what counting every paid order gives, with the shop taking orders all along. The page-cache
 * triggers (migration 0008) mark the page of each product whose row changed, and only those.
 */
function rebuildRange(tx: SyncDatabase, after: number, upTo: number): number {
  tx.run(sql`DELETE FROM temp.rebuilt_pairs`);
  tx.run(sql`
    INSERT INTO temp.rebuilt_pairs (product_id, other_id, orders)
    SELECT a.product_id, b.product_id, count(DISTINCT a.order_id)
    FROM order_items a
    JOIN orders o ON o.id = a.order_id AND o.paid = 1
    JOIN order_items b ON b.order_id = a.order_id AND b.product_id <> a.product_id
    ${bothProductsExist}
    WHERE a.product_id > ${after} AND a.product_id <= ${upTo}
    GROUP BY a.product_id, b.product_id`);
  const deleted = tx.run(sql`
    DELETE FROM bought_together
    WHERE product_id > ${after} AND product_id <= ${upTo} AND NOT EXISTS (
      SELECT 1 FROM temp.rebuilt_pairs r
      WHERE r.product_id = bought_together.product_id AND r.other_id = bought_together.other_id)`);
  const written = tx.run(sql`
    INSERT INTO bought_together (product_id, other_id, orders)
    SELECT product_id, other_id, orders FROM temp.rebuilt_pairs WHERE true
    ON CONFLICT (product_id, other_id) DO UPDATE SET orders = excluded.orders
    WHERE orders <> excluded.orders`);
  return deleted.changes + written.changes;
}

/**
 * Every count again from all paid orders, a range of products at a time, each range in its own
 * short write transaction: the shop keeps taking payments in between (npm run
 * bench:recommendations prints the longest). Readers see each range old or new, never half.
 */
export function rebuildBoughtTogether(
  db: ShopDatabase,
  {
    chunkLines = REBUILD_CHUNK_LINES,
    pauseMs = REBUILD_PAUSE_MS,
    betweenChunks,
  }: RebuildOptions = {},
): RebuildReport {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  // Per connection, outside the shop's database file: writing it takes no lock that payments need.
  db.run(sql`
    CREATE TEMP TABLE IF NOT EXISTS rebuilt_pairs (
      product_id INTEGER NOT NULL, other_id INTEGER NOT NULL, orders INTEGER NOT NULL,
      PRIMARY KEY (product_id, other_id)) WITHOUT ROWID`);
  const report: RebuildReport = { pairs: 0, changed: 0, transactions: 0, longestLockMs: 0 };
  const ranges = productRanges(db, chunkLines);
  for (const [index, [after, upTo]] of ranges.entries()) {
    if (index > 0) {
      Atomics.wait(pause, 0, 0, pauseMs); // a synchronous sleep: the script has nothing else to do
      betweenChunks?.();
    }
    let locked = 0; // from BEGIN IMMEDIATE's lock taken (not its wait for it) to the commit
    report.changed += db.transaction(
      (tx) => {
        locked = performance.now();
        return rebuildRange(tx, after, upTo);
      },
      { behavior: 'immediate' },
    );
    report.longestLockMs = Math.max(report.longestLockMs, performance.now() - locked);
    report.transactions += 1;
  }
  db.run(sql`DROP TABLE temp.rebuilt_pairs`);
  const row = db.get<{ pairs: number }>(sql`SELECT count(*) AS pairs FROM bought_together`);
  report.pairs = row?.pairs ?? 0;
  return report;
}

import 'server-only';

import type { RunResult } from 'better-sqlite3';
import { inArray, lte, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';

import { getDb } from './database';
import { rateLimits } from '../../db/schema';
import {
  charge,
  refund,
  strictest,
  type Budget,
  type BudgetState,
  type Verdict,
} from '../domain/rate-limit';

/** The shop's connection or one of its transactions. */
export type LimitsDatabase = BaseSQLiteDatabase<'sync', RunResult, Record<string, unknown>>;

/** One budget to spend from: its key ("login-failure:address:203.0.113.5"), size and the cost. */
export type Charge = { key: string; budget: Budget; cost?: number };

/**
 * Spends every charge, or none: if any budget has no room, nothing is spent and the verdict says
 * how long until all would fit. Call inside the transaction that does what is being paid for (so a
 * refused order spends nothing), with the write lock already taken (`behavior: 'immediate'`), so
 * that no other process counts between this read and this write.
 */
export function spendIn(db: LimitsDatabase, charges: readonly Charge[], now = Date.now()): Verdict {
  if (charges.length === 0) return { allowed: true };
  // Budgets whole again hold nothing: forgetting them keeps the table as small as the traffic of
  // the last window. Indexed, and a handful of rows at a time.
  db.delete(rateLimits).where(lte(rateLimits.fullAt, now)).run();
  const states = stored(db, charges);
  const results = charges.map((item) =>
    charge(states.get(item.key), now, item.budget, item.cost ?? 1),
  );
  const verdict = strictest(results.map((result) => result.verdict));
  if (!verdict.allowed) return verdict;
  charges.forEach((item, index) => save(db, item.key, results[index]!.state));
  return verdict;
}

/** spendIn in a transaction of its own. */
export async function spend(charges: readonly Charge[], now = Date.now()): Promise<Verdict> {
  return getDb().transaction((tx) => spendIn(tx, charges, now), { behavior: 'immediate' });
}

/** Gives back what a charge spent: an attempt reserved in advance that turned out not to count. */
export async function giveBack(charges: readonly Charge[], now = Date.now()): Promise<void> {
  getDb().transaction(
    (tx) => {
      const states = stored(tx, charges);
      for (const item of charges) {
        const state = states.get(item.key);
        if (state) save(tx, item.key, refund(state, now, item.budget, item.cost ?? 1));
      }
    },
    { behavior: 'immediate' },
  );
}

/** Forgets the spending of some keys altogether (a successful login clears its failures). */
export async function forget(keys: readonly string[]): Promise<void> {
  if (keys.length > 0) getDb().delete(rateLimits).where(inArray(rateLimits.key, keys)).run();
}

function stored(db: LimitsDatabase, charges: readonly Charge[]): Map<string, BudgetState> {
  const keys = charges.map((item) => item.key);
  const rows = db
    .select({ key: rateLimits.key, fullAt: rateLimits.fullAt })
    .from(rateLimits)
    .where(inArray(rateLimits.key, keys))
    .all();
  return new Map(rows.map((row) => [row.key, { fullAt: row.fullAt }]));
}

function save(db: LimitsDatabase, key: string, state: BudgetState): void {
  const fullAt = Math.ceil(state.fullAt);
  db.insert(rateLimits)
    .values({ key, fullAt })
    .onConflictDoUpdate({ target: rateLimits.key, set: { fullAt: sql`${fullAt}` } })
    .run();
}

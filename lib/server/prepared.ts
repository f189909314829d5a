import 'server-only';

import { sql } from 'drizzle-orm';

import { getDb } from './database';

type Db = ReturnType<typeof getDb>;

/**
 * A statement prepared once per database connection instead of on every request: preparing
 * (parsing and planning the SQL) showed up in the CPU profile above running it. Built on first use
 * against getDb(), so tests that open an in-memory database get statements of their own.
 */
export function preparedOnce<Statement>(build: (db: Db) => Statement): () => Statement {
  const byDb = new WeakMap<Db, Statement>();
  return () => {
    const db = getDb();
    let statement = byDb.get(db);
    if (!statement) {
      statement = build(db);
      byDb.set(db, statement);
    }
    return statement;
  };
}

/**
 * The ids bound as one JSON array: `IN (SELECT value FROM json_each(?))` keeps one statement for a
 * list of any length, where `IN (?, ?, …)` would need one per length.
 */
export const idsParam = sql`(select value from json_each(${sql.placeholder('ids')}))`;

export const idsValue = (ids: readonly number[]) => ({ ids: JSON.stringify(ids) });

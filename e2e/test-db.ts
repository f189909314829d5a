import path from 'node:path';

import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';

import * as schema from '../db/schema';

export type TestDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** The main test server's database file (playwright.config.ts makes a fresh one for each run). */
export function testDbPath(): string {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set: run the tests through playwright.config.ts');
  return path.join(dir, 'shop.db');
}

/**
 * The test server's database (or another server's, given its file), through the app's own drizzle
 * schema, for arranging what a test needs and reading what it did: the server has the file open
 * too, which WAL allows. Opened and closed around `query`, so that no test keeps a handle.
 */
export function withTestDb<T>(query: (db: TestDatabase) => T, file = testDbPath()): T {
  const sqlite = new Database(file);
  sqlite.pragma('busy_timeout = 5000');
  // As the app's connection (db/connection.ts): deleting a user takes their sessions with it.
  sqlite.pragma('foreign_keys = ON');
  try {
    return query(drizzle(sqlite, { schema }));
  } finally {
    sqlite.close();
  }
}

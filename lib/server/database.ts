import 'server-only';

import { openDatabase, type ShopDatabase } from '../../db/connection';
import { env } from '../validation/env';

// The process's connection, opened at the validated DATABASE_PATH. It lives here rather than in
// db/ because db/ imports nothing from lib/ (docs/architecture.md, "The rules of the imports").
// One connection per process; kept on globalThis so that dev-mode reloads do not open another.
const holder = globalThis as typeof globalThis & { __shopDb?: ShopDatabase };

export function getDb(): ShopDatabase {
  holder.__shopDb ??= openDatabase(env().DATABASE_PATH);
  return holder.__shopDb;
}

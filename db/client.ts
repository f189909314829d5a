import 'server-only';

import { env } from '../lib/validation/env';
import { openDatabase, type ShopDatabase } from './connection';

// One connection per process; kept on globalThis so that dev-mode reloads do not open another.
const holder = globalThis as typeof globalThis & { __shopDb?: ShopDatabase };

export function getDb(): ShopDatabase {
  holder.__shopDb ??= openDatabase(env().DATABASE_PATH);
  return holder.__shopDb;
}

import 'server-only';

import { sql } from 'drizzle-orm';

import { getDb } from './database';

export async function databaseIsReachable(): Promise<boolean> {
  try {
    return getDb().get<{ ok: number }>(sql`select 1 as ok`)?.ok === 1;
  } catch (error) {
    console.error('health: database check failed', error);
    return false;
  }
}

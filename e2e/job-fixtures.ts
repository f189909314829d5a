import { eq } from 'drizzle-orm';

import { jobs } from '../db/schema';
import { withTestDb } from './test-db';

/** A job that has failed its last try, of a type no handler knows. */
export function createFailedJob(type: string, error: string): number {
  return withTestDb(
    (db) =>
      db
        .insert(jobs)
        .values({
          type,
          payload: {},
          state: 'failed',
          attempts: 5,
          maxAttempts: 5,
          lastError: error,
        })
        .returning({ id: jobs.id })
        .get().id,
  );
}

/** The test's job has no handler: once checked, it goes, instead of failing on in the server log. */
export function deleteJob(id: number) {
  withTestDb((db) => db.delete(jobs).where(eq(jobs.id, id)).run());
}

export function jobState(id: number) {
  const row = withTestDb((db) =>
    db
      .select({ state: jobs.state, attempts: jobs.attempts })
      .from(jobs)
      .where(eq(jobs.id, id))
      .get(),
  );
  if (!row) throw new Error(`no job ${id}`);
  return row;
}

/** The first job of a type, in another server's database file. */
export function firstJobOfType(type: string, file: string) {
  return withTestDb(
    (db) =>
      db
        .select({ state: jobs.state, attempts: jobs.attempts, lastError: jobs.lastError })
        .from(jobs)
        .where(eq(jobs.type, type))
        .orderBy(jobs.id)
        .get(),
    file,
  );
}

import 'server-only';

import type { RunResult } from 'better-sqlite3';
import { and, asc, count, desc, eq, gte, lte, or, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';

import { jobStates, jobs, type Job, type JobState } from '../../../db/jobs-schema';
import { backoffDelayMs, describeError } from './backoff';

/** The shop's connection or one of its transactions: anything that runs SQLite statements synchronously. */
export type JobsDatabase = BaseSQLiteDatabase<'sync', RunResult, Record<string, unknown>>;

/** Long enough for a slow SMTP exchange; the worker renews it while a job runs. */
export const DEFAULT_LEASE_MS = 60_000;

export interface EnqueueInput {
  type: string;
  /** Stored as JSON: Dates become strings, undefined fields vanish. */
  payload: unknown;
  runAt?: Date;
  maxAttempts?: number;
}

/**
 * Records a job. Synchronous so it can run inside the better-sqlite3 transaction that writes what the
 * job is about: both commit or neither does. Nothing runs until a worker claims the row.
 */
export function enqueue(db: JobsDatabase, input: EnqueueInput): Job {
  if (input.payload === undefined) throw new TypeError(`job "${input.type}" needs a payload`);
  return db
    .insert(jobs)
    .values({
      type: input.type,
      payload: input.payload,
      runAt: input.runAt ?? new Date(),
      maxAttempts: input.maxAttempts,
    })
    .returning()
    .get();
}

/**
 * Claims the next due job for `workerId`: a queued job whose time has come, or a running one whose
 * worker let its lease pass (it died or was stopped mid-job), so that job runs again.
 */
export function claimNext(
  db: JobsDatabase,
  workerId: string,
  now: Date,
  { leaseMs = DEFAULT_LEASE_MS }: { leaseMs?: number } = {},
): Job | undefined {
  // IMMEDIATE takes the write lock before reading: a second worker waits (busy_timeout) instead of
  // picking the same row, and no deferred read-to-write upgrade can fail with SQLITE_BUSY.
  return db.transaction(
    (tx) => {
      failAbandonedLastTries(tx, now);
      const next = tx
        .select({ id: jobs.id })
        .from(jobs)
        .where(
          or(
            and(eq(jobs.state, 'queued'), lte(jobs.runAt, now)),
            and(eq(jobs.state, 'running'), lte(jobs.lockedUntil, now)),
          ),
        )
        .orderBy(asc(jobs.runAt), asc(jobs.id))
        .limit(1);
      return tx
        .update(jobs)
        .set({
          state: 'running',
          attempts: sql`${jobs.attempts} + 1`,
          lockedBy: workerId,
          lockedUntil: new Date(now.getTime() + leaseMs),
          updatedAt: now,
        })
        .where(eq(jobs.id, next))
        .returning()
        .get();
    },
    { behavior: 'immediate' },
  );
}

/** A job that took its worker down on its last try must not take down the next one too. */
function failAbandonedLastTries(db: JobsDatabase, now: Date): void {
  db.update(jobs)
    .set({
      state: 'failed',
      lastError: 'the worker stopped during the last try (lease expired)',
      lockedBy: null,
      lockedUntil: null,
      updatedAt: now,
    })
    .where(
      and(
        eq(jobs.state, 'running'),
        lte(jobs.lockedUntil, now),
        gte(jobs.attempts, jobs.maxAttempts),
      ),
    )
    .run();
}

/** Only the worker holding the lease may finish a job: a late, presumed-dead worker changes nothing. */
function heldBy(id: number, workerId: string) {
  return and(eq(jobs.id, id), eq(jobs.state, 'running'), eq(jobs.lockedBy, workerId));
}

/** Renews the lease of a running job; false when the worker has lost it. */
export function extendLease(db: JobsDatabase, id: number, workerId: string, until: Date): boolean {
  const result = db.update(jobs).set({ lockedUntil: until }).where(heldBy(id, workerId)).run();
  return result.changes === 1;
}

/** Marks a claimed job done; false when its lease was lost (another worker may be running it). */
export function complete(db: JobsDatabase, id: number, workerId: string, now: Date): boolean {
  const result = db
    .update(jobs)
    .set({ state: 'done', lockedBy: null, lockedUntil: null, updatedAt: now })
    .where(heldBy(id, workerId))
    .run();
  return result.changes === 1;
}

export type FailOutcome = 'retrying' | 'failed' | 'lost';

/** Records a failed try: the job waits its backoff and runs again, or, out of tries, is failed. */
export function fail(
  db: JobsDatabase,
  job: Pick<Job, 'id' | 'attempts' | 'maxAttempts'>,
  workerId: string,
  error: unknown,
  now: Date,
  { backoffBaseMs }: { backoffBaseMs: number },
): FailOutcome {
  const outOfTries = job.attempts >= job.maxAttempts;
  const result = db
    .update(jobs)
    .set({
      state: outOfTries ? 'failed' : 'queued',
      runAt: outOfTries
        ? undefined
        : new Date(now.getTime() + backoffDelayMs(job.attempts, backoffBaseMs)),
      lastError: describeError(error),
      lockedBy: null,
      lockedUntil: null,
      updatedAt: now,
    })
    .where(heldBy(job.id, workerId))
    .run();
  if (result.changes !== 1) return 'lost';
  return outOfTries ? 'failed' : 'retrying';
}

/** Gives a failed job a fresh set of tries, from now; false when the job is not failed. */
export function retry(db: JobsDatabase, id: number, now: Date = new Date()): boolean {
  const result = db
    .update(jobs)
    .set({ state: 'queued', attempts: 0, runAt: now, updatedAt: now })
    .where(and(eq(jobs.id, id), eq(jobs.state, 'failed')))
    .run();
  return result.changes === 1;
}

/** Newest first, for the monitoring page. */
export async function listJobs(
  db: JobsDatabase,
  { state, limit, offset = 0 }: { state?: JobState; limit: number; offset?: number },
): Promise<Job[]> {
  return await db
    .select()
    .from(jobs)
    .where(state ? eq(jobs.state, state) : undefined)
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .limit(limit)
    .offset(offset);
}

/** Every state, zeros included, so the page shows "failed: 0" rather than nothing. */
export async function countByState(db: JobsDatabase): Promise<Record<JobState, number>> {
  const rows = await db
    .select({ state: jobs.state, total: count() })
    .from(jobs)
    .groupBy(jobs.state);
  const counts = Object.fromEntries(jobStates.map((state) => [state, 0])) as Record<
    JobState,
    number
  >;
  for (const row of rows) counts[row.state] = row.total;
  return counts;
}

import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Kept apart from schema.ts, which re-exports it; lib/server/jobs/queue.ts is the only writer.

export const jobStates = ['queued', 'running', 'done', 'failed'] as const;
export type JobState = (typeof jobStates)[number];

const nowMs = sql`(unixepoch('subsec') * 1000)`;

export const jobs = sqliteTable(
  'jobs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type').notNull(),
    // JSON; each job type validates its own payload when it runs, since the row may outlive the code.
    payload: text('payload', { mode: 'json' }).$type<unknown>().notNull(),
    state: text('state', { enum: jobStates }).notNull().default('queued'),
    // Counted when a job is claimed, so a job that kills its worker still runs out of tries.
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    // When a queued job may run next: now, later, or after a retry's backoff.
    runAt: integer('run_at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
    lockedBy: text('locked_by'),
    // The lease: a running job whose lease has passed belongs to a dead worker and is claimed again.
    lockedUntil: integer('locked_until', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(nowMs),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(nowMs)
      .$onUpdate(() => new Date()),
  },
  (table) => [
    index('jobs_state_run_at').on(table.state, table.runAt),
    index('jobs_state_created_at').on(table.state, table.createdAt),
    check('jobs_state', sql`${table.state} in ('queued', 'running', 'done', 'failed')`),
    check('jobs_attempts', sql`${table.attempts} >= 0 and ${table.maxAttempts} >= 1`),
  ],
);

export type Job = typeof jobs.$inferSelect;
export type NewJob = typeof jobs.$inferInsert;

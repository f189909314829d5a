import 'server-only';

import type { Job } from '../../../db/jobs-schema';
import { describeError } from './backoff';
import type { JobHandlers } from './handler';
import { claimNext, complete, fail, type FailOutcome, type JobsDatabase } from './queue';

export interface JobLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface RunContext {
  workerId: string;
  backoffBaseMs: number;
  logger: JobLogger;
  now: () => Date;
}

/** 'lost': the lease passed while the handler ran, so another worker owns the job now. */
export type JobOutcome = 'done' | FailOutcome;

/** Runs a job this worker has claimed and records how it went; never throws. */
export async function runClaimedJob(
  db: JobsDatabase,
  job: Job,
  handlers: JobHandlers,
  context: RunContext,
): Promise<JobOutcome> {
  const { workerId, logger, now } = context;
  const label = `job ${job.id} (${job.type}, try ${job.attempts}/${job.maxAttempts})`;
  try {
    const handler = handlers[job.type];
    if (!handler) throw new Error(`no handler for job type "${job.type}"`);
    await handler(job);
  } catch (error) {
    const outcome = fail(db, job, workerId, error, now(), context);
    const line = `${label} failed (${outcome}): ${describeError(error)}`;
    if (outcome === 'failed') logger.error(line, error);
    else logger.warn(line);
    return outcome;
  }
  if (complete(db, job.id, workerId, now())) return 'done';
  logger.warn(`${label} finished after its lease passed; another worker may have run it too`);
  return 'lost';
}

export const silentLogger: JobLogger = { info() {}, warn() {}, error() {} };

/**
 * Runs every job that is due, one after the other, and resolves when none is left: the "eager" mode
 * for tests. Call it after the transaction that enqueued has committed.
 */
export async function runDueJobsNow(
  db: JobsDatabase,
  handlers: JobHandlers,
  options: { now?: Date; backoffBaseMs?: number; logger?: JobLogger; workerId?: string } = {},
): Promise<Array<{ job: Job; outcome: JobOutcome }>> {
  const context: RunContext = {
    workerId: options.workerId ?? 'inline',
    backoffBaseMs: options.backoffBaseMs ?? 0,
    logger: options.logger ?? silentLogger,
    now: () => options.now ?? new Date(),
  };
  const results: Array<{ job: Job; outcome: JobOutcome }> = [];
  for (let job = claimNext(db, context.workerId, context.now()); job;) {
    results.push({ job, outcome: await runClaimedJob(db, job, handlers, context) });
    job = claimNext(db, context.workerId, context.now());
  }
  return results;
}

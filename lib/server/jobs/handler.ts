import 'server-only';

import type { z } from 'zod';

import type { Job } from '../../../db/jobs-schema';

/** Runs one job; throwing (or rejecting) counts as a failed try, to be retried with backoff. */
export type JobHandler = (job: Job) => Promise<void>;

/** Handlers by job type, e.g. { 'mail.send': ... }. */
export type JobHandlers = Readonly<Record<string, JobHandler>>;

/**
 * A handler whose payload is checked first: a row can outlive the code that wrote it, so the
 * payload is data from outside like any other.
 */
export function defineJobHandler<Schema extends z.ZodType>(
  payloadSchema: Schema,
  handle: (payload: z.output<Schema>, job: Job) => Promise<void>,
): JobHandler {
  return async (job) => {
    const parsed = payloadSchema.safeParse(job.payload);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `${issue.path.join('.')} ${issue.message}`,
      );
      throw new TypeError(
        `job ${job.id} (${job.type}) has an invalid payload: ${problems.join('; ')}`,
      );
    }
    await handle(parsed.data, job);
  };
}

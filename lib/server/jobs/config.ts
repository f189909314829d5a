import 'server-only';

import { z } from 'zod';

import { parseSettings } from '../../validation/env';

// The job queue's settings, next to the queue; same conventions as lib/validation/env.ts.
const jobsEnvSchema = z.object({
  JOBS_WORKER: z
    .enum(['in-process', 'off'], { error: 'must be in-process or off' })
    .default('in-process'),
  JOBS_POLL_INTERVAL_MS: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(50, 'must be at least 50')
    .default(1000),
  // First retry delay; each further try doubles it (30 s, 1, 2, 4 minutes, then failed).
  JOBS_BACKOFF_BASE_MS: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(10, 'must be at least 10')
    .default(30_000),
});

export type JobsEnv = z.infer<typeof jobsEnvSchema>;

export function parseJobsEnv(source: Record<string, string | undefined>): JobsEnv {
  return parseSettings(jobsEnvSchema, source);
}

let cached: JobsEnv | undefined;

export function jobsEnv(): JobsEnv {
  cached ??= parseJobsEnv(process.env);
  return cached;
}

import 'server-only';

import { getDb } from '../database';
import { jobsEnv } from './config';
import type { JobHandlers } from './handler';
import { JobWorker } from './worker';

// Kept on globalThis so that dev-mode reloads do not start a second worker (same as lib/server/database.ts).
const holder = globalThis as typeof globalThis & { __shopJobWorker?: JobWorker };

/**
 * Starts the worker inside the web server process unless JOBS_WORKER=off (then run scripts/worker.ts);
 * with several server processes, in the first one only.
 * If the process is killed mid-job, the job's lease passes and the next worker start runs it again.
 */
export function startInProcessWorker(options: { handlers: JobHandlers }): JobWorker | undefined {
  const config = jobsEnv();
  // `npm start` runs several server processes (scripts/start.mjs); one worker polls for them all.
  const index = process.env.SHOP_SERVER_INDEX;
  if (index !== undefined && index !== '1') return undefined;
  if (config.JOBS_WORKER === 'off') {
    console.log('Jobs: no in-process worker (JOBS_WORKER=off); run scripts/worker.ts');
    return undefined;
  }
  if (!holder.__shopJobWorker) {
    holder.__shopJobWorker = new JobWorker(getDb(), options.handlers, {
      pollIntervalMs: config.JOBS_POLL_INTERVAL_MS,
      backoffBaseMs: config.JOBS_BACKOFF_BASE_MS,
    });
    holder.__shopJobWorker.start();
    console.log(`Jobs: in-process worker polling every ${config.JOBS_POLL_INTERVAL_MS} ms`);
  }
  return holder.__shopJobWorker;
}

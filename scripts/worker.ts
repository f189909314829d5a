// The job worker as its own process: npm run worker (tsx --conditions=react-server scripts/worker.ts)
// (the react-server condition resolves 'server-only' to its empty module, as inside Next's server).
// Safe next to the in-process worker or other copies of itself: each job is claimed by one worker.
import { openDatabase } from '../db/connection';
import { shopJobHandlers } from '../lib/server/job-handlers';
import { jobsEnv } from '../lib/server/jobs/config';
import { JobWorker } from '../lib/server/jobs/worker';
import { describeMailTransport } from '../lib/server/mail/transport';
import { EnvError, env } from '../lib/validation/env';
import { mailEnv } from '../lib/validation/mail-env';

/** How long a stop waits for the current job before leaving it to the lease. */
const STOP_GRACE_MS = 20_000;

function readConfig() {
  try {
    return { shop: env(), jobs: jobsEnv(), mail: mailEnv() };
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const db = openDatabase(config.shop.DATABASE_PATH);
const worker = new JobWorker(db, shopJobHandlers(), {
  pollIntervalMs: config.jobs.JOBS_POLL_INTERVAL_MS,
  backoffBaseMs: config.jobs.JOBS_BACKOFF_BASE_MS,
});
console.log(`Database: ${config.shop.DATABASE_PATH}`);
console.log(describeMailTransport(config.mail));
worker.start();
console.log(
  `Jobs: worker ${worker.workerId} polling every ${config.jobs.JOBS_POLL_INTERVAL_MS} ms`,
);

let stopping = false;
async function shutDown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) {
    // A second Ctrl-C means "now": the running job is left to its lease.
    process.exit(130);
  }
  stopping = true;
  console.log(`Jobs: ${signal} received, finishing the current job (up to ${STOP_GRACE_MS} ms)`);
  const result = await worker.stop({ graceMs: STOP_GRACE_MS });
  if (result === 'abandoned') console.log('Jobs: a job was still running; it will run again');
  db.$client.close();
  process.exit(0);
}

process.on('SIGINT', (signal) => void shutDown(signal));
process.on('SIGTERM', (signal) => void shutDown(signal));

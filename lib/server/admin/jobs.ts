import 'server-only';

import { jobStates, type JobState } from '../../../db/jobs-schema';
import { getDb } from '../database';
import { countByState, listJobs, retry } from '../jobs/queue';

export const JOBS_PAGE_SIZE = 50;

/** The states a job can be in, in the order the monitoring page lists them. */
export { jobStates, type JobState };

/** The monitoring page: the newest jobs in one state, and how many there are in each. */
export async function jobsOverview(state: JobState) {
  const db = getDb();
  const [jobs, counts] = await Promise.all([
    listJobs(db, { state, limit: JOBS_PAGE_SIZE }),
    countByState(db),
  ]);
  return { jobs, counts };
}

/** Gives a failed job a fresh set of tries; false when it is not (or no longer) failed. */
export async function retryJob(id: number): Promise<boolean> {
  return retry(getDb(), id);
}

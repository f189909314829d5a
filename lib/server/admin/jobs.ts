import 'server-only';

import { getDb } from '../../../db/client';
import type { JobState } from '../../../db/jobs-schema';
import { countByState, listJobs, retry } from '../jobs/queue';

export const JOBS_PAGE_SIZE = 50;

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
export function retryJob(id: number): boolean {
  return retry(getDb(), id);
}

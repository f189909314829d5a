import 'server-only';

import { openDatabase } from '../../../db/connection';

/**
 * A migrated shop database for the queue's tests; pass a file path to open one database from two
 * connections (two workers).
 */
export function openJobsTestDb(file = ':memory:') {
  return openDatabase(file);
}

export type JobsTestDb = ReturnType<typeof openJobsTestDb>;

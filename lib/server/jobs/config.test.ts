import { describe, expect, it } from 'vitest';

import { parseJobsEnv } from './config';

describe('parseJobsEnv', () => {
  it('runs the worker in the web process by default, polling every second', () => {
    expect(parseJobsEnv({ JOBS_WORKER: '' })).toEqual({
      JOBS_WORKER: 'in-process',
      JOBS_POLL_INTERVAL_MS: 1000,
      JOBS_BACKOFF_BASE_MS: 30_000,
    });
    expect(
      parseJobsEnv({
        JOBS_WORKER: 'off',
        JOBS_POLL_INTERVAL_MS: '200',
        JOBS_BACKOFF_BASE_MS: '50',
      }),
    ).toEqual({
      JOBS_WORKER: 'off',
      JOBS_POLL_INTERVAL_MS: 200,
      JOBS_BACKOFF_BASE_MS: 50,
    });
  });

  it('says what is wrong', () => {
    expect(() => parseJobsEnv({ JOBS_WORKER: 'celery' })).toThrow(
      /JOBS_WORKER must be in-process or off/,
    );
    expect(() => parseJobsEnv({ JOBS_POLL_INTERVAL_MS: '5' })).toThrow(
      /JOBS_POLL_INTERVAL_MS must be at least 50/,
    );
  });
});

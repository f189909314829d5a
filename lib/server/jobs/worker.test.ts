import { setTimeout as sleep } from 'node:timers/promises';

import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { jobs, type Job } from '../../../db/jobs-schema';
import { defineJobHandler, type JobHandlers } from './handler';
import { claimNext, enqueue } from './queue';
import { runDueJobsNow, silentLogger } from './run-job';
import { openJobsTestDb, type JobsTestDb } from './test-db';
import { JobWorker } from './worker';

const T0 = new Date('2026-01-01T12:00:00Z');

async function waitFor(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(5);
  }
}

const onlyJob = (db: JobsTestDb): Job | undefined => db.select().from(jobs).get();

describe('runDueJobsNow', () => {
  it('retries a throwing handler with growing backoff, then fails it with its last error', async () => {
    const db = openJobsTestDb();
    let calls = 0;
    const handlers: JobHandlers = {
      flaky: async () => {
        calls += 1;
        throw new Error(`smtp down (try ${calls})`);
      },
    };
    enqueue(db, { type: 'flaky', payload: {}, runAt: T0 });

    let now = T0;
    const delays: number[] = [];
    for (let round = 0; round < 5; round++) {
      const results = await runDueJobsNow(db, handlers, { now, backoffBaseMs: 60_000 });
      expect(results).toHaveLength(1);
      const job = onlyJob(db);
      if (job?.state !== 'queued') break;
      delays.push(job.runAt.getTime() - now.getTime());
      expect(await runDueJobsNow(db, handlers, { now: new Date(job.runAt.getTime() - 1) })).toEqual(
        [],
      );
      now = job.runAt;
    }
    expect(calls).toBe(5);
    expect(delays).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(onlyJob(db)).toMatchObject({
      state: 'failed',
      attempts: 5,
      lastError: 'Error: smtp down (try 5)',
    });
  });

  it('fails a job whose type has no handler, or whose payload does not fit, saying why', async () => {
    const db = openJobsTestDb();
    const handlers: JobHandlers = {
      greet: defineJobHandler(z.object({ name: z.string() }), async () => {}),
    };
    enqueue(db, { type: 'unknown', payload: {}, runAt: T0, maxAttempts: 1 });
    enqueue(db, { type: 'greet', payload: { name: 42 }, runAt: T0, maxAttempts: 1 });
    const results = await runDueJobsNow(db, handlers, { now: T0 });
    expect(results.map((result) => result.outcome)).toEqual(['failed', 'failed']);
    const errors = db.select({ lastError: jobs.lastError }).from(jobs).all();
    expect(errors[0]?.lastError).toMatch(/no handler for job type "unknown"/);
    expect(errors[1]?.lastError).toMatch(/invalid payload: name .*expected string/);
  });
});

describe('JobWorker', () => {
  it('polls, runs each job with the handler of its type, and stops when idle', async () => {
    const db = openJobsTestDb();
    const seen: unknown[] = [];
    const handlers: JobHandlers = { note: async (job) => void seen.push(job.payload) };
    const worker = new JobWorker(db, handlers, { pollIntervalMs: 10, logger: silentLogger });
    worker.start();
    enqueue(db, { type: 'note', payload: { n: 1 } });
    enqueue(db, { type: 'note', payload: { n: 2 } });
    await waitFor(() => seen.length === 2);
    expect(await worker.stop()).toBe('finished');
    expect(worker.running).toBe(false);
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
    expect(db.select({ state: jobs.state }).from(jobs).all()).toEqual([
      { state: 'done' },
      { state: 'done' },
    ]);
  });

  it('renews the lease while a long job runs, so no other worker takes it', async () => {
    const db = openJobsTestDb();
    let release = () => {};
    const handlers: JobHandlers = { slow: () => new Promise((resolve) => (release = resolve)) };
    const worker = new JobWorker(db, handlers, {
      pollIntervalMs: 5,
      leaseMs: 60,
      logger: silentLogger,
    });
    enqueue(db, { type: 'slow', payload: {} });
    worker.start();
    await waitFor(() => onlyJob(db)?.state === 'running');
    await sleep(200);
    expect(claimNext(db, 'other', new Date())).toBeUndefined();
    release();
    expect(await worker.stop()).toBe('finished');
    expect(onlyJob(db)).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('on stop, finishes the current job within the grace time', async () => {
    const db = openJobsTestDb();
    const handlers: JobHandlers = { slow: () => sleep(100) };
    const worker = new JobWorker(db, handlers, { pollIntervalMs: 5, logger: silentLogger });
    enqueue(db, { type: 'slow', payload: {} });
    worker.start();
    await waitFor(() => onlyJob(db)?.state === 'running');
    expect(await worker.stop({ graceMs: 2000 })).toBe('finished');
    expect(onlyJob(db)?.state).toBe('done');
  });

  it('abandons a job that outlasts the grace time; once the lease passes, it runs again', async () => {
    const db = openJobsTestDb();
    let release = () => {};
    const stuck: JobHandlers = { stuck: () => new Promise((resolve) => (release = resolve)) };
    const worker = new JobWorker(db, stuck, {
      workerId: 'stopped',
      pollIntervalMs: 5,
      leaseMs: 80,
      logger: silentLogger,
    });
    enqueue(db, { type: 'stuck', payload: {} });
    worker.start();
    await waitFor(() => onlyJob(db)?.state === 'running');
    expect(await worker.stop({ graceMs: 20 })).toBe('abandoned');
    expect(onlyJob(db)).toMatchObject({ state: 'running', lockedBy: 'stopped' });

    const lockedUntil = onlyJob(db)?.lockedUntil?.getTime() ?? 0;
    await waitFor(() => Date.now() > lockedUntil + 100);
    expect(onlyJob(db)?.lockedUntil?.getTime()).toBe(lockedUntil);

    const rerun = await runDueJobsNow(db, { stuck: async () => {} }, { workerId: 'next' });
    expect(rerun.map((result) => result.outcome)).toEqual(['done']);
    expect(onlyJob(db)).toMatchObject({ state: 'done', attempts: 2 });
    release();
  });
});

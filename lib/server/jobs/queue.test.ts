import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { jobs } from '../../../db/jobs-schema';
import {
  claimNext,
  complete,
  countByState,
  enqueue,
  extendLease,
  fail,
  listJobs,
  retry,
} from './queue';
import { openJobsTestDb } from './test-db';

const T0 = new Date('2026-01-01T12:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('enqueue', () => {
  it('leaves no job when the transaction that recorded it throws', () => {
    const db = openJobsTestDb();
    expect(() =>
      db.transaction((tx) => {
        enqueue(tx, { type: 'mail.send', payload: { orderId: 1 }, runAt: T0 });
        throw new Error('the order insert failed');
      }),
    ).toThrow('the order insert failed');
    expect(db.select().from(jobs).all()).toEqual([]);
  });

  it('keeps the job when the transaction commits, with its payload as JSON', () => {
    const db = openJobsTestDb();
    const job = db.transaction((tx) =>
      enqueue(tx, { type: 'mail.send', payload: { orderId: 7, to: ['a@b.c'] }, runAt: T0 }),
    );
    const stored = db.select().from(jobs).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      id: job.id,
      state: 'queued',
      attempts: 0,
      maxAttempts: 5,
      payload: { orderId: 7, to: ['a@b.c'] },
    });
    const raw = db.$client.prepare('select payload from jobs').get() as { payload: string };
    expect(JSON.parse(raw.payload)).toEqual({ orderId: 7, to: ['a@b.c'] });
  });
});

describe('claimNext', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('gives two workers on two connections distinct jobs, each exactly once', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'jobs-'));
    folders.push(folder);
    const file = path.join(folder, 'shop.db');
    const first = openJobsTestDb(file);
    const second = openJobsTestDb(file);
    for (let n = 0; n < 6; n++) enqueue(first, { type: 't', payload: { n }, runAt: T0 });

    const claimed: Array<{ worker: string; id: number }> = [];
    for (let round = 0; round < 4; round++) {
      for (const [worker, db] of [
        ['a', first],
        ['b', second],
      ] as const) {
        const job = claimNext(db, worker, at(1000));
        if (job) claimed.push({ worker, id: job.id });
      }
    }
    const ids = claimed.map((claim) => claim.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    expect(claimed.filter((claim) => claim.worker === 'b')).toHaveLength(3);
    const owners = second.select({ lockedBy: jobs.lockedBy, state: jobs.state }).from(jobs).all();
    expect(owners.every((row) => row.state === 'running')).toBe(true);
    first.$client.close();
    second.$client.close();
  });

  it('waits for run_at and takes the oldest due job first', () => {
    const db = openJobsTestDb();
    const later = enqueue(db, { type: 't', payload: 1, runAt: at(5000) });
    const sooner = enqueue(db, { type: 't', payload: 2, runAt: T0 });
    expect(claimNext(db, 'w', at(-1))).toBeUndefined();
    expect(claimNext(db, 'w', at(0))?.id).toBe(sooner.id);
    expect(claimNext(db, 'w', at(4999))).toBeUndefined();
    expect(claimNext(db, 'w', at(5000))?.id).toBe(later.id);
  });

  it('claims again a running job whose worker stopped mid-job once its lease has passed', () => {
    const db = openJobsTestDb();
    const job = enqueue(db, { type: 't', payload: 1, runAt: T0 });
    const first = claimNext(db, 'dead-worker', T0, { leaseMs: 60_000 });
    expect(first).toMatchObject({ id: job.id, attempts: 1, lockedBy: 'dead-worker' });

    expect(claimNext(db, 'other', at(59_999))).toBeUndefined();
    const again = claimNext(db, 'other', at(60_000));
    expect(again).toMatchObject({ id: job.id, state: 'running', attempts: 2, lockedBy: 'other' });

    // The presumed-dead worker comes back late: its result no longer counts.
    expect(complete(db, job.id, 'dead-worker', at(61_000))).toBe(false);
    expect(extendLease(db, job.id, 'dead-worker', at(120_000))).toBe(false);
    expect(complete(db, job.id, 'other', at(61_000))).toBe(true);
    expect(db.select().from(jobs).get()).toMatchObject({ state: 'done', lockedBy: null });
  });

  it('fails, instead of re-running, a job whose worker died during its last try', () => {
    const db = openJobsTestDb();
    enqueue(db, { type: 't', payload: 1, runAt: T0, maxAttempts: 1 });
    expect(claimNext(db, 'w', T0, { leaseMs: 1000 })).toBeDefined();
    expect(claimNext(db, 'w2', at(1000))).toBeUndefined();
    expect(db.select().from(jobs).get()).toMatchObject({
      state: 'failed',
      lastError: expect.stringMatching(/lease expired/),
    });
  });
});

describe('fail and retry', () => {
  it('backs off 1×, 2×, 4×, 8× the base, then fails with the last error; retry starts over', () => {
    const db = openJobsTestDb();
    const { id } = enqueue(db, { type: 't', payload: 1, runAt: T0 });
    let now = T0;
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      const job = claimNext(db, 'w', now);
      expect(job?.attempts).toBe(attempt);
      if (!job) return;
      const outcome = fail(db, job, 'w', new Error(`boom ${attempt}`), now, {
        backoffBaseMs: 1000,
      });
      expect(outcome).toBe(attempt < 5 ? 'retrying' : 'failed');
      const row = db.select().from(jobs).get();
      if (outcome === 'retrying' && row) {
        delays.push(row.runAt.getTime() - now.getTime());
        now = row.runAt;
      }
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000]);
    expect(db.select().from(jobs).get()).toMatchObject({
      state: 'failed',
      attempts: 5,
      lastError: 'Error: boom 5',
    });
    expect(claimNext(db, 'w', at(86_400_000))).toBeUndefined();

    expect(retry(db, id, at(100_000))).toBe(true);
    expect(retry(db, id, at(100_000))).toBe(false);
    expect(claimNext(db, 'w', at(100_000))).toMatchObject({ id, attempts: 1, state: 'running' });
  });
});

describe('monitoring', () => {
  it('lists by state, newest first, and counts every state', async () => {
    const db = openJobsTestDb();
    const ids = [1, 2, 3, 4].map((n) => enqueue(db, { type: 't', payload: n, runAt: T0 }).id);
    const claimed = claimNext(db, 'w', T0);
    if (claimed) complete(db, claimed.id, 'w', T0);
    claimNext(db, 'w', T0);

    expect(await countByState(db)).toEqual({ queued: 2, running: 1, done: 1, failed: 0 });
    const queued = await listJobs(db, { state: 'queued', limit: 10 });
    expect(queued.map((job) => job.id)).toEqual([ids[3], ids[2]]);
    const page = await listJobs(db, { limit: 2, offset: 1 });
    expect(page.map((job) => job.id)).toEqual([ids[2], ids[1]]);
  });
});

import 'server-only';

import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

import type { Job } from '../../../db/jobs-schema';
import type { JobHandlers } from './handler';
import { claimNext, DEFAULT_LEASE_MS, extendLease, type JobsDatabase } from './queue';
import { runClaimedJob, type JobLogger, type RunContext } from './run-job';

export interface WorkerOptions {
  workerId?: string;
  /** How long an idle worker waits before looking for due jobs again. */
  pollIntervalMs?: number;
  /** How long a job stays ours without a sign of life; renewed every third of it while it runs. */
  leaseMs?: number;
  /** First retry delay; each further one doubles it. */
  backoffBaseMs?: number;
  logger?: JobLogger;
  now?: () => Date;
}

export type StopResult = 'finished' | 'abandoned';

/** Polls the jobs table and runs one job at a time, by type, with the given handlers. */
export class JobWorker {
  readonly workerId: string;
  private readonly pollIntervalMs: number;
  private readonly leaseMs: number;
  private readonly context: RunContext;
  private loop: Promise<void> | undefined;
  private stopping = false;
  private wake: (() => void) | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private lastClaimError: string | undefined;

  constructor(
    private readonly db: JobsDatabase,
    private readonly handlers: JobHandlers,
    options: WorkerOptions = {},
  ) {
    this.workerId =
      options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.context = {
      workerId: this.workerId,
      backoffBaseMs: options.backoffBaseMs ?? 30_000,
      logger: options.logger ?? console,
      now: options.now ?? (() => new Date()),
    };
  }

  get running(): boolean {
    return this.loop !== undefined;
  }

  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run().finally(() => {
      this.loop = undefined;
    });
  }

  /**
   * Stops polling and waits up to `graceMs` for the current job. A job still running then is
   * abandoned: its lease is no longer renewed, so once it passes another worker runs the job again.
   */
  async stop({ graceMs = 10_000 }: { graceMs?: number } = {}): Promise<StopResult> {
    this.stopping = true;
    this.wake?.();
    const loop = this.loop;
    if (!loop) return 'finished';
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'abandoned'>((resolve) => {
      timer = setTimeout(() => resolve('abandoned'), graceMs);
    });
    const result = await Promise.race([loop.then(() => 'finished' as const), timedOut]);
    clearTimeout(timer);
    if (result === 'abandoned') this.stopHeartbeat();
    return result;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      const job = this.claim();
      if (job) await this.runWithHeartbeat(job);
      else await this.sleep();
    }
  }

  private claim(): Job | undefined {
    try {
      const job = claimNext(this.db, this.workerId, this.context.now(), { leaseMs: this.leaseMs });
      this.lastClaimError = undefined;
      return job;
    } catch (error) {
      // A locked or missing table must not kill the worker: say so once and keep looking.
      const message = String(error);
      if (message !== this.lastClaimError) this.context.logger.error('jobs: cannot claim', error);
      this.lastClaimError = message;
      return undefined;
    }
  }

  private async runWithHeartbeat(job: Job): Promise<void> {
    this.heartbeat = setInterval(() => this.renewLease(job.id), Math.max(1, this.leaseMs / 3));
    try {
      await runClaimedJob(this.db, job, this.handlers, this.context);
    } finally {
      this.stopHeartbeat();
    }
  }

  private renewLease(id: number): void {
    try {
      const until = new Date(this.context.now().getTime() + this.leaseMs);
      if (!extendLease(this.db, id, this.workerId, until)) {
        this.context.logger.warn(`job ${id}: lease lost; another worker may run it again`);
        this.stopHeartbeat();
      }
    } catch (error) {
      this.context.logger.error(`job ${id}: could not renew the lease`, error);
    }
  }

  private stopHeartbeat(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.pollIntervalMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}

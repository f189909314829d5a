import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';

// A database file of its own, shared with the worker process this test starts.
const dir = await vi.hoisted(async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const { join } = await import('node:path');
  const created = fs.mkdtempSync(join(os.tmpdir(), 'worker-process-'));
  process.env.DATABASE_PATH = join(created, 'shop.db');
  return created;
});

import { getDb } from '../lib/server/database';
import { jobs } from '../db/schema';
import { insertTestOrder } from '../lib/testing/test-orders';
import { enqueueInvoiceMail } from '../lib/server/mail/invoice-mail';
import { enqueueOrderConfirmation } from '../lib/server/mail/mail-jobs';

const root = path.resolve(import.meta.dirname, '..');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run worker', { timeout: 90_000 }, () => {
  it('runs in its own process and sends the order e-mails, the PDF invoice included', async () => {
    const orderId = insertTestOrder('ru', 'Анна');
    const ids = [
      enqueueOrderConfirmation(getDb(), orderId).id,
      enqueueInvoiceMail(getDb(), orderId).id,
    ];
    const outbox = mkdtempSync(path.join(tmpdir(), 'worker-outbox-'));
    // As `npm run worker` starts it (package.json).
    const worker = spawn(
      path.join(root, 'node_modules/.bin/tsx'),
      ['--conditions=react-server', 'scripts/worker.ts'],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: 'development',
          MAIL_OUTBOX_DIR: outbox,
          JOBS_POLL_INTERVAL_MS: '200',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    worker.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    worker.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const deadline = Date.now() + 60_000;
      const states = () =>
        getDb()
          .select({ state: jobs.state, lastError: jobs.lastError })
          .from(jobs)
          .where(inArray(jobs.id, ids))
          .all();
      while (states().some((job) => job.state !== 'done') && Date.now() < deadline) {
        if (worker.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(states(), output).toEqual([
        { state: 'done', lastError: null },
        { state: 'done', lastError: null },
      ]);
      expect(readdirSync(outbox).filter((file) => file.endsWith('.eml'))).toHaveLength(2);
    } finally {
      worker.kill('SIGTERM');
      rmSync(outbox, { recursive: true, force: true });
    }
  });
});

// npm run bench:mail — how fast the job worker sends the shop's mail: a temporary database with
// --orders orders (Cyrillic and English, half each), a confirmation and an invoice job for each,
// and one JobWorker with the shop's own handlers and SMTP transport sending to an SMTP server on
// loopback (the one npm run loadtest uses). Prints jobs a second and the time per job of each
// kind (render and send; the invoice's includes its PDF). Not part of npm test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

import { startMailSink } from './loadtest/mail-sink';

const { values } = parseArgs({
  options: { orders: { type: 'string', default: '200' } },
});
const ORDERS = Number(values.orders);
if (!Number.isSafeInteger(ORDERS) || ORDERS < 1) throw new Error('--orders: a whole number ≥ 1');

const dir = mkdtempSync(path.join(tmpdir(), 'myshop-bench-mail-'));
const sink = await startMailSink();
process.env.DATABASE_PATH = path.join(dir, 'shop.db');
process.env.SMTP_HOST = '127.0.0.1';
process.env.SMTP_PORT = String(sink.port);
process.env.SMTP_SECURE = 'false';

const { getDb } = await import('../lib/server/database');
const { insertTestOrder } = await import('../lib/testing/test-orders');
const { enqueueOrderConfirmation } = await import('../lib/server/mail/mail-jobs');
const { enqueueInvoiceMail } = await import('../lib/server/mail/invoice-mail');
const { shopJobHandlers } = await import('../lib/server/job-handlers');
const { JobWorker } = await import('../lib/server/jobs/worker');

const db = getDb();
db.transaction(
  (tx) => {
    for (let i = 0; i < ORDERS; i += 1) {
      const id = insertTestOrder(i % 2 === 0 ? 'ru' : 'en', i % 2 === 0 ? 'Анна' : 'Anna');
      enqueueOrderConfirmation(tx, id);
      enqueueInvoiceMail(tx, id);
    }
  },
  { behavior: 'immediate' },
);

// The shop's handlers, each wrapped to time it.
const spent = new Map<string, number[]>();
const handlers = Object.fromEntries(
  Object.entries(shopJobHandlers()).map(([type, handler]) => [
    type,
    async (...args: Parameters<typeof handler>) => {
      const started = performance.now();
      await handler(...args);
      const times = spent.get(type) ?? [];
      times.push(performance.now() - started);
      spent.set(type, times);
    },
  ]),
);

const total = ORDERS * 2;
const sent = () => [...spent.values()].reduce((sum, times) => sum + times.length, 0);
const worker = new JobWorker(db, handlers, { pollIntervalMs: 10 });
const started = performance.now();
worker.start();
while (sent() < total) await new Promise((resolve) => setTimeout(resolve, 20));
const seconds = (performance.now() - started) / 1000;
await worker.stop({ graceMs: 5_000 });

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(
  `npm run bench:mail — ${new Date().toISOString()}, ${ORDERS} orders, node ${process.version}`,
);
console.log(
  `${total} jobs in ${seconds.toFixed(1)} s: ${(total / seconds).toFixed(1)} jobs/s, ` +
    `${sink.messageIds.length} mails received`,
);
for (const [type, times] of spent) {
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  console.log(
    `${type.padEnd(24)} ${String(times.length).padStart(5)} jobs, ` +
      `mean ${mean.toFixed(1)} ms, median ${median(times)!.toFixed(1)} ms`,
  );
}
await sink.close();
db.$client.close();
rmSync(dir, { recursive: true, force: true });

// npm run loadtest — the load-and-fault suite of issue 17 (not part of npm test): many simulated
// shoppers, as browsers without JavaScript (form posts) and with it (server actions called as
// Next's client calls them), browse, add, change, check out and pay with the test card against
// the production build (one process per core, a fresh database, loopback only), optionally with
// one fault struck mid-load; then it prints req/s, p50/p99 and errors per step and way, and checks
// the database (scripts/loadtest/db-checks.ts). Exit code 1 when a check fails. It stops all it
// started.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import Database from 'better-sqlite3';

import { processesInGroup, startShop, type ShopServer } from './bench/processes';
import { baseline, checkDatabase, pendingJobs } from './loadtest/db-checks';
import {
  FAULTS,
  jobWorkerProcess,
  startBusyWriter,
  waitForRunningJob,
  type Fault,
} from './loadtest/faults';
import { startMailSink, type MailSink } from './loadtest/mail-sink';
import { ScriptCache } from './loadtest/js-journey';
import { runShopper, usesJavaScript, type ShopperOutcome } from './loadtest/shopper';
import { formatSteps, pairStyles, summarize, type Sample } from './loadtest/stats';

const USAGE = `npm run loadtest -- [options]
  --shoppers N          simulated shoppers at once (default 100)
  --js-share X          share of them whose browser runs JavaScript, 0 to 1 (default 0.5): they
                        call the server actions as Next's client does (POST with Next-Action,
                        answered 200 with an RSC payload); the others post forms (answered 303)
  --seconds S           seconds of load (default 60)
  --fault F             one fault mid-load: ${FAULTS.join(' | ')}
  --smtp-down-seconds S how long the SMTP server stays down with --fault smtp-down (default 60)
  --busy-hold-ms MS     how long the second writer holds each write transaction (default 3000)
  --drain-seconds S     longest wait for the job queue to drain after the load (default 150)
WEB_CONCURRENCY sets the shop's processes (default: one per core).`;

function parseArguments() {
  try {
    return parseArgs({
      options: {
        shoppers: { type: 'string', default: '100' },
        'js-share': { type: 'string', default: '0.5' },
        seconds: { type: 'string', default: '60' },
        fault: { type: 'string' },
        'smtp-down-seconds': { type: 'string', default: '60' },
        'busy-hold-ms': { type: 'string', default: '3000' },
        'drain-seconds': { type: 'string', default: '150' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    process.exit(2);
  }
}

const args = parseArguments();
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
function whole(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number above 0, not ${text}\n\n${USAGE}`);
    process.exit(2);
  }
  return value;
}
const shoppers = whole('shoppers', args.shoppers);
const seconds = whole('seconds', args.seconds);
const jsShare = Number(args['js-share']);
if (args['js-share'].trim() === '' || !(jsShare >= 0 && jsShare <= 1)) {
  console.error(`--js-share must be a number from 0 to 1, not ${args['js-share']}\n\n${USAGE}`);
  process.exit(2);
}
const smtpDownS = whole('smtp-down-seconds', args['smtp-down-seconds']);
const busyHoldMs = whole('busy-hold-ms', args['busy-hold-ms']);
const drainS = whole('drain-seconds', args['drain-seconds']);
const fault = args.fault as Fault | undefined;
if (fault !== undefined && !FAULTS.includes(fault)) {
  console.error(`--fault must be one of ${FAULTS.join(', ')}, not ${args.fault}`);
  process.exit(2);
}

const BUNDLE = path.join(process.cwd(), '.next', 'standalone', 'shop-server.mjs');
if (!existsSync(BUNDLE)) {
  console.error(
    'No production build (.next/standalone/shop-server.mjs): run `npm run build` first.',
  );
  process.exit(1);
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const started = Date.now();
const log = (text: string) =>
  console.error(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${text}`);
let keepDir = false;
const cleanups: (() => Promise<unknown> | void)[] = [];
async function shutdown(code: number): Promise<never> {
  for (const cleanup of cleanups.splice(0).reverse())
    await Promise.resolve(cleanup()).catch(() => {});
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(130));
process.once('SIGTERM', () => void shutdown(143));

/** One fault, struck a third of the way in (the SMTP outage: a quarter). */
async function strike(
  kind: Fault,
  context: { shop: () => ShopServer; restart: () => Promise<void>; sink: MailSink; dbPath: string },
): Promise<void> {
  if (kind === 'kill-server') {
    await delay((seconds * 1000) / 3);
    const pid = context.shop().pid;
    log(`fault: SIGKILL to every shop process (group ${pid}), then a fresh start`);
    process.kill(-pid, 'SIGKILL');
    const down = Date.now();
    await context.restart();
    log(`fault: the shop answers again after ${((Date.now() - down) / 1000).toFixed(1)} s`);
  } else if (kind === 'kill-worker') {
    await delay((seconds * 1000) / 3);
    const pid = jobWorkerProcess(context.shop().pid);
    if (pid === undefined)
      throw new Error('no server process with SHOP_SERVER_INDEX=1 (one process only?)');
    const job = await waitForRunningJob(context.dbPath, 20_000);
    if (job === undefined) throw new Error('no job ran within 20 s: nothing to kill mid-job');
    process.kill(pid, 'SIGKILL');
    log(
      `fault: SIGKILL to the job worker's process ${pid} while job ${job} ran (start.mjs starts another; the job's 60 s lease passes before it runs again)`,
    );
  } else if (kind === 'smtp-down') {
    await delay((seconds * 1000) / 4);
    await context.sink.down();
    log(`fault: SMTP server down for ${smtpDownS} s`);
    await delay(smtpDownS * 1000);
    await context.sink.up();
    log('fault: SMTP server back');
  } else {
    await delay((seconds * 1000) / 4);
    log(`fault: a second writer holds write transactions of ${busyHoldMs} ms for half the run`);
    const writer = startBusyWriter(context.dbPath, busyHoldMs, 500);
    cleanups.push(() => writer.stop());
    await delay((seconds * 1000) / 2);
    log(`fault: the second writer stops after ${await writer.stop()} transaction(s)`);
  }
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'myshop-loadtest-'));
  cleanups.push(() => {
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
  });
  const dbPath = path.join(dir, 'shop.db');
  // With kill-worker the SMTP sink holds each mail a moment, so that a job is caught mid-send.
  const sink = await startMailSink({ holdMs: fault === 'kill-worker' ? 300 : 0 });
  cleanups.push(() => sink.close());
  if (existsSync('.env')) process.loadEnvFile('.env');
  const high = '100000';
  const shopEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_PATH: dbPath,
    MEDIA_ROOT: path.join(dir, 'media'),
    SEED_ON_START: 'true',
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    PAYMENT_TEST_GATEWAY: 'true',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    MAIL_FROM: 'myshop <shop@loadtest.example>',
    // Every shopper comes from 127.0.0.1: the per-address budgets would stop the crowd.
    ORDERS_PER_ADDRESS_PER_HOUR: high,
    ORDERS_PER_EMAIL_PER_HOUR: high,
    ORDER_MAILS_PER_EMAIL_PER_HOUR: high,
    PASSWORD_CHECKS_PER_ADDRESS_PER_HOUR: high,
    REGISTRATIONS_PER_ADDRESS_PER_HOUR: high,
    REGISTRATIONS_PER_EMAIL_PER_HOUR: high,
    // Retries 5, 10, 20, 40 s after a failed send: a minute without SMTP loses nothing.
    JOBS_BACKOFF_BASE_MS: '5000',
    JOBS_POLL_INTERVAL_MS: '200',
  };
  for (const key of ['SMTP_USER', 'SMTP_PASSWORD', 'SMTP_SECURE', 'TRUST_PROXY'])
    delete shopEnv[key];

  const logFile = path.join(dir, 'shop.log');
  let shop = await startShop(shopEnv, logFile);
  cleanups.push(() => shop.stop());
  const processes = processesInGroup(shop.pid);
  log(
    `shop on 127.0.0.1:${shop.port}, ${processes ?? '?'} process(es) in its group; SMTP sink on ${sink.port}`,
  );
  const restart = async () => {
    await shop.stop();
    shop = await startShop(shopEnv, logFile);
  };

  // The first render of each page is slow (a cold process): not what the crowd should measure.
  for (const page of ['/en', '/ru', '/en/cart', '/ru/cart', '/en/checkout', '/ru/checkout'])
    await fetch(`http://127.0.0.1:${shop.port}${page}`).catch(() => undefined);
  const before = new Database(dbPath, { readonly: true });
  const since = baseline(before);
  before.close();

  const samples: Sample[] = [];
  const until = Date.now() + seconds * 1000;
  const styles = Array.from({ length: shoppers }, (_, index) =>
    usesJavaScript(index, jsShare) ? ('js' as const) : ('form' as const),
  );
  const jsShoppers = styles.filter((style) => style === 'js').length;
  log(
    `${shoppers} shoppers (${jsShoppers} with JavaScript, ${shoppers - jsShoppers} without) for ${seconds} s${fault ? `, fault ${fault}` : ''}`,
  );
  const scripts = new ScriptCache();
  const loadStart = performance.now();
  const faultDone = fault
    ? strike(fault, { shop: () => shop, restart, sink, dbPath })
    : Promise.resolve();
  const outcomes: ShopperOutcome[] = await Promise.all(
    styles.map((style, index) =>
      runShopper(
        index,
        style,
        () => `http://127.0.0.1:${shop.port}`,
        (sample) => samples.push(sample),
        until,
        scripts,
      ),
    ),
  );
  const loadSeconds = (performance.now() - loadStart) / 1000;
  await faultDone;

  log('load over; waiting for the job queue to drain');
  const watch = new Database(dbPath, { readonly: true });
  const drainDeadline = Date.now() + drainS * 1000;
  let pending = pendingJobs(watch);
  while (pending > 0 && Date.now() < drainDeadline) {
    await delay(1000);
    pending = pendingJobs(watch);
  }
  watch.close();
  log(pending === 0 ? 'queue drained' : `${pending} job(s) still pending after ${drainS} s`);
  await shop.stop();

  const db = new Database(dbPath, { readonly: true });
  const report = checkDatabase(db, sink.messageIds, since);
  db.close();

  const journeys = outcomes.reduce((sum, outcome) => sum + outcome.journeys, 0);
  const placed = outcomes.reduce((sum, outcome) => sum + outcome.orders.length, 0);
  const failures = new Map<string, number>();
  for (const outcome of outcomes)
    for (const [reason, count] of outcome.failures)
      failures.set(reason, (failures.get(reason) ?? 0) + count);

  console.log(
    `\nnpm run loadtest — ${new Date().toISOString()}, ${shoppers} shoppers (${jsShoppers} with JavaScript), ${seconds} s` +
      `${fault ? `, fault ${fault}` : ''}; ${os.availableParallelism()} cores, ` +
      `${processes ?? '?'} shop process(es) in its group, node ${process.version}\n`,
  );
  console.log(formatSteps(pairStyles(summarize(samples, loadSeconds)), loadSeconds));
  console.log(
    `\njourneys ${journeys}, paid orders seen by shoppers ${placed}, failed journeys ${journeys - placed}`,
  );
  for (const style of ['form', 'js'] as const) {
    const mine = outcomes.filter((outcome) => outcome.style === style);
    const tried = mine.reduce((sum, outcome) => sum + outcome.journeys, 0);
    const paid = mine.reduce((sum, outcome) => sum + outcome.orders.length, 0);
    console.log(
      `  ${style === 'js' ? 'with JavaScript   ' : 'without JavaScript'}: ${mine.length} shoppers, journeys ${tried}, paid ${paid}, failed ${tried - paid}`,
    );
  }
  for (const [reason, count] of [...failures].sort((a, b) => b[1] - a[1]).slice(0, 8))
    console.log(`  ${String(count).padStart(5)} × ${reason}`);
  console.log(
    `\ndatabase: ${report.orders} orders, ${report.paidOrders} paid; jobs ${JSON.stringify(report.jobs)}, ` +
      `${report.retriedJobs} tried more than once; ` +
      `mails delivered ${sink.messageIds.length}${sink.withoutId ? ` (+${sink.withoutId} without Message-ID)` : ''}`,
  );
  for (const note of report.notes) console.log(`note: ${note}`);
  if (report.paidOrders < placed)
    report.problems.push(
      `${placed - report.paidOrders} order(s) shown paid to shoppers but not paid in the database`,
    );
  if (report.problems.length === 0) console.log('checks: all passed');
  for (const problem of report.problems) console.log(`CHECK FAILED: ${problem}`);
  if (report.problems.length > 0) {
    keepDir = true;
    console.log(`the shop's database and log, kept: ${dir}`);
  }
  return report.problems.length === 0 ? 0 : 1;
}

const budgetMs = (seconds + drainS + 300 + (fault === 'smtp-down' ? smtpDownS : 0)) * 1000;
setTimeout(() => {
  console.error(`loadtest took longer than ${budgetMs / 1000} s: stopping.`);
  void shutdown(1);
}, budgetMs).unref();

main().then(
  (code) => shutdown(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return shutdown(1);
  },
);

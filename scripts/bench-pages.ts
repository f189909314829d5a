// npm run bench:pages — the benchmark issue "Speed" is judged by: req/s and latency of the shop's
// main pages and of the cart's no-JavaScript form post, each beside "the limit", a bare node:http
// server answering with the very same bytes under the same load (ARCHITECTURE.md, point 12).
// It serves the existing production build as `npm start` does, on a fresh seeded database, on
// 127.0.0.1 only, and stops everything it started when it ends (Ctrl-C included).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { measure } from './bench/load';
import { machineFacts } from './bench/machine';
import { formatTable, fractionOfLimit, listPagesOverBudget, type PageResult } from './bench/report';
import {
  fetchOnce,
  processesInGroup,
  settle,
  startBareServer,
  startShop,
  type Fetched,
} from './bench/processes';
import { prepareTargets } from './bench/targets';

const USAGE = `npm run bench:pages -- [options]
  --products N      products in the fresh catalog (default 200; 100000 for a big shop)
  --duration S      seconds of load per target, for the shop and for the limit (default 10)
  --connections C   concurrent connections (default 16)
  --warmup S        seconds of unmeasured load before each measured run (default 2)
  --json FILE       also write the figures and the machine's facts to FILE
  --build           run \`npm run build\` first when there is no production build
  --only TEXT       load only the targets whose name contains TEXT (e.g. cart, POST)
WEB_CONCURRENCY is passed on to the shop (processes of \`npm start\`).`;

function parseArguments() {
  try {
    return parseArgs({
      options: {
        products: { type: 'string', default: '200' },
        duration: { type: 'string', default: '10' },
        connections: { type: 'string', default: '16' },
        warmup: { type: 'string', default: '2' },
        json: { type: 'string' },
        build: { type: 'boolean', default: false },
        only: { type: 'string' },
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

function positiveInteger(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0 || (value === 0 && name !== 'warmup')) {
    console.error(`--${name} must be a whole number above 0, not ${text}`);
    process.exit(2);
  }
  return value;
}

const settings = {
  products: positiveInteger('products', args.products),
  durationS: positiveInteger('duration', args.duration),
  connections: positiveInteger('connections', args.connections),
  warmupS: positiveInteger('warmup', args.warmup),
};

const root = process.cwd();
const STANDALONE = path.join(root, '.next', 'standalone', 'server.js');
const cleanups: (() => Promise<void> | void)[] = [];
let shuttingDown = false;

async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
  }
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(130));
process.once('SIGTERM', () => void shutdown(143));

/** A command of this project, bounded in time; resolves with its exit code. */
function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv, timeoutMs: number) {
  return new Promise<number>((resolve) => {
    const child = spawn(command, commandArgs, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    const timer = setTimeout(() => {
      console.error(`${command} ${commandArgs.join(' ')}: no end after ${timeoutMs / 1000} s`);
      child.kill('SIGKILL');
    }, timeoutMs);
    cleanups.push(() => void child.kill('SIGKILL'));
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
    child.on('error', () => resolve(1));
  });
}

async function ensureBuild() {
  if (existsSync(STANDALONE)) return;
  if (!args.build) {
    console.error(
      'No production build (.next/standalone/server.js): run `npm run build` first, or pass --build.',
    );
    process.exit(1);
  }
  if (
    (await run('npm', ['run', 'build'], process.env, 20 * 60_000)) !== 0 ||
    !existsSync(STANDALONE)
  )
    throw new Error('npm run build failed');
}

/** Seeds N products with the seeding command's --products contract, or says what it got instead. */
async function seed(env: NodeJS.ProcessEnv): Promise<void> {
  const command = ['run', 'db:seed', '--', '--products', String(settings.products)];
  console.error(`$ npm ${command.join(' ')}`);
  const timeoutMs = 120_000 + settings.products * 5;
  if ((await run('npm', command, env, timeoutMs)) === 0) return;
  console.error('WARNING: seeding with --products failed; seeding the sample catalog instead.');
  if ((await run('npm', ['run', 'db:seed'], env, 120_000)) !== 0)
    throw new Error('npm run db:seed failed');
}

async function main() {
  const loadBefore = os.loadavg().map((load) => Number(load.toFixed(2)));
  await ensureBuild();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'myshop-bench-pages-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  // Settings from .env as `npm start` reads them (the real environment wins), then the bench's own.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const shopEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_PATH: path.join(dir, 'shop.db'),
    MEDIA_ROOT: path.join(dir, 'media'),
    MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    PAYMENT_TEST_GATEWAY: 'true',
  };
  await seed(shopEnv);
  // The cookie is sealed here with the server's settings: the same environment, the app's code.
  Object.assign(process.env, shopEnv);

  const shop = await startShop(shopEnv, path.join(dir, 'shop.log'));
  cleanups.push(shop.stop);
  const bare = await startBareServer();
  cleanups.push(bare.stop);
  const shopBase = `http://127.0.0.1:${shop.port}`;
  const { targets, productCount } = await prepareTargets(shopBase, settings.products);

  const results: PageResult[] = [];
  for (const target of targets.filter((each) => !args.only || each.name.includes(args.only))) {
    const sample: Fetched = await fetchOnce(shopBase + target.path, target);
    if (!target.expect(sample.statusCode)) {
      throw new Error(
        `${target.name}: the shop answered ${sample.statusCode}, not what a visitor gets`,
      );
    }
    target.describe?.(sample);
    console.error(`${target.name}: loading the shop, then the limit ...`);
    const measured = await measure(shopBase, target, settings);
    await settle(shopBase);
    await bare.serve(sample);
    const limit = await measure(`http://127.0.0.1:${bare.port}`, target, settings);
    results.push({
      target: target.name,
      ...measured,
      bytes: sample.body.length,
      limitReqPerSec: limit.reqPerSec,
    });
  }

  const facts = {
    ...machineFacts(STANDALONE, processesInGroup(shop.pid)),
    loadavgBefore: loadBefore,
    products: productCount,
  };
  console.log(
    `\nnpm run bench:pages — ${facts.date}, commit ${facts.commit}, build ${facts.build}\n` +
      `machine: ${facts.cpus} cores (${facts.cpuModel}), ${facts.os}, node ${facts.node}, ` +
      `load average ${loadBefore.join(' ')} before, ${facts.loadavgAfter.join(' ')} after\n` +
      `shop: ${facts.shopProcesses ?? '?'} process(es) in its group, WEB_CONCURRENCY ${facts.webConcurrency}, ` +
      `${productCount} products${productCount < settings.products ? ` (asked for ${settings.products}: see the warning above)` : ''}\n` +
      `load: autocannon, ${settings.connections} connections, ${settings.durationS} s per target ` +
      `after ${settings.warmupS} s of warm-up; limit: a bare node:http process serving the same bytes\n`,
  );
  console.log(formatTable(results));
  const silent = results.filter((row) => row.reqPerSec === 0).map((row) => row.target);
  if (silent.length > 0) {
    console.log(
      `\nNo answer within the measured window for: ${silent.join('; ')}. Try a longer --duration.`,
    );
  }
  const overBudget = listPagesOverBudget(results);
  for (const line of overBudget) console.log(`\nOVER BUDGET: ${line}`);
  if (args.json) {
    const rows = results.map((row) => ({ ...row, fractionOfLimit: fractionOfLimit(row) }));
    writeFileSync(args.json, `${JSON.stringify({ ...facts, settings, results: rows }, null, 2)}\n`);
    console.log(`\nWrote ${args.json}`);
  }
  if (overBudget.length > 0) process.exitCode = 1;
}

// Everything is bounded: seeding, start-up and every run have limits; this catches the rest.
const budgetMs =
  30 * 60_000 + settings.products * 5 + 12 * (settings.warmupS + settings.durationS) * 1000;
setTimeout(() => {
  console.error(`bench:pages took longer than ${Math.round(budgetMs / 1000)} s: stopping.`);
  void shutdown(1);
}, budgetMs).unref();

main().then(
  // 1 when a list page is over its budget (listPagesOverBudget).
  () => shutdown(Number(process.exitCode ?? 0)),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return shutdown(1);
  },
);

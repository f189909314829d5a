// The shop as a browser meets it, for npm run bench:js and bench:lighthouse: the production build
// (rebuilt first when it is missing or older than the sources), started as `npm start` runs it on
// 127.0.0.1 with a fresh database of the sample catalog, and a cart cookie with three lines.
// Runs Object.assign(process.env, <the shop's environment>): the cookie is sealed with its secret.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startShop } from './processes';
import { cartCookie, readFixtures } from './targets';

const root = process.cwd();
export const STANDALONE = path.join(root, '.next', 'standalone', 'server.js');
// What a build is made from: when any of it is newer than the build, the build is stale.
const SOURCES = ['app', 'lib', 'db', 'public', 'proxy.ts', 'next.config.mjs', 'package-lock.json'];

function newestSource(entry: string): { file: string; mtimeMs: number } | undefined {
  if (!existsSync(entry)) return undefined;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return { file: entry, mtimeMs: stat.mtimeMs };
  let newest: { file: string; mtimeMs: number } | undefined;
  for (const child of readdirSync(entry)) {
    const found = newestSource(path.join(entry, child));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/** Why the build must be made again, or undefined when it is up to date. */
export function buildIsOutdated(): string | undefined {
  if (!existsSync(STANDALONE)) return 'there is no production build (.next/standalone/server.js)';
  const built = statSync(STANDALONE).mtimeMs;
  for (const source of SOURCES) {
    const newest = newestSource(path.join(root, source));
    if (newest && newest.mtimeMs > built) return `${newest.file} is newer than the build`;
  }
  return undefined;
}

/** A command of this project, bounded in time; resolves with its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number) {
  return new Promise<number>((resolve) => {
    // Its output goes to stderr: stdout is for the figures.
    const child = spawn(command, args, { env, stdio: ['ignore', 2, 2] });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code ?? 1);
    });
    child.on('error', () => resolve(1));
  });
}

/** Builds when the build is missing or stale (`reuse` keeps a stale one); says which it did. */
export async function ensureFreshBuild(reuse: boolean): Promise<string> {
  const outdated = buildIsOutdated();
  if (!outdated) return 'the existing production build (newer than every source)';
  if (reuse && existsSync(STANDALONE)) return `the existing production build, although ${outdated}`;
  console.error(`${outdated}: running npm run build ...`);
  if ((await run('npm', ['run', 'build'], process.env, 20 * 60_000)) !== 0)
    throw new Error('npm run build failed');
  return `a production build made now (${outdated})`;
}

export type BuiltShop = {
  base: string;
  productPath: string;
  /** The session cookie of a visitor with three lines in the cart ("name=value"). */
  cartCookie: string;
  stop: () => Promise<void>;
};

/** The built shop on a free loopback port, on a fresh sample catalog; `stop` removes it all. */
export async function startBuiltShop(label: string): Promise<BuiltShop> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `myshop-${label}-`));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  if (existsSync('.env')) process.loadEnvFile('.env');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_PATH: path.join(dir, 'shop.db'),
    MEDIA_ROOT: path.join(dir, 'media'),
    MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    PAYMENT_TEST_GATEWAY: 'true',
    // One process is enough for a few page loads, and leaves the cores to the browser.
    WEB_CONCURRENCY: '1',
  };
  try {
    if ((await run('npm', ['run', 'db:seed'], env, 120_000)) !== 0)
      throw new Error('npm run db:seed failed');
    Object.assign(process.env, env);
    const shop = await startShop(env, path.join(dir, 'shop.log'));
    const { lines, productSlug } = readFixtures(3);
    return {
      base: `http://127.0.0.1:${shop.port}`,
      productPath: `/en/products/${encodeURIComponent(productSlug)}`,
      cartCookie: await cartCookie(lines),
      stop: async () => {
        await shop.stop();
        removeDir();
      },
    };
  } catch (error) {
    removeDir();
    throw error;
  }
}

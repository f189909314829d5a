import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/**
 * Another production server of the built shop, with settings of the test's own (for settings the
 * main test server does not use), on its own copy of the seeded catalog. `prepare` gets the database
 * and media paths before the server starts, to add to them (100,000 more products, say).
 */
export async function startShopServer(
  env: Record<string, string>,
  options: { prepare?: (paths: { database: string; media: string }) => Promise<void> } = {},
) {
  const port = await freePort();
  // Inside the run's folder, which e2e/global-teardown.ts removes.
  const dir = mkdtempSync(path.join(process.env.E2E_DATA_DIR ?? tmpdir(), 'extra-'));
  const paths = { database: path.join(dir, 'shop.db'), media: path.join(dir, 'media') };
  if (!env.DATABASE_PATH) copyTemplate(dir);
  if (options.prepare) await options.prepare(paths);
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: paths.database,
      MEDIA_ROOT: paths.media,
      MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
      SESSION_SECRET: 'another-e2e-secret-that-is-32-characters-or-more',
      SHOP_URL: `http://127.0.0.1:${port}`,
      // One server process is enough for a test's own settings, and starts sooner.
      WEB_CONCURRENCY: '1',
      // The built-in test gateway, unless the test configures Stripe.
      ...(env.STRIPE_SECRET_KEY ? {} : { PAYMENT_TEST_GATEWAY: 'true' }),
      ...env,
    },
    stdio: 'ignore',
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the extra shop server did not start');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { baseURL, dataDir: dir, stop: () => child.kill() };
}

/** The seeded database and images of e2e/start-server.mjs, so that the server does not seed again. */
function copyTemplate(dir: string) {
  const template = process.env.E2E_TEMPLATE_DIR;
  if (!template) return;
  cpSync(path.join(template, 'shop.db'), path.join(dir, 'shop.db'));
  cpSync(path.join(template, 'media'), path.join(dir, 'media'), { recursive: true });
}

// A test that times out never reaches its `finally`: the servers it started must not outlive the
// worker process, or they keep a port and CPU for the rest of the run (and after it).
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill();
});

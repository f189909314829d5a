// `npm start`: serves the standalone production build, the same artifact a deployment ships, with
// one server process per core (WEB_CONCURRENCY sets the count). Each process is Next behind the
// page server (lib/server/serve/, bundled into shop-server.mjs by `npm run build`).
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = process.env.SHOP_ROOT ?? process.cwd();
// The build copies this script into .next/standalone, so that folder alone can be shipped and
// started with `node start.mjs`; from the project it finds the build below it.
const here = path.dirname(fileURLToPath(import.meta.url));
const standalone = existsSync(path.join(here, 'shop-server.mjs'))
  ? here
  : path.join(root, '.next', 'standalone');
const bundle = path.join(standalone, 'shop-server.mjs');
if (!existsSync(bundle)) {
  console.error('No production build found: run `npm run build` first.');
  process.exit(1);
}
// Settings from .env, as `next start` would read them (the real environment wins).
if (existsSync(path.join(root, '.env'))) process.loadEnvFile(path.join(root, '.env'));
process.env.NODE_ENV = 'production';
// The server runs in the standalone folder; relative DATABASE_PATH and MEDIA_ROOT stay in this one.
process.env.SHOP_ROOT = root;
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
const processes = serverCount(process.env.WEB_CONCURRENCY);

const shop = await import(pathToFileURL(bundle).href);

if (cluster.isPrimary) {
  process.chdir(standalone);
  // Once, before any server: processes migrating the same database at once would collide.
  try {
    await shop.prepareDatabase();
  } catch (error) {
    console.error(error?.message ?? error);
    console.error('The shop cannot start; see the message above.');
    process.exit(1);
  }
}

if (processes === 1) {
  await shop.startShopServer({ dir: standalone, port, host });
} else if (cluster.isPrimary) {
  console.log(`Starting ${processes} server processes (WEB_CONCURRENCY)`);
  let stopping = false;
  // The job queue's worker runs in the first process only (SHOP_SERVER_INDEX=1).
  const fork = (index) =>
    cluster.fork({ SHOP_SERVER_INDEX: String(index) }).on('exit', (code, signal) => {
      if (stopping) return;
      console.error(`Server process ${index} ended (${signal ?? code}); starting another`);
      setTimeout(() => fork(index), 1000);
    });
  // The first starts alone, so that its start-up (settings check, logs) runs before the others.
  await new Promise((resolve) => fork(1).once('listening', resolve));
  for (let index = 2; index <= processes; index += 1) fork(index);
  const stop = (signal) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    process.exit(0);
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
} else {
  await shop.startShopServer({ dir: standalone, port, host });
}

function serverCount(value) {
  if (value === undefined || value === '') return availableParallelism();
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    console.error(`WEB_CONCURRENCY must be a whole number from 1 to 64, not "${value}".`);
    process.exit(1);
  }
  return count;
}

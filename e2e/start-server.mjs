// The end-to-end run's shop server (playwright.config.ts, webServer). It first makes the run's
// seeded template: a migrated database with the sample catalog and its images, which the servers
// tests start copy (e2e/shop-server.ts) instead of seeding their own. Then it serves a copy of
// that template, as `npm start` does: the catalog is drawn and seeded once per run, not twice
// (its 48 images are seconds of CPU, before any test can start).
import { execFileSync } from 'node:child_process';
import cluster from 'node:cluster';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';

// The server processes `npm start` forks run this file again, in the build's folder: only the
// first process prepares.
if (cluster.isPrimary) prepare();
await import('../scripts/start.mjs');

function prepare() {
  const bundle = path.resolve('.next', 'standalone', 'shop-server.mjs');
  if (!existsSync(bundle)) {
    console.error('No production build found: run `npm run build` first.');
    process.exit(1);
  }
  const { E2E_TEMPLATE_DIR: template, DATABASE_PATH: database, MEDIA_ROOT: media } = process.env;
  if (!template || !database || !media) {
    console.error('E2E_TEMPLATE_DIR, DATABASE_PATH and MEDIA_ROOT come from playwright.config.ts.');
    process.exit(1);
  }
  const script = `import(${JSON.stringify(bundle)}).then((shop) => shop.prepareDatabase())`;
  execFileSync(process.execPath, ['-e', script], {
    cwd: path.dirname(bundle),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SHOP_ROOT: process.cwd(),
      DATABASE_PATH: path.join(template, 'shop.db'),
      MEDIA_ROOT: path.join(template, 'media'),
    },
  });
  cpSync(path.join(template, 'shop.db'), database);
  cpSync(path.join(template, 'media'), media, { recursive: true });
}

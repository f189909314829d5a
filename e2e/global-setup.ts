import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { E2E_SESSION_SECRET } from './constants';

/**
 * Before any test: a migrated and seeded database, with its images, that servers started by tests
 * (e2e/shop-server.ts) copy instead of seeding their own: seeding costs seconds of CPU that the
 * other tests running meanwhile need. The folder comes from playwright.config.ts.
 */
export default function globalSetup() {
  const dir = process.env.E2E_TEMPLATE_DIR;
  if (!dir)
    throw new Error('E2E_TEMPLATE_DIR is not set: run the tests through playwright.config.ts');
  const bundle = path.resolve('.next', 'standalone', 'shop-server.mjs');
  if (!existsSync(bundle)) throw new Error('No production build found: run `npm run build` first.');
  const script = `import(${JSON.stringify(bundle)}).then((shop) => shop.prepareDatabase())`;
  execFileSync(process.execPath, ['-e', script], {
    cwd: path.dirname(bundle),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SHOP_ROOT: process.cwd(),
      SESSION_SECRET: E2E_SESSION_SECRET,
      DATABASE_PATH: path.join(dir, 'shop.db'),
      MEDIA_ROOT: path.join(dir, 'media'),
    },
  });
}

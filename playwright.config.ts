import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { chromium, defineConfig, devices } from '@playwright/test';

import { E2E_SESSION_SECRET } from './e2e/constants';

/**
 * The browser: PLAYWRIGHT_CHROMIUM_PATH if set; else Debian's chromium-headless-shell, which runs
 * the suite on about half the CPU of the full browser (no GPU process, no browser UI), then Debian's
 * /usr/bin/chromium; else the one `npx playwright install chromium` downloads. Playwright cannot
 * download one here, so say what to do. A headed run (--headed, --debug, --ui) needs the full one.
 */
function findChromium(): string | undefined {
  const override = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override))
      throw new Error(`PLAYWRIGHT_CHROMIUM_PATH=${override} does not exist.`);
    return override;
  }
  const headed = process.argv.some((arg) => ['--headed', '--debug', '--ui'].includes(arg));
  const debian = [
    ...(headed ? [] : ['/usr/bin/chromium-headless-shell']),
    '/usr/bin/chromium',
  ].find((candidate) => existsSync(candidate));
  if (debian) return debian;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No browser for the end-to-end tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install -y chromium-headless-shell   (or chromium)\n' +
      "  - Playwright's own: npx playwright install chromium\n" +
      'or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

/** A free port, found once: workers inherit it through the environment. */
function freePort(): string {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return execFileSync(process.execPath, ['-e', script]).toString().trim();
}

process.env.E2E_PORT ??= freePort();
// A fresh database and media folder for every run: a seeded template, made once by the test server
// (e2e/start-server.mjs), which that server and the ones tests start copy. Folders made here are
// removed after the run (e2e/global-teardown.ts); ones given through the environment are kept.
if (!process.env.E2E_DATA_DIR) {
  process.env.E2E_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'myshop-e2e-'));
  process.env.E2E_TEMPLATE_DIR = path.join(process.env.E2E_DATA_DIR, 'template');
  process.env.E2E_REMOVE_DATA_DIR = 'true';
}
process.env.E2E_TEMPLATE_DIR ??= path.join(process.env.E2E_DATA_DIR, 'template');

const port = process.env.E2E_PORT;
const dataDir = process.env.E2E_DATA_DIR;
export const baseURL = `http://127.0.0.1:${port}`;

const executablePath = findChromium();
const launchOptions = {
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Three browsers keep two cores busy: much of each test is waiting on the server.
  workers: 3,
  // A 2-core CI machine runs three browsers beside the server: a journey of several browsers and
  // logins takes 20-30 s there, and a page can take seconds to answer while others render. The
  // limits catch hangs, not slowness.
  timeout: process.env.CI ? 60_000 : 30_000,
  expect: { timeout: process.env.CI ? 10_000 : 5_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  // The tests import the app's own modules (the session seal, the password hash): this tsconfig
  // resolves their 'server-only' marker to a stub, as vitest.config.ts does.
  tsconfig: './e2e/tsconfig.json',
  globalTeardown: './e2e/global-teardown.ts',
  use: {
    baseURL,
    // Recording a trace costs the browser about a sixth of the suite's CPU: in CI, where a failed
    // test runs again, only that second run records one.
    trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
    launchOptions,
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], launchOptions },
      testIgnore: /phone\.spec\.ts/,
    },
    {
      name: 'phone',
      use: {
        ...devices['Pixel 5'],
        // The narrowest phones in common use are 360 CSS pixels wide.
        viewport: { width: 360, height: 740 },
        launchOptions,
      },
      // Only what the screen size changes: tests tagged @phone (layout, fit, the phone journeys).
      // Everything else behaves the same on any screen and runs once, on the desktop.
      grep: /@phone/,
      testIgnore: /(startup|email|\.desktop)\.spec\.ts/,
    },
  ],
  webServer: {
    command: 'node e2e/start-server.mjs',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    env: {
      PORT: port,
      HOST: '127.0.0.1',
      DATABASE_PATH: path.join(dataDir, 'shop.db'),
      MEDIA_ROOT: path.join(dataDir, 'media'),
      MAIL_OUTBOX_DIR: path.join(dataDir, 'outbox'),
      SESSION_SECRET: E2E_SESSION_SECRET,
      // Failed logins count per X-Forwarded-For address, so that a test can have an address of its
      // own (e2e/account-fixtures.ts giveOwnAddress) instead of all sharing 127.0.0.1.
      TRUST_PROXY: 'true',
      // Low enough for e2e/account-security.desktop.spec.ts to reach in a few requests from an
      // address of its own; every test that logs in wrongly or registers has one.
      LOGIN_MAX_FAILURES_PER_ADDRESS: '5',
      REGISTRATIONS_PER_ADDRESS_PER_HOUR: '2',
      // Tests without an address of their own all come from 127.0.0.1: the whole suite's logins,
      // registrations and orders must fit in that one address's budgets.
      PASSWORD_CHECKS_PER_ADDRESS_PER_HOUR: '100000',
      ORDERS_PER_ADDRESS_PER_HOUR: '100000',
      SHOP_URL: baseURL,
      // A production build without Stripe keys: the test gateway must be asked for.
      PAYMENT_TEST_GATEWAY: 'true',
    },
  },
});

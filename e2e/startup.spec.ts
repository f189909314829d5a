import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test } from '@playwright/test';

async function freePort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return String(typeof address === 'object' && address ? address.port : 0);
}

/**
 * Starts the production server with only the given environment and waits for it to exit, or
 * stops it once its output contains `until`.
 */
function startServer(
  env: Record<string, string>,
  until?: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const childEnv: NodeJS.ProcessEnv = {
      NODE_ENV: 'production',
      PATH: process.env.PATH ?? '',
      ...env,
    };
    const child = spawn(process.execPath, ['scripts/start.mjs'], { env: childEnv });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (until !== undefined && output.includes(until)) child.kill();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    // Starting takes a few seconds, more on a busy machine running other tests beside.
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

// Process-level checks, not per browser: the desktop project runs them (see playwright.config.ts).
test.describe('production start', () => {
  test.describe.configure({ timeout: 90_000 });

  test('stops without a session secret and says what is missing', async () => {
    const dir = mkdtempSync(path.join(process.env.E2E_DATA_DIR ?? tmpdir(), 'start-'));
    const { code, output } = await startServer({
      PORT: await freePort(),
      HOST: '127.0.0.1',
      DATABASE_PATH: path.join(dir, 'shop.db'),
    });
    expect(code).toBe(1);
    expect(output).toContain(
      'SESSION_SECRET is required in production: set it to a random string of at least 32 characters',
    );
  });

  test('stops with a session secret that is too short', async () => {
    const dir = mkdtempSync(path.join(process.env.E2E_DATA_DIR ?? tmpdir(), 'start-'));
    const { code, output } = await startServer({
      PORT: await freePort(),
      HOST: '127.0.0.1',
      DATABASE_PATH: path.join(dir, 'shop.db'),
      SESSION_SECRET: 'too-short',
    });
    expect(code).toBe(1);
    expect(output).toContain('SESSION_SECRET must be at least 32 characters long');
  });

  test('says how visitors are counted for the rate limits without TRUST_PROXY', async () => {
    const dir = mkdtempSync(path.join(process.env.E2E_DATA_DIR ?? tmpdir(), 'start-'));
    const { output } = await startServer(
      {
        PORT: await freePort(),
        HOST: '127.0.0.1',
        DATABASE_PATH: path.join(dir, 'shop.db'),
        MEDIA_ROOT: path.join(dir, 'media'),
        MAIL_OUTBOX_DIR: path.join(dir, 'outbox'),
        SESSION_SECRET: 'a session secret that is long enough for production',
        SEED_ON_START: 'false',
      },
      // The line after the rate limits': start-up has said all it says by then.
      'Payments:',
    );
    expect(output).toContain(
      "Rate limits: each visitor is counted by the address their connection comes from. Behind a reverse proxy, set TRUST_PROXY=true (the proxy must set X-Forwarded-For), or every visitor counts as the proxy's one address.",
    );
  });
});

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

/** Starts the production server with only the given environment and waits for it to exit. */
function startServer(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const childEnv: NodeJS.ProcessEnv = {
      NODE_ENV: 'production',
      PATH: process.env.PATH ?? '',
      ...env,
    };
    const child = spawn(process.execPath, ['scripts/start.mjs'], { env: childEnv });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill(), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

// Process-level checks, not per browser: the desktop project runs them (see playwright.config.ts).
test.describe('production start', () => {
  test('stops without a session secret and says what is missing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'myshop-start-'));
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
    const dir = mkdtempSync(path.join(tmpdir(), 'myshop-start-'));
    const { code, output } = await startServer({
      PORT: await freePort(),
      HOST: '127.0.0.1',
      DATABASE_PATH: path.join(dir, 'shop.db'),
      SESSION_SECRET: 'too-short',
    });
    expect(code).toBe(1);
    expect(output).toContain('SESSION_SECRET must be at least 32 characters long');
  });
});

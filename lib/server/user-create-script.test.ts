import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

import { verifyPassword } from './password';

// Runs scripts/user-create.ts as `npm run user:create` does, against a database of its own.
const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'user-create-'));
const databasePath = path.join(dir, 'shop.db');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function userCreate(args: string[], password: string) {
  const result = spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    ['--conditions=react-server', 'scripts/user-create.ts', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_PATH: databasePath, USER_PASSWORD: password },
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

type UserRow = { name: string; email: string; email_key: string; is_staff: number };

function userRow(emailKey: string): (UserRow & { password_hash: string }) | undefined {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare('select * from users where email_key = ?').get(emailKey) as
      (UserRow & { password_hash: string }) | undefined;
  } finally {
    db.close();
  }
}

describe('npm run user:create', { timeout: 60_000 }, () => {
  it('creates a staff user with only --email and --staff, named after the e-mail', async () => {
    const run = userCreate(['--email', 'Boss@Example.com', '--staff'], 'long enough secret');
    expect(run.output).toContain('Created staff user Boss@Example.com');
    expect(run.status).toBe(0);
    const row = userRow('boss@example.com');
    expect(row).toMatchObject({
      name: 'Boss',
      email: 'Boss@Example.com',
      email_key: 'boss@example.com',
      is_staff: 1,
    });
    expect(await verifyPassword('long enough secret', row?.password_hash ?? '')).toBe(true);
  });

  it('refuses an e-mail already taken, in any letter case, and exits with an error', () => {
    userCreate(['--email', 'anna@example.com', '--name', 'Anna'], 'long enough secret');
    const run = userCreate(['--email', 'ANNA@example.com'], 'another long secret');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      'Cannot create the user: ANNA@example.com already has an account.',
    );
  });

  it('refuses a short password, saying how long it must be', () => {
    const run = userCreate(['--email', 'short@example.com', '--staff'], 'short');
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('password must be at least 8 characters long');
    expect(run.output).not.toContain('name is required');
    expect(userRow('short@example.com')).toBeUndefined();
  });
});

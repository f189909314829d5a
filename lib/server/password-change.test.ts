import { describe, expect, it, vi } from 'vitest';

// Cheap password hashes: this file makes and checks many (lib/testing/cheap-password-hashes.ts).
vi.mock('./password', async (actual) =>
  (await import('@/lib/testing/cheap-password-hashes')).withCheapHashes(await actual()),
);

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
  process.env.LOGIN_MAX_FAILURES = '3';
});

import { eq } from 'drizzle-orm';

import { getDb } from './database';
import { sessions } from '../../db/schema';
import { authenticate, registerUser } from './accounts';
import { changePassword } from './password-change';
import { checkedSession, startSession } from './sessions';

let counter = 0;
async function newAccount() {
  counter += 1;
  const result = await registerUser({
    name: 'Anna',
    email: `change${counter}@example.com`,
    password: 'old password',
  });
  if (!result.ok) throw new Error('not registered');
  return result.user;
}

const signedIn = (uid: number, sid: string) => ({ cart: [], key: 'k'.repeat(22), uid, sid });

describe('changePassword', () => {
  it('changes the password and logs out every session, leaving one new one for this browser', async () => {
    const user = await newAccount();
    const here = await startSession(user.id);
    const elsewhere = await startSession(user.id);
    const result = await changePassword(user.id, 'old password', 'new password', '192.0.2.1');
    if (!result.ok) throw new Error(result.code);
    // A copy of either cookie, this browser's too, opens nothing now.
    expect(await checkedSession(signedIn(user.id, here))).toEqual({ cart: [] });
    expect(await checkedSession(signedIn(user.id, elsewhere))).toEqual({ cart: [] });
    expect((await checkedSession(signedIn(user.id, result.sessionId))).uid).toBe(user.id);
    const rows = getDb().select().from(sessions).where(eq(sessions.userId, user.id)).all();
    expect(rows.map((row) => row.id)).toEqual([result.sessionId]);
    expect((await authenticate(user.email, 'old password', undefined)).ok).toBe(false);
    expect((await authenticate(user.email, 'new password', undefined)).ok).toBe(true);
  });

  it('refuses a wrong current password and changes nothing', async () => {
    const user = await newAccount();
    const here = await startSession(user.id);
    expect(await changePassword(user.id, 'not it', 'new password', undefined)).toEqual({
      ok: false,
      code: 'WRONG_PASSWORD',
    });
    expect((await checkedSession(signedIn(user.id, here))).uid).toBe(user.id);
    expect((await authenticate(user.email, 'old password', undefined)).ok).toBe(true);
  });

  it('counts wrong current passwords as failed logins: both are locked out together', async () => {
    const user = await newAccount();
    await changePassword(user.id, 'wrong 1', 'new password', '198.51.100.7');
    await changePassword(user.id, 'wrong 2', 'new password', '198.51.100.7');
    expect((await authenticate(user.email, 'wrong 3', '198.51.100.7')).ok).toBe(false);
    // Three failures (LOGIN_MAX_FAILURES) from this address for this e-mail: even the right
    // password is refused for now, here and at the login from this address.
    const locked = await changePassword(user.id, 'old password', 'new password', '198.51.100.7');
    expect(locked).toMatchObject({ ok: false, code: 'LOCKED' });
    expect(await authenticate(user.email, 'old password', '198.51.100.7')).toMatchObject({
      ok: false,
      code: 'LOCKED',
    });
  });

  it('refuses an account that is gone', async () => {
    expect(await changePassword(987654, 'old password', 'new password', undefined)).toEqual({
      ok: false,
      code: 'STALE',
    });
  });
});

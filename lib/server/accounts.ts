import 'server-only';

import { eq } from 'drizzle-orm';

import { getDb } from './database';
import { users, type User } from '../../db/schema';
import { emailKey } from '../domain/email';
import { loginSucceeded, reserveLoginAttempt } from './login-attempts';
import { hashPassword, verifyPassword } from './password';

export type NewAccount = { name: string; email: string; password: string; staff?: boolean };

export type RegisterResult = { ok: true; user: User } | { ok: false; code: 'EMAIL_TAKEN' };

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Creates an account; an e-mail already used, in any letter case, is refused. */
export async function registerUser(account: NewAccount): Promise<RegisterResult> {
  const key = emailKey(account.email);
  const passwordHash = await hashPassword(account.password);
  try {
    // The unique index decides, so two registrations racing for one e-mail cannot both win.
    const user = getDb()
      .insert(users)
      .values({
        name: account.name,
        email: account.email.trim(),
        emailKey: key,
        passwordHash,
        isStaff: account.staff ?? false,
      })
      .returning()
      .get();
    return { ok: true, user };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: 'EMAIL_TAKEN' };
    throw error;
  }
}

export type LoginResult =
  | { ok: true; user: User }
  | { ok: false; code: 'INVALID_CREDENTIALS' }
  | { ok: false; code: 'LOCKED'; retryAfterMs: number };

// Compared against when the e-mail is unknown, so that a wrong e-mail takes as long as a wrong
// password and the timing does not tell which accounts exist.
let decoyHash: Promise<string> | undefined;

/**
 * Checks an e-mail and password, refusing while too many recent logins failed (counting the ones
 * still being checked) or too many passwords were checked from the address (login-attempts.ts).
 * An unknown e-mail and a wrong password fail alike.
 */
export async function authenticate(
  email: string,
  password: string,
  address: string | undefined,
): Promise<LoginResult> {
  const key = emailKey(email);
  // Counted as a failure from here on, so that logins sent at once cannot pass the limit together.
  const verdict = await reserveLoginAttempt(key, address);
  if (!verdict.allowed) return { ok: false, code: 'LOCKED', retryAfterMs: verdict.retryAfterMs };
  const user = getDb().select().from(users).where(eq(users.emailKey, key)).get();
  // eslint-disable-next-line data/await-data-layer -- one decoy hash, kept and awaited below
  decoyHash ??= hashPassword('decoy password, never used by anyone');
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (!user || !matches) return { ok: false, code: 'INVALID_CREDENTIALS' };
  // Takes back this login's reservation, and the failures of this e-mail from this address.
  await loginSucceeded(key, address);
  return { ok: true, user };
}

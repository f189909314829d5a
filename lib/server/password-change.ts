import 'server-only';

import { and, eq } from 'drizzle-orm';

import { getDb } from './database';
import { sessions, users } from '../../db/schema';
import { loginSucceeded, reserveLoginAttempt } from './login-attempts';
import { hashPassword, verifyPassword } from './password';
import { randomToken } from './session-cookie';

export type PasswordChangeResult =
  // The one session left signed in: a new id for the browser that made the change.
  | { ok: true; sessionId: string }
  | { ok: false; code: 'WRONG_PASSWORD' }
  | { ok: false; code: 'LOCKED'; retryAfterMs: number }
  // The account was deleted, or its password changed meanwhile (another tab): nothing changed.
  | { ok: false; code: 'STALE' };

/**
 * Changes a signed-in user's password. The current password is checked as a login checks it,
 * against the same lockout (a wrong one counts as a failed login for the account's e-mail and the
 * address), so this form is no way around the login's limits. On success every session of the
 * account ends, this browser's too, and one new session is started for this browser: a copy of
 * any cookie taken before, this browser's included, opens nothing after the change.
 */
export async function changePassword(
  userId: number,
  current: string,
  next: string,
  address: string | undefined,
): Promise<PasswordChangeResult> {
  const db = getDb();
  const user = db
    .select({ emailKey: users.emailKey, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return { ok: false, code: 'STALE' };
  const verdict = await reserveLoginAttempt(user.emailKey, address);
  if (!verdict.allowed) return { ok: false, code: 'LOCKED', retryAfterMs: verdict.retryAfterMs };
  if (!(await verifyPassword(current, user.passwordHash)))
    return { ok: false, code: 'WRONG_PASSWORD' };
  await loginSucceeded(user.emailKey, address);
  const passwordHash = await hashPassword(next);
  const sessionId = randomToken();
  const changed = db.transaction(
    (tx) => {
      // Only over the hash just verified: two changes at once cannot both win.
      const updated = tx
        .update(users)
        .set({ passwordHash })
        .where(and(eq(users.id, userId), eq(users.passwordHash, user.passwordHash)))
        .run();
      if (updated.changes === 0) return false;
      tx.delete(sessions).where(eq(sessions.userId, userId)).run();
      tx.insert(sessions).values({ id: sessionId, userId }).run();
      return true;
    },
    { behavior: 'immediate' },
  );
  return changed ? { ok: true, sessionId } : { ok: false, code: 'STALE' };
}

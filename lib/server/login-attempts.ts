import 'server-only';

import { and, eq, gt, lte, or } from 'drizzle-orm';

import { getDb } from '../../db/client';
import { loginAttempts } from '../../db/schema';
import {
  lockout,
  strictest,
  windowStart,
  type LockoutRule,
  type LockoutVerdict,
} from '../domain/login-lockout';
import { env } from '../validation/env';

// Stored when the address is not known (see client-address.ts); never counted as an address.
const NO_ADDRESS = '';

export function lockoutRule(): LockoutRule {
  const config = env();
  return {
    maxFailures: config.LOGIN_MAX_FAILURES,
    windowMs: config.LOGIN_LOCKOUT_MINUTES * 60_000,
  };
}

type Db = ReturnType<typeof getDb>;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Whether a login for this e-mail, from this address, is refused for now (one query). */
function lockoutVerdict(
  tx: Tx,
  emailKey: string,
  address: string | undefined,
  now: number,
): LockoutVerdict {
  const rule = lockoutRule();
  const since = new Date(windowStart(now, rule));
  const byEmail = eq(loginAttempts.emailKey, emailKey);
  const byAddress = address ? eq(loginAttempts.ip, address) : undefined;
  const rows = tx
    .select({ emailKey: loginAttempts.emailKey, ip: loginAttempts.ip, at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(gt(loginAttempts.createdAt, since), byAddress ? or(byEmail, byAddress) : byEmail))
    .all();
  const times = (keep: (row: (typeof rows)[number]) => boolean) =>
    rows.filter(keep).map((row) => row.at.getTime());
  return strictest([
    lockout(
      times((row) => row.emailKey === emailKey),
      now,
      rule,
    ),
    address
      ? lockout(
          times((row) => row.ip === address),
          now,
          rule,
        )
      : { locked: false },
  ]);
}

/**
 * Refuses a login while too many recently failed for the e-mail or from the address; otherwise
 * records it as failed in advance, before the password is checked. Counting and recording in one
 * synchronous transaction is what makes the limit hold: checking the password takes about 100 ms,
 * and if the failure were recorded only after that, twenty logins sent at once would all be
 * checked. A login that succeeds takes its record back (clearFailedLogins).
 */
export function reserveLoginAttempt(
  emailKey: string,
  address: string | undefined,
  now = Date.now(),
): LockoutVerdict {
  const since = new Date(windowStart(now, lockoutRule()));
  return getDb().transaction(
    (tx) => {
      // Failures older than the window never count again: keep the table small.
      tx.delete(loginAttempts).where(lte(loginAttempts.createdAt, since)).run();
      const verdict = lockoutVerdict(tx, emailKey, address, now);
      if (verdict.locked) return verdict;
      tx.insert(loginAttempts)
        .values({ emailKey, ip: address ?? NO_ADDRESS, createdAt: new Date(now) })
        .run();
      return verdict;
    },
    // Takes the write lock before counting, so that another process cannot count in between.
    { behavior: 'immediate' },
  );
}

/** A successful login forgives the e-mail's failures (the address's stay counted). */
export function clearFailedLogins(emailKey: string): void {
  getDb().delete(loginAttempts).where(eq(loginAttempts.emailKey, emailKey)).run();
}

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

/** Whether a login for this e-mail, from this address, is refused for now (one query). */
export async function loginLockout(
  emailKey: string,
  address: string | undefined,
  now = Date.now(),
): Promise<LockoutVerdict> {
  const rule = lockoutRule();
  const since = new Date(windowStart(now, rule));
  const byEmail = eq(loginAttempts.emailKey, emailKey);
  const byAddress = address ? eq(loginAttempts.ip, address) : undefined;
  const rows = getDb()
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

export function recordFailedLogin(emailKey: string, address: string | undefined): void {
  const db = getDb();
  const since = new Date(windowStart(Date.now(), lockoutRule()));
  db.transaction((tx) => {
    // Failures older than the window never count again: keep the table small.
    tx.delete(loginAttempts).where(lte(loginAttempts.createdAt, since)).run();
    tx.insert(loginAttempts)
      .values({ emailKey, ip: address ?? NO_ADDRESS })
      .run();
  });
}

/** A successful login forgives the e-mail's failures (the address's stay counted). */
export function clearFailedLogins(emailKey: string): void {
  getDb().delete(loginAttempts).where(eq(loginAttempts.emailKey, emailKey)).run();
}

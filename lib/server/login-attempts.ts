import 'server-only';

import type { Verdict } from '../domain/rate-limit';
import { loginCharges, loginFailureCharges } from './limits';
import { forget, giveBack, spend } from './rate-limit';

/**
 * Refuses a login while its budgets are spent (lib/server/limits.ts); otherwise spends a password
 * check and records the login as failed in advance, before the password is checked. Counting and
 * recording in one transaction is what makes the limit hold: checking the password takes about
 * 100 ms, and if the failure were recorded only after that, twenty logins sent at once would all be
 * checked. A login that succeeds takes its failure back (loginSucceeded).
 */
export async function reserveLoginAttempt(
  emailKey: string,
  address: string | undefined,
  now = Date.now(),
): Promise<Verdict> {
  return spend(loginCharges(emailKey, address), now);
}

/**
 * A successful login was no failure: its reservation is given back, and the failures of this
 * address with this e-mail are forgotten (the owner mistyping before getting it right). The
 * address's failures with other e-mails stay counted: an attacker with one valid account must not
 * reset the count for the address they guess others' passwords from.
 */
export async function loginSucceeded(emailKey: string, address: string | undefined): Promise<void> {
  const [pair, ...others] = loginFailureCharges(emailKey, address);
  await giveBack(others);
  if (pair) await forget([pair.key]);
}

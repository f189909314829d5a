import { describe, expect, it, vi } from 'vitest';

// Small budgets, so that each rule shows in a few logins: 3 failures per address and e-mail
// together, 5 per address, 8 per e-mail from everywhere, in 15 minutes; 9 password checks an hour.
vi.hoisted(() => {
  Object.assign(process.env, {
    DATABASE_PATH: ':memory:',
    LOGIN_MAX_FAILURES: '3',
    LOGIN_MAX_FAILURES_PER_ADDRESS: '5',
    LOGIN_MAX_FAILURES_PER_EMAIL: '8',
    LOGIN_LOCKOUT_MINUTES: '15',
    PASSWORD_CHECKS_PER_ADDRESS_PER_HOUR: '9',
  });
});

import { loginSucceeded, reserveLoginAttempt } from './login-attempts';

const minute = 60_000;
// loginSucceeded gives back at the present moment: the reservations are made at it too.
const now = Date.now();
let counter = 0;
// Every test has e-mails and addresses of its own: the database is shared by the file.
const email = (name = 'anna') => `${name}.${(counter += 1)}@example.com`;
const address = () => `203.0.113.${(counter += 1)}`;

/** Reserves `times` logins that then fail (nothing more happens after a failed login). */
async function fail(emailKey: string, from: string | undefined, times: number, at = now) {
  for (let i = 0; i < times; i += 1) {
    expect(await reserveLoginAttempt(emailKey, from, at), `failure ${i + 1}`).toEqual({
      allowed: true,
    });
  }
}

describe('reserveLoginAttempt', () => {
  it('locks one e-mail out from one address after LOGIN_MAX_FAILURES, until one failure is old', async () => {
    const [anna, from] = [email(), address()];
    await fail(anna, from, 3);
    // 15 minutes for 3 failures: one comes back every 5 minutes.
    expect(await reserveLoginAttempt(anna, from, now)).toEqual({
      allowed: false,
      retryAfterMs: 5 * minute,
    });
    expect(await reserveLoginAttempt(anna, from, now + 5 * minute)).toEqual({ allowed: true });
    // The same e-mail from another address, and another e-mail from this one, are not locked.
    expect(await reserveLoginAttempt(anna, address(), now)).toEqual({ allowed: true });
    expect(await reserveLoginAttempt(email(), from, now)).toEqual({ allowed: true });
  });

  it('counts the reservation as a failure before the password is checked', async () => {
    const [anna, from] = [email(), address()];
    // Three logins sent at once, none answered yet: the fourth is refused all the same.
    await fail(anna, from, 3);
    expect((await reserveLoginAttempt(anna, from, now)).allowed).toBe(false);
  });

  it('without a known address, locks the account itself after LOGIN_MAX_FAILURES', async () => {
    const anna = email();
    await fail(anna, undefined, 3);
    expect((await reserveLoginAttempt(anna, undefined, now)).allowed).toBe(false);
  });

  it('refuses an address that guesses across e-mails (LOGIN_MAX_FAILURES_PER_ADDRESS)', async () => {
    const from = address();
    for (let i = 0; i < 5; i += 1) await fail(email(), from, 1);
    expect((await reserveLoginAttempt(email(), from, now)).allowed).toBe(false);
  });

  it('refuses an e-mail guessed at from many addresses (LOGIN_MAX_FAILURES_PER_EMAIL)', async () => {
    const anna = email();
    for (let i = 0; i < 8; i += 1) await fail(anna, address(), 1);
    expect((await reserveLoginAttempt(anna, address(), now)).allowed).toBe(false);
  });
});

describe('loginSucceeded', () => {
  it('gives back its reservation and forgets the owner’s mistypes from that address', async () => {
    const [anna, from] = [email(), address()];
    await fail(anna, from, 2);
    expect(await reserveLoginAttempt(anna, from, now)).toEqual({ allowed: true });
    await loginSucceeded(anna, from);
    // Three fresh tries, not one.
    await fail(anna, from, 3);
    expect((await reserveLoginAttempt(anna, from, now)).allowed).toBe(false);
  });

  it('keeps the address’s failures with other e-mails counted', async () => {
    const [owner, from] = [email('attacker'), address()];
    for (let i = 0; i < 4; i += 1) await fail(email(), from, 1);
    expect(await reserveLoginAttempt(owner, from, now)).toEqual({ allowed: true });
    await loginSucceeded(owner, from);
    // The four guesses still count: one more failure fills the address's five.
    await fail(email(), from, 1);
    expect((await reserveLoginAttempt(email(), from, now)).allowed).toBe(false);
  });

  it('does not give back the password check: an address gets 9 checks an hour, right or wrong', async () => {
    const from = address();
    for (let i = 0; i < 9; i += 1) {
      const user = email();
      expect(await reserveLoginAttempt(user, from, now)).toEqual({ allowed: true });
      await loginSucceeded(user, from);
    }
    const verdict = await reserveLoginAttempt(email(), from, now);
    expect(verdict.allowed).toBe(false);
    // The failure budgets are untouched: it is the hourly check budget that refuses.
    expect(verdict.allowed ? 0 : verdict.retryAfterMs).toBeGreaterThan(5 * minute);
  });
});

import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
  process.env.LOGIN_MAX_FAILURES = '3';
});

import { eq } from 'drizzle-orm';

import { getDb } from '../../db/client';
import { loginAttempts, users } from '../../db/schema';
import { authenticate, registerUser } from './accounts';
import { lockoutRule } from './login-attempts';
import { loadSavedCart, saveCart } from './saved-cart';

let counter = 0;
const account = (email = `user${(counter += 1)}@example.com`) => ({
  name: 'Anna',
  email,
  password: 'long enough',
});

describe('registerUser', () => {
  it('refuses an e-mail already taken in another letter case', async () => {
    const first = await registerUser(account('Anna@Example.com'));
    expect(first.ok).toBe(true);
    expect(await registerUser(account(' anna@example.COM '))).toEqual({
      ok: false,
      code: 'EMAIL_TAKEN',
    });
  });

  it('stores a hash, never the password', async () => {
    const result = await registerUser(account());
    if (!result.ok) throw new Error('not registered');
    expect(result.user.passwordHash).toMatch(/^scrypt\$/);
    expect(result.user.passwordHash).not.toContain('long enough');
  });
});

describe('authenticate', () => {
  it('accepts the password for the e-mail in any letter case', async () => {
    const details = account();
    await registerUser(details);
    const result = await authenticate(details.email.toUpperCase(), details.password, undefined);
    expect(result.ok).toBe(true);
  });

  it('fails alike for an unknown e-mail and a wrong password', async () => {
    const details = account();
    await registerUser(details);
    expect(await authenticate(details.email, 'wrong password', undefined)).toEqual({
      ok: false,
      code: 'INVALID_CREDENTIALS',
    });
    expect(await authenticate('nobody@example.com', details.password, undefined)).toEqual({
      ok: false,
      code: 'INVALID_CREDENTIALS',
    });
  });

  it('locks an e-mail out after the configured failures, even for the right password', async () => {
    const details = account();
    await registerUser(details);
    for (let i = 0; i < 3; i += 1) await authenticate(details.email, 'wrong', undefined);
    const result = await authenticate(details.email, details.password, undefined);
    expect(result).toMatchObject({ ok: false, code: 'LOCKED' });
  });

  it('locks an address out across e-mails, and a success clears only its e-mail', async () => {
    const victim = account();
    await registerUser(victim);
    expect((await authenticate(victim.email, victim.password, '10.0.0.1')).ok).toBe(true);
    await authenticate(victim.email, 'wrong', '10.0.0.9');
    expect((await authenticate(victim.email, victim.password, '10.0.0.9')).ok).toBe(true);
    const key = victim.email.toLowerCase();
    expect(
      getDb().select().from(loginAttempts).where(eq(loginAttempts.emailKey, key)).all(),
    ).toEqual([]);
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com']) {
      await authenticate(email, 'guess', '10.0.0.2');
    }
    expect(await authenticate(victim.email, victim.password, '10.0.0.2')).toMatchObject({
      code: 'LOCKED',
    });
    // The e-mail itself is not locked: from another address it works.
    expect((await authenticate(victim.email, victim.password, '10.0.0.3')).ok).toBe(true);
  });
});

describe('authenticate, logins sent at once', () => {
  it('checks no more passwords than the lockout allows, the rest answer "locked"', async () => {
    const details = account();
    await registerUser(details);
    const { maxFailures } = lockoutRule();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => authenticate(details.email, 'wrong', '10.0.1.1')),
    );
    const codes = results.map((result) => (result.ok ? 'OK' : result.code));
    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(maxFailures);
    expect(codes.filter((code) => code === 'LOCKED')).toHaveLength(10 - maxFailures);
    // Each checked one stays counted, once.
    const key = details.email.toLowerCase();
    expect(
      getDb().select().from(loginAttempts).where(eq(loginAttempts.emailKey, key)).all(),
    ).toHaveLength(maxFailures);
  });
});

describe('saved carts', () => {
  it('keeps the cart for the account and replaces it on every save', async () => {
    const result = await registerUser(account());
    if (!result.ok) throw new Error('not registered');
    const id = result.user.id;
    expect(await loadSavedCart(id)).toEqual([]);
    saveCart(id, [[1, 2, '5.00']]);
    saveCart(id, [
      [1, 3, '5.00'],
      [2, 1, '1.50'],
    ]);
    expect(await loadSavedCart(id)).toEqual([
      [1, 3, '5.00'],
      [2, 1, '1.50'],
    ]);
    saveCart(id, []);
    expect(await loadSavedCart(id)).toEqual([]);
  });

  it('saves nothing for a deleted account instead of failing', async () => {
    const result = await registerUser(account());
    if (!result.ok) throw new Error('not registered');
    getDb().delete(users).where(eq(users.id, result.user.id)).run();
    expect(() => saveCart(result.user.id, [[1, 1, '1.00']])).not.toThrow();
    expect(await loadSavedCart(result.user.id)).toEqual([]);
  });
});

import { describe, expect, it, vi } from 'vitest';

// Cheap password hashes: this file makes and checks many (lib/testing/cheap-password-hashes.ts).
vi.mock('./password', async (actual) =>
  (await import('@/lib/testing/cheap-password-hashes')).withCheapHashes(await actual()),
);

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
  process.env.LOGIN_MAX_FAILURES = '3';
  process.env.LOGIN_MAX_FAILURES_PER_ADDRESS = '4';
  process.env.LOGIN_MAX_FAILURES_PER_EMAIL = '6';
});

import { eq } from 'drizzle-orm';

import { getDb } from './database';
import { users } from '../../db/schema';
import { authenticate, registerUser } from './accounts';
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

  it('locks an address out of an e-mail after its failures, not the owner elsewhere', async () => {
    const details = account();
    await registerUser(details);
    for (let i = 0; i < 3; i += 1) await authenticate(details.email, 'wrong', '10.0.0.1');
    // Refused from that address even with the right password, and without checking it.
    expect(await authenticate(details.email, details.password, '10.0.0.1')).toMatchObject({
      ok: false,
      code: 'LOCKED',
    });
    expect((await authenticate(details.email, details.password, '10.0.0.2')).ok).toBe(true);
  });

  it('locks an address out across e-mails; a success forgives only its own failures', async () => {
    const victim = account();
    await registerUser(victim);
    await authenticate(victim.email, 'wrong', '10.0.2.1');
    expect((await authenticate(victim.email, victim.password, '10.0.2.1')).ok).toBe(true);
    // Its failure with this e-mail was forgiven: two more do not reach the pair's three.
    await authenticate(victim.email, 'wrong', '10.0.2.1');
    await authenticate(victim.email, 'wrong', '10.0.2.1');
    expect((await authenticate(victim.email, victim.password, '10.0.2.1')).ok).toBe(true);
    // But the address's count stays: a fourth failure, with any e-mail, locks it for everyone.
    await authenticate('someone@example.com', 'guess', '10.0.2.1');
    expect(await authenticate(victim.email, victim.password, '10.0.2.1')).toMatchObject({
      code: 'LOCKED',
    });
    expect((await authenticate(victim.email, victim.password, '10.0.2.2')).ok).toBe(true);
  });

  it('locks an e-mail guessed from many addresses, at a ceiling far above one address', async () => {
    const details = account();
    await registerUser(details);
    // Two failures from each of three addresses: no pair is locked, the e-mail's six are spent.
    for (const address of ['10.0.4.1', '10.0.4.2', '10.0.4.3']) {
      await authenticate(details.email, 'wrong', address);
      await authenticate(details.email, 'wrong', address);
    }
    expect(await authenticate(details.email, details.password, '10.0.4.9')).toMatchObject({
      code: 'LOCKED',
    });
  });

  it('without a known address, counts the e-mail alone as the pair', async () => {
    const details = account();
    await registerUser(details);
    for (let i = 0; i < 3; i += 1) await authenticate(details.email, 'wrong', undefined);
    expect(await authenticate(details.email, details.password, undefined)).toMatchObject({
      code: 'LOCKED',
    });
  });
});

describe('authenticate, logins sent at once', () => {
  it('checks no more passwords than the lockout allows, the rest answer "locked"', async () => {
    const details = account();
    await registerUser(details);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => authenticate(details.email, 'wrong', '10.0.1.1')),
    );
    const codes = results.map((result) => (result.ok ? 'OK' : result.code));
    // LOGIN_MAX_FAILURES is 3 here.
    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(3);
    expect(codes.filter((code) => code === 'LOCKED')).toHaveLength(7);
    // Each checked one stays counted: the right password is refused too.
    expect(await authenticate(details.email, details.password, '10.0.1.1')).toMatchObject({
      code: 'LOCKED',
    });
  });
});

describe('saved carts', () => {
  it('keeps the cart for the account and replaces it on every save', async () => {
    const result = await registerUser(account());
    if (!result.ok) throw new Error('not registered');
    const id = result.user.id;
    expect(await loadSavedCart(id)).toEqual([]);
    await saveCart(id, [[1, 2, '5.00']]);
    await saveCart(id, [
      [1, 3, '5.00'],
      [2, 1, '1.50'],
    ]);
    expect(await loadSavedCart(id)).toEqual([
      [1, 3, '5.00'],
      [2, 1, '1.50'],
    ]);
    await saveCart(id, []);
    expect(await loadSavedCart(id)).toEqual([]);
  });

  it('saves nothing for a deleted account instead of failing', async () => {
    const result = await registerUser(account());
    if (!result.ok) throw new Error('not registered');
    getDb().delete(users).where(eq(users.id, result.user.id)).run();
    await expect(saveCart(result.user.id, [[1, 1, '1.00']])).resolves.toBeUndefined();
    expect(await loadSavedCart(result.user.id)).toEqual([]);
  });
});

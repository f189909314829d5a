import type * as Password from '@/lib/server/password';

/**
 * scrypt parameters that cost about a millisecond instead of the shop's 100 ms. The parameters are
 * stored in each hash, so the app verifies a cheap hash all the same: tests of what surrounds the
 * hash (accounts, lockouts, budgets, password changes) make and check dozens of them, and the
 * shop's own parameters are tested in lib/server/password.test.ts.
 */
export const CHEAP_SCRYPT: Password.ScryptParams = { N: 1024, r: 8, p: 1 };

/**
 * lib/server/password.ts with cheap new hashes, for a unit test's mock:
 *   vi.mock('./password', async (actual) =>
 *     (await import('@/lib/testing/cheap-password-hashes')).withCheapHashes(await actual()));
 */
export function withCheapHashes(actual: typeof Password): typeof Password {
  return {
    ...actual,
    hashPassword: (password, params = CHEAP_SCRYPT) => actual.hashPassword(password, params),
  };
}

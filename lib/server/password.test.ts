import { describe, expect, it } from 'vitest';

import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
  });

  it('stores scrypt parameters and a salt, never the password', async () => {
    const [first, second] = await Promise.all([
      hashPassword('secret123'),
      hashPassword('secret123'),
    ]);
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toContain('secret123');
    // A fresh salt each time: the same password never hashes the same twice.
    expect(first).not.toBe(second);
  });

  // The cost is read from the stored hash: hashes made with other parameters (older, or a test's
  // cheap ones) verify all the same.
  it('verifies a hash made with other parameters', async () => {
    const cheap = await hashPassword('secret123', { N: 1024, r: 8, p: 1 });
    expect(cheap).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword('secret123', cheap)).toBe(true);
    expect(await verifyPassword('secret124', cheap)).toBe(false);
  });

  it('treats a malformed stored hash as matching nothing', async () => {
    expect(await verifyPassword('anything', 'plain-text')).toBe(false);
    expect(await verifyPassword('anything', 'scrypt$1$2')).toBe(false);
  });
});

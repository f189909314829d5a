import { describe, expect, it, vi } from 'vitest';

// Cheap password hashes: this file makes and checks many (lib/testing/cheap-password-hashes.ts).
vi.mock('./password', async (actual) =>
  (await import('@/lib/testing/cheap-password-hashes')).withCheapHashes(await actual()),
);

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

// The session of "this request": who is logged in, set by each test.
const session = vi.hoisted(() => ({ uid: undefined as number | undefined }));
vi.mock('./session', () => ({
  readSession: async () => ({ cart: [], uid: session.uid }),
}));

import { registerUser } from './accounts';
import { loginPath, requireStaff, safeReturnPath } from './auth';

/** Where a redirect() thrown by next/navigation sends the visitor, or a failure if none was thrown. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => expect.fail('no redirect'),
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: unknown }).digest;
  if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT;')) throw error;
  return digest.split(';')[2] ?? '';
}

async function user(email: string, staff: boolean) {
  const result = await registerUser({ name: 'Anna', email, password: 'long enough', staff });
  if (!result.ok) throw new Error('not registered');
  return result.user;
}

describe('safeReturnPath', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeReturnPath('/en/admin/orders?page=2')).toBe('/en/admin/orders?page=2');
    expect(safeReturnPath('/en/cart#summary')).toBe('/en/cart#summary');
  });

  it('gives the path as the browser will resolve it', () => {
    expect(safeReturnPath('/en/./products/../admin?page=2')).toBe('/en/admin?page=2');
    expect(safeReturnPath('/../en/account')).toBe('/en/account');
    expect(safeReturnPath('/ru/каталог')).toBe('/ru/%D0%BA%D0%B0%D1%82%D0%B0%D0%BB%D0%BE%D0%B3');
    // An encoded slash is no separator: this is a (missing) page of ours, not another site.
    expect(safeReturnPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
  });

  it('refuses anything that could lead to another site', () => {
    for (const value of [
      'https://evil.example.com/',
      '//evil.example.com',
      '/\\evil.example.com',
      '/\t/evil.example.com',
      '/\n/evil.example.com',
      'en/account',
      '',
      undefined,
      ['/en'],
    ]) {
      expect(safeReturnPath(value)).toBeUndefined();
    }
  });

  // Each of these looks like a path, but the browser normalises it to "//evil.example/...".
  it.each([
    '/..//evil.example/x',
    '/.//evil.example/x',
    '/a/..//evil.example/x',
    '/en/account/../..//evil.example/x',
    '/..//evil.example',
    '/..//evil.example?next=/en#top',
    '/..\\/evil.example/x',
    '/.\\\\evil.example/x',
    '/\\\\evil.example',
    '/\\/evil.example',
    '/.\t.//evil.example/x',
    '/.\n//evil.example/x',
    '/\r\n/evil.example',
    '/%2e%2e//evil.example/x',
    '/%2E%2E//evil.example/x',
    '/.%2e//evil.example/x',
    '/%2e//evil.example/x',
    '/a/%2e%2e//evil.example',
  ])('refuses %j, which leads to another site', (value) => {
    expect(safeReturnPath(value)).toBeUndefined();
  });
});

describe('loginPath', () => {
  it('carries the return path, encoded', () => {
    expect(loginPath('ru', '/admin/orders?page=2')).toBe(
      '/ru/account/login?next=%2Fru%2Fadmin%2Forders%3Fpage%3D2',
    );
    expect(loginPath('en')).toBe('/en/account/login');
  });
});

// The proxy guards only /admin addresses; a server action can be posted from any page, so every
// admin action calls requireStaff first and relies on it to turn everyone else away.
describe('requireStaff', () => {
  it('sends a customer to the admin, where the proxy answers 403, and never returns the user', async () => {
    session.uid = (await user('customer@example.com', false)).id;
    expect(await redirectOf(requireStaff('ru', '/admin/products'))).toBe('/ru/admin');
  });

  it('sends a visitor to the login page, which comes back afterwards', async () => {
    session.uid = undefined;
    expect(await redirectOf(requireStaff('en', '/admin/orders?page=2'))).toBe(
      '/en/account/login?next=%2Fen%2Fadmin%2Forders%3Fpage%3D2',
    );
  });

  it('sends a deleted account (a session that outlived its user) to the login page', async () => {
    session.uid = 424242;
    expect(await redirectOf(requireStaff('en', '/admin'))).toBe(loginPath('en', '/admin'));
  });

  it('lets staff through', async () => {
    const staff = await user('staff@example.com', true);
    session.uid = staff.id;
    expect(await requireStaff('en', '/admin')).toMatchObject({ id: staff.id, isStaff: true });
  });
});

import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Cheap password hashes: this file makes and checks many (lib/testing/cheap-password-hashes.ts).
vi.mock('@/lib/server/password', async (actual) =>
  (await import('@/lib/testing/cheap-password-hashes')).withCheapHashes(await actual()),
);

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

// A visitor's or a customer's request: the real requireStaff, the session as the test sets it, and every
// write of the admin replaced by a spy that must never be called.
const session = vi.hoisted(() => ({ uid: undefined as number | undefined }));
vi.mock('@/lib/server/session', () => ({
  readSession: async () => ({ cart: [], uid: session.uid }),
}));
vi.mock('next-intl/server', () => ({ getLocale: async () => 'en' }));
vi.mock('@/lib/server/admin/products', () => ({
  saveProduct: vi.fn(),
  deleteProduct: vi.fn(),
  setProductAvailability: vi.fn(),
}));
vi.mock('@/lib/server/admin/categories', () => ({
  saveCategory: vi.fn(),
  deleteCategory: vi.fn(),
}));
vi.mock('@/lib/server/admin/jobs', () => ({ retryJob: vi.fn() }));
vi.mock('@/lib/server/admin/coupons', () => ({
  saveCoupon: vi.fn(),
  setCouponActive: vi.fn(),
  deleteCoupon: vi.fn(),
}));

import { readdirSync } from 'node:fs';
import path from 'node:path';

import * as categoryWrites from '@/lib/server/admin/categories';
import * as couponWrites from '@/lib/server/admin/coupons';
import * as jobWrites from '@/lib/server/admin/jobs';
import * as productWrites from '@/lib/server/admin/products';
import { registerUser } from '@/lib/server/accounts';
import { isStaffAction } from '@/lib/server/guarded-action';

// Every actions.ts under admin/, found on disk: a new one is checked without being listed here.
const actionModules = readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' })
  .filter((file) => path.basename(file) === 'actions.ts')
  .sort();
const actions = (
  await Promise.all(
    actionModules.map(async (file) =>
      Object.entries(
        (await import(/* @vite-ignore */ path.join(import.meta.dirname, file))) as Record<
          string,
          unknown
        >,
      ).map(([name, action]) => ({ name: `${file} ${name}`, action })),
    ),
  )
).flat();

// One form that every admin action would accept, so that an action without the guard would write.
const everything = new FormData();
for (const [name, value] of Object.entries({
  id: '1',
  categoryId: '1',
  price: '1.00',
  'name-en': 'Tea',
  'slug-en': 'tea',
  'name-ru': 'Чай',
  'slug-ru': 'chay',
  available: 'on',
  code: 'TEA10',
  kind: 'percent',
  percent: '10',
  validFrom: '2026-12-01',
  validTo: '2026-12-31',
  active: 'on',
})) {
  everything.set(name, value);
}

/** Calls an action as a form would: a state action gets its previous state, then the form. */
function post(action: unknown): Promise<unknown> {
  if (typeof action !== 'function') throw new Error('a "use server" file exports functions only');
  return (action as (...args: unknown[]) => Promise<unknown>)({}, everything);
}

/** Where the redirect() an action threw sends the browser. */
async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  const error: unknown = await run().then(
    () => expect.fail('the action ran to its end'),
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: unknown }).digest;
  if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT;')) throw error;
  return digest.split(';')[2] ?? '';
}

// The proxy guards only /admin addresses, and a server action can be posted from any page.
describe('admin server actions', () => {
  it('are found on disk', () => {
    expect(actionModules).toEqual(
      expect.arrayContaining([
        'categories/actions.ts',
        'coupons/actions.ts',
        'jobs/actions.ts',
        'products/actions.ts',
      ]),
    );
    expect(actions.length).toBeGreaterThanOrEqual(9);
  });

  it.each(actions)('$name is built by staffAction', ({ action }) => {
    expect(isStaffAction(action)).toBe(true);
  });
});

describe('admin server actions posted by a visitor', () => {
  it.each(actions)('$name sends the visitor to log in and writes nothing', async ({ action }) => {
    session.uid = undefined;
    expect(await redirectOf(() => post(action))).toMatch(
      /^\/en\/account\/login\?next=%2Fen%2Fadmin/,
    );
    expectNoWrites();
  });
});

describe('admin server actions posted by a customer', () => {
  let customerId: number;
  beforeAll(async () => {
    const customer = await registerUser({
      name: 'Anna',
      email: 'customer@example.com',
      password: 'long enough',
    });
    if (!customer.ok) throw new Error('not registered');
    customerId = customer.user.id;
  });

  beforeEach(() => {
    vi.clearAllMocks();
    session.uid = customerId;
  });

  it.each(actions)(
    '$name sends the customer to the 403 page and writes nothing',
    async ({ action }) => {
      expect(await redirectOf(() => post(action))).toBe('/en/admin');
      expectNoWrites();
    },
  );
});

function expectNoWrites() {
  for (const write of [
    productWrites.saveProduct,
    productWrites.deleteProduct,
    productWrites.setProductAvailability,
    categoryWrites.saveCategory,
    categoryWrites.deleteCategory,
    jobWrites.retryJob,
    couponWrites.saveCoupon,
    couponWrites.setCouponActive,
    couponWrites.deleteCoupon,
  ]) {
    expect(write).not.toHaveBeenCalled();
  }
}

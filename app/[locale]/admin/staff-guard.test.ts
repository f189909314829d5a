import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

// A customer's request: the real requireStaff, the session of a logged-in customer, and every
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

import * as categoryWrites from '@/lib/server/admin/categories';
import * as couponWrites from '@/lib/server/admin/coupons';
import * as jobWrites from '@/lib/server/admin/jobs';
import * as productWrites from '@/lib/server/admin/products';
import { registerUser } from '@/lib/server/accounts';

import { deleteCategoryAction, saveCategoryAction } from './categories/actions';
import { deleteCouponAction, saveCouponAction, toggleCouponAction } from './coupons/actions';
import { retryJobAction } from './jobs/actions';
import {
  deleteProductAction,
  saveProductAction,
  toggleAvailabilityAction,
} from './products/actions';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const product = form({
  id: '1',
  categoryId: '1',
  price: '1.00',
  'name-en': 'Tea',
  'slug-en': 'tea',
  'name-ru': 'Чай',
  'slug-ru': 'chay',
  available: 'on',
});
const coupon = form({
  id: '1',
  code: 'TEA10',
  kind: 'percent',
  percent: '10',
  validFrom: '2026-12-01',
  validTo: '2026-12-31',
  active: 'on',
});
const category = form({
  id: '1',
  'name-en': 'Tea',
  'slug-en': 'tea',
  'name-ru': 'Чай',
  'slug-ru': 'chay',
});

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
describe('admin server actions posted by a customer', () => {
  beforeAll(async () => {
    const customer = await registerUser({
      name: 'Anna',
      email: 'customer@example.com',
      password: 'long enough',
    });
    if (!customer.ok) throw new Error('not registered');
    session.uid = customer.user.id;
  });

  beforeEach(() => {
    vi.clearAllMocks();
  });

  it.each([
    ['saveProductAction', () => saveProductAction({}, product)],
    ['deleteProductAction', () => deleteProductAction(product)],
    ['toggleAvailabilityAction', () => toggleAvailabilityAction(product)],
    ['saveCategoryAction', () => saveCategoryAction({}, category)],
    ['deleteCategoryAction', () => deleteCategoryAction(category)],
    ['retryJobAction', () => retryJobAction(form({ id: '1' }))],
    ['saveCouponAction', () => saveCouponAction({}, coupon)],
    ['toggleCouponAction', () => toggleCouponAction(coupon)],
    ['deleteCouponAction', () => deleteCouponAction(coupon)],
  ])('%s sends the customer to the 403 page and writes nothing', async (_name, run) => {
    expect(await redirectOf(run)).toBe('/en/admin');
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
  });
});

import { expect, test } from '@playwright/test';

import { signInAsStaff, uniqueTag } from './admin-fixtures';
import { couponByCode, couponUses, createCoupon, createCouponOrder } from './coupon-fixtures';
import { submit } from './fixtures';

// The staff's coupon pages (desktop only, as every admin spec).

test.beforeEach(async ({ context }) => {
  await signInAsStaff(context);
});

const DAY = 24 * 3600 * 1000;

test('creates a coupon through the form, refusing bad fields and a taken code', async ({
  page,
}) => {
  const taken = createCoupon();
  const code = uniqueTag('Spring').toUpperCase();
  await page.goto('/en/admin/coupons');
  await page.getByRole('link', { name: 'New coupon' }).click();
  await page.getByLabel('Code', { exact: true }).fill(taken.code.toLowerCase());
  await page.getByLabel('Percentage (1–100)').fill('150');
  await page.getByLabel('Maximum number of uses (optional)').fill('0');
  await submit(page, page.getByRole('button', { name: 'Save coupon' }));
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Please correct the 2 fields marked below.',
  );
  await expect(page.getByText('Enter a whole number from 1 to 100.')).toBeVisible();
  await expect(
    page.getByText('Enter a whole number of at least 1, or leave it empty.'),
  ).toBeVisible();

  await page.getByLabel('Percentage (1–100)').fill('15');
  await page.getByLabel('Maximum number of uses (optional)').fill('5');
  await submit(page, page.getByRole('button', { name: 'Save coupon' }));
  await expect(page.getByText('Another coupon has this code (in some letter case).')).toBeVisible();

  await page.getByLabel('Code', { exact: true }).fill(code);
  await page.getByLabel('Fixed amount').check();
  await page.getByLabel('Amount', { exact: true }).fill('7.50');
  await page.getByLabel('Minimum subtotal (optional)').fill('25');
  await page.getByLabel('Valid from').fill('2026-01-01');
  await page.getByLabel('Valid to (included)').fill('2099-12-31');
  await submit(page, page.getByRole('button', { name: 'Save coupon' }));
  await expect(page.getByRole('main').getByRole('status')).toHaveText('The coupon was saved.');
  expect(couponByCode(code)).toMatchObject({
    code,
    percentOff: null,
    amountOffMinor: 750,
    minSubtotalMinor: 2500,
    maxUses: 5,
    active: true,
    validFrom: new Date(Date.UTC(2026, 0, 1)),
    validUntil: new Date(Date.UTC(2100, 0, 1)),
  });
  await expect(page.getByText('$7.50 · Minimum subtotal $25.00')).toBeVisible();
  await expect(page.getByText('0 of 5')).toBeVisible();
});

test('the list searches codes and shows only those active now on request', async ({ page }) => {
  const tag = uniqueTag('FIND').toUpperCase();
  const active = createCoupon({}, `${tag}A`);
  const off = createCoupon({ active: false }, `${tag}B`);
  const expired = createCoupon(
    { validFrom: Date.now() - 2 * DAY, validUntil: Date.now() - 1 },
    `${tag}C`,
  );
  const usedUp = createCoupon({ maxUses: 1, uses: 1 }, `${tag}D`);
  await page.goto('/en/admin/coupons');
  await page.getByLabel('Search codes').fill(tag.toLowerCase());
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText('4 coupons')).toBeVisible();
  const row = (code: string) => page.getByRole('row').filter({ hasText: code });
  await expect(row(active.code)).toContainText('Active now');
  await expect(row(off.code)).toContainText('Deactivated');
  await expect(row(expired.code)).toContainText('Expired');
  await expect(row(usedUp.code)).toContainText('Used up');
  await expect(row(usedUp.code)).toContainText('1 of 1');

  await page.getByLabel('Active now only').check();
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/active=now/);
  await expect(page.getByText('1 coupon', { exact: true })).toBeVisible();
  await expect(row(active.code)).toBeVisible();
  await expect(row(off.code)).toHaveCount(0);
});

test('a used coupon lists its orders, can be deactivated but not deleted; an unused one can', async ({
  page,
}) => {
  const used = createCoupon({}, 'USED');
  const tag = uniqueTag('buyer');
  const orderId = createCouponOrder(used, tag);
  await page.goto('/en/admin/coupons');
  await page.getByRole('link', { name: `Edit coupon ${used.code}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Coupon ${used.code}`);
  await expect(page.getByText('1 order used it.')).toBeVisible();
  const orders = page.getByRole('region', { name: 'Orders that used it' });
  await expect(orders.getByRole('row').filter({ hasText: tag })).toContainText('−$1.00');
  expect(couponUses(used.id)).toBe(1);

  await submit(page, page.getByRole('button', { name: 'Deactivate' }));
  await expect(page.getByRole('main').getByRole('status')).toHaveText('The coupon was saved.');
  await expect(page.getByRole('button', { name: 'Activate' })).toBeVisible();
  expect(couponByCode(used.code)).toMatchObject({ active: false });

  await submit(page, page.getByRole('button', { name: 'Delete this coupon' }));
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Orders used this coupon, so it cannot be deleted (they name it). Deactivate it instead.',
  );
  expect(couponByCode(used.code)).toBeDefined();

  // The admin order page names it and links back.
  await page.goto(`/en/admin/orders/${orderId}`);
  await page.getByRole('link', { name: used.code }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Coupon ${used.code}`);

  const unused = createCoupon({}, 'UNUSED');
  await page.goto('/ru/admin/coupons');
  await page.getByRole('link', { name: `Изменить промокод ${unused.code}` }).click();
  await submit(page, page.getByRole('button', { name: 'Удалить промокод' }));
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Промокод удалён.');
  expect(couponByCode(unused.code)).toBeUndefined();
});

import { expect, test } from '@playwright/test';

import { createOrder, signInAsStaff, uniqueTag } from './admin-fixtures';
import { expectNoA11yViolations, hasNoHorizontalScroll } from './fixtures';

// The narrowest phones in common use; set here so the check holds in either project.
test.use({ viewport: { width: 360, height: 740 } });

test('the order list is usable on a 360px phone', { tag: '@phone' }, async ({ page, context }) => {
  await signInAsStaff(context);
  const tag = uniqueTag();
  const orderId = createOrder({
    firstName: 'Konstantin',
    lastName: `Konstantinopolsky-${tag}`,
    email: `a.very.long.address.${tag}@example.com`,
  });

  await page.goto('/en/admin/orders');
  await page.getByLabel('Name or e-mail').fill(tag);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText('1 order', { exact: true })).toBeVisible();
  expect(await hasNoHorizontalScroll(page)).toBe(true);
  await expect(page.getByRole('checkbox', { name: `Select order ${orderId}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export selected to CSV' })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('link', { name: String(orderId), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Order ${orderId}` })).toBeVisible();
  expect(await hasNoHorizontalScroll(page)).toBe(true);
});

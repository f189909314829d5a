import { expect, test } from '@playwright/test';

import {
  addToCart,
  availableProduct,
  expectNoA11yViolations,
  fillCheckout,
  newBuyer,
} from './fixtures';

// The phone's layout through axe and its landmarks. The desktop's pages go through axe in
// a11y.desktop.spec.ts (every page, both languages), so these run on the phone only (the file name
// keeps them out of the desktop project).

const product = availableProduct(5);
const pages = ['/en', '/ru', '/en/category/coffee', `/en/products/${product.en.slug}`];

test.describe('layout and accessibility', { tag: '@phone' }, () => {
  for (const address of pages) {
    test(`${address} has landmarks, a title, a description and no axe violations`, async ({
      page,
    }) => {
      await page.goto(address);
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
      await expect(page).toHaveTitle(/myshop/);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
      await expectNoA11yViolations(page);
    });
  }

  test('the cart, empty and full, has no axe violations', async ({ page }) => {
    await page.goto('/en/cart');
    await expectNoA11yViolations(page);
    await addToCart(page, product.en.slug, 2);
    await page.goto('/en/cart');
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
    await expectNoA11yViolations(page);
  });

  test('the checkout, with errors, and the order page have no axe violations', async ({ page }) => {
    // Four axe runs over every current rule and an order placed: more than 30 s on a busy machine.
    test.slow();
    await addToCart(page, product.en.slug, 1);
    await page.goto('/en/checkout');
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page.getByText('Please correct the 6 fields marked below.')).toBeVisible();
    await expectNoA11yViolations(page);
    await fillCheckout(page, newBuyer());
    await page.getByRole('button', { name: 'Place order' }).click();
    await expect(page).toHaveURL(/\/en\/orders\/\d+\/pay$/);
    await expectNoA11yViolations(page);
    await page.getByRole('link', { name: 'View your order' }).click();
    await expect(page).toHaveURL(/\/en\/orders\/\d+$/);
    await expectNoA11yViolations(page);
  });
});

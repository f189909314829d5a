import { expect, test } from '@playwright/test';

import {
  availableProduct,
  createProduct,
  expectNoA11yViolations,
  fillCheckout,
  giveCart,
  hasNoHorizontalScroll,
  newBuyer,
} from './fixtures';
import { paidOrderOf } from './order-fixtures';

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

  test('the cart, empty and full, has no axe violations', async ({ page, context }) => {
    await page.goto('/en/cart');
    await expectNoA11yViolations(page);
    await giveCart(context, [{ slug: product.en.slug, quantity: 2 }]);
    await page.goto('/en/cart');
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
    await expectNoA11yViolations(page);
  });

  // How the recommendations are made and kept fresh is tested on the desktop, through paid orders
  // (recommendations.spec.ts); here only that their cards fit a phone, in the longer language too.
  test('"bought together" cards fit on the product page and in the cart', async ({ page }) => {
    const teapot = createProduct({ price: '31.00' });
    const cups = createProduct({ price: '22.40' });
    const tray = createProduct({ price: '18.90' });
    paidOrderOf([teapot, cups, tray]);

    await page.goto(`/en/products/${teapot.en.slug}`);
    const bought = page.getByRole('region', { name: 'Bought together with this' });
    await expect(bought.getByRole('heading', { level: 3 })).toHaveText([
      cups.en.name,
      tray.en.name,
    ]);
    const cupsCard = bought.getByRole('link', { name: cups.en.name });
    await expect(cupsCard).toContainText('$22.40');
    await expect(cupsCard.getByRole('img', { name: cups.en.name })).toBeVisible();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await expectNoA11yViolations(page);

    await giveCart(page.context(), [{ slug: cups.en.slug, quantity: 1 }]);
    await page.goto('/ru/cart');
    const mayLike = page.getByRole('region', { name: 'Вам может понравиться' });
    await expect(mayLike.getByRole('heading', { level: 3 })).toHaveText([
      teapot.ru.name,
      tray.ru.name,
    ]);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await expectNoA11yViolations(page);
  });

  test('the checkout, with errors, and the order page have no axe violations', async ({
    page,
    context,
  }) => {
    // Four axe runs over every current rule and an order placed: more than 30 s on a busy machine.
    test.slow();
    // What is tested is the checkout's layout: the cart is arranged as adding to it leaves it.
    await giveCart(context, [{ slug: product.en.slug, quantity: 1 }]);
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

import { expect, test } from '@playwright/test';

import { addToCart, availableProduct, cartLink, hasNoHorizontalScroll } from './fixtures';

// Runs in the phone project only (see playwright.config.ts).
const product = availableProduct(5);
const pages = ['/en', '/ru', '/en/category/coffee', `/en/products/${product.en.slug}`];

test.describe('phone layout', { tag: '@phone' }, () => {
  for (const address of pages) {
    test(`${address} fits a 360 px screen`, async ({ page }) => {
      await page.goto(address);
      expect(page.viewportSize()?.width).toBe(360);
      expect(await hasNoHorizontalScroll(page)).toBe(true);
      await expect(page.getByRole('link', { name: 'Русский' })).toBeInViewport();
    });
  }

  test('the product grid shows two columns', async ({ page }) => {
    await page.goto('/en');
    const cards = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('img') });
    const first = await cards.nth(0).boundingBox();
    const second = await cards.nth(1).boundingBox();
    const third = await cards.nth(2).boundingBox();
    expect(first && second && third).toBeTruthy();
    expect(second?.y).toBe(first?.y);
    expect(third?.y).toBeGreaterThan(first?.y ?? 0);
  });

  test('the cart works and fits on a phone', async ({ page }) => {
    await addToCart(page, product.en.slug, 2);
    await page.goto('/en/cart');
    await expect(cartLink(page)).toBeInViewport();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    const line = page.getByRole('main').getByRole('listitem');
    await line.getByRole('spinbutton').fill('3');
    await line.getByRole('button', { name: `Update quantity of ${product.en.name}` }).click();
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 3 items');
    expect(await hasNoHorizontalScroll(page)).toBe(true);
  });
});

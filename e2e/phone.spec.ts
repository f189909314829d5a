import { expect, test } from '@playwright/test';

import { availableProduct, hasNoHorizontalScroll } from './fixtures';

// Runs in the phone project only (see playwright.config.ts).
const product = availableProduct(5);
const pages = ['/en', '/ru', '/en/category/coffee', `/en/products/${product.en.slug}`];

test.describe('phone layout', () => {
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
});

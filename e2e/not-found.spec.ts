import { expect, test } from '@playwright/test';

test.describe('not found', () => {
  for (const [address, heading] of [
    ['/en/products/no-such-product', 'Page not found'],
    ['/en/category/no-such-category', 'Page not found'],
    ['/en/no/such/page', 'Page not found'],
    ['/ru/products/no-such-product', 'Страница не найдена'],
    ['/ru/no-such-page', 'Страница не найдена'],
  ] as const) {
    test(`${address} is a 404 in the visitor's language`, async ({ page }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('banner')).toBeVisible();
    });
  }

  test("an unknown language is a 404 in the browser's language", async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    const response = await page.goto('/xx/products/anything');
    expect(response?.status()).toBe(404);
    await expect(page).toHaveURL('/ru/xx/products/anything');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Страница не найдена' }),
    ).toBeVisible();
    await context.close();
  });

  test('the 404 page is complete without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto('/en/products/no-such-product');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the catalog' })).toBeVisible();
    await context.close();
  });
});

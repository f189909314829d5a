import { expect, test } from '@playwright/test';

import { addToCart, availableProduct, cartLink, category } from './fixtures';

const tea = availableProduct(1);

test.describe('the cart across pages and reloads', () => {
  test('the count shows on every page and survives reloads and navigation', async ({ page }) => {
    await addToCart(page, tea.en.slug, 3);
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 3 items');
    for (const address of [
      '/en',
      `/en/category/${category('tea').en.slug}`,
      `/en/products/${availableProduct(7).en.slug}`,
      '/en/cart',
      '/en/no-such-page',
      '/ru',
    ]) {
      await page.goto(address);
      await expect(cartLink(page)).toHaveAccessibleName(/^(Cart, 3 items|Корзина, 3 товара)$/);
    }
    await page.reload();
    await expect(cartLink(page)).toHaveAccessibleName('Корзина, 3 товара');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL('/en');
    await cartLink(page).click();
    await expect(page).toHaveURL('/en/cart');
    await expect(page.getByRole('main').getByRole('link', { name: tea.en.name })).toBeVisible();
  });

  test('with JavaScript the count changes at once, before the server answers', async ({ page }) => {
    await page.goto(`/en/products/${tea.en.slug}`);
    await expect(cartLink(page)).toHaveAccessibleName('Cart, empty');
    // Hold the action's answer back, to see what the shopper sees meanwhile.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**/en/products/${tea.en.slug}`, async (route) => {
      if (route.request().method() === 'POST') await held;
      await route.continue();
    });
    await page.getByLabel('Quantity', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect(page.getByRole('button', { name: 'Adding…' })).toBeDisabled();
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');
    release();
    await expect(page.getByRole('status')).toHaveText(`Added to your cart: ${tea.en.name} × 2.`);
    await expect(page.getByRole('button', { name: 'Add to cart' })).toBeEnabled();
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');
  });

  test('a plain form post is answered with a 303, so a reload does not post again', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/en/products/${tea.en.slug}`);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: 'Add to cart' }).click(),
    ]);
    expect(response.status()).toBe(303);
    await expect(page).toHaveURL(/^[^?]*\/en\/cart\?done=added&/);
    await page.reload();
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 1 item');
    await context.close();
  });
});

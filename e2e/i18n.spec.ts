import { expect, test } from '@playwright/test';

import { availableProduct, category } from './fixtures';

test.describe('languages', () => {
  test('the bare address follows Accept-Language, English by default', async ({ request }) => {
    const russian = await request.get('/', {
      headers: { 'Accept-Language': 'ru-RU,ru;q=0.9' },
      maxRedirects: 0,
    });
    expect(russian.status()).toBe(307);
    expect(russian.headers().location).toMatch(/\/ru$/);
    const other = await request.get('/', {
      headers: { 'Accept-Language': 'de-DE,de;q=0.9' },
      maxRedirects: 0,
    });
    expect(other.headers().location).toMatch(/\/en$/);
  });

  test('Russian pages show Russian content and prices', async ({ page }) => {
    const product = availableProduct(2);
    await page.goto('/ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page).toHaveTitle(/Товары · myshop/);
    await expect(page.getByRole('heading', { level: 1, name: 'Товары' })).toBeVisible();
    await expect(
      page.getByRole('link', { name: category('tea').ru.name, exact: true }),
    ).toBeVisible();
    await page.goto(`/ru/products/${product.ru.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: product.ru.name })).toBeVisible();
    await expect(page.getByText(product.ru.description)).toBeVisible();
    // Russian format: comma decimals and the currency sign after the number.
    const [whole, cents] = product.price.split('.');
    await expect(page.getByText(new RegExp(`${whole},${cents}\\s\\$`))).toBeVisible();
    await expect(page.getByText('В наличии')).toBeVisible();
  });

  test('switching language keeps the visitor on the same product', async ({ page }) => {
    const product = availableProduct(4);
    await page.goto(`/en/products/${product.en.slug}`);
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(`/ru/products/${product.ru.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: product.ru.name })).toBeVisible();
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(`/en/products/${product.en.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: product.en.name })).toBeVisible();
  });

  test('switching language keeps the category and the catalog', async ({ page }) => {
    const tea = category('tea');
    await page.goto(`/en/category/${tea.en.slug}`);
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(`/ru/category/${tea.ru.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: tea.ru.name })).toBeVisible();
    await page.goto('/ru');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL('/en');
    await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();
  });

  test('the chosen language is remembered for the bare address', async ({ page }) => {
    await page.goto('/ru');
    await page.goto('/');
    await expect(page).toHaveURL('/ru');
  });
});

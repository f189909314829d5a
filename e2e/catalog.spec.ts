import { expect, test } from '@playwright/test';

import { PRODUCTS_PER_PAGE } from '../lib/domain/paging';
import { availableProduct, category, seedProducts, unavailableProduct } from './fixtures';

test.describe('catalog', () => {
  test('lists the first page of products with prices, the total and the categories', async ({
    page,
  }) => {
    await page.goto('/en');
    await expect(page).toHaveTitle(/Products · myshop/);
    await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();
    // The catalog is paged: a full first page, and the count of every product on all pages
    // (other tests add products of their own meanwhile: the seeded ones at least).
    const cards = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('img') });
    await expect(cards).toHaveCount(PRODUCTS_PER_PAGE);
    // The first card's image is the page's largest paint: preloaded and fetched at high priority,
    // the rest of its row preloaded, the cards further down loaded as the shopper scrolls.
    await expect(cards.nth(0).getByRole('img')).toHaveAttribute('fetchpriority', 'high');
    await expect(cards.nth(1).getByRole('img')).not.toHaveAttribute('fetchpriority', /./);
    await expect(cards.nth(1).getByRole('img')).not.toHaveAttribute('loading', 'lazy');
    await expect(cards.nth(4).getByRole('img')).toHaveAttribute('loading', 'lazy');
    await expect(page.locator('link[rel=preload][as=image]')).toHaveCount(4);
    await expect(page.locator('link[rel=preload][as=image][fetchpriority=high]')).toHaveCount(1);
    // A card offers the widths a card is shown at, by the short /img/ addresses, and the browser
    // gets the resized image from them (lib/image-loader.ts).
    const first = cards.nth(0).getByRole('img');
    const srcset = (await first.getAttribute('srcset')) ?? '';
    expect(srcset.split(', ').map((entry) => entry.split(' ')[1])).toEqual([
      '256w',
      '384w',
      '640w',
      '828w',
    ]);
    expect(srcset).toMatch(/^\/img\/256\/75\/products\/[^ ]+\.webp 256w, /);
    await expect
      .poll(() => first.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBeGreaterThan(0);
    expect(await first.evaluate((image: HTMLImageElement) => image.currentSrc)).toMatch(
      /\/img\/\d+\/75\//,
    );
    const total = await page.getByText(/^\d+ products$/).textContent();
    expect(Number(total?.split(' ')[0])).toBeGreaterThanOrEqual(seedProducts.length);
    const categories = page.getByRole('navigation', { name: 'Categories' });
    await expect(categories.getByRole('link', { name: 'All products' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(categories.getByRole('link', { name: 'Coffee' })).toBeVisible();
    const product = availableProduct();
    const card = page.getByRole('link', { name: new RegExp(escape(product.en.name)) });
    await expect(card).toContainText(
      `$${Number(product.price.split('.')[0]).toLocaleString('en')}.`,
    );
    await expect(card).toContainText(product.price.split('.')[1] ?? '');
  });

  test('filters by category', async ({ page }) => {
    const coffee = category('coffee');
    await page.goto('/en');
    await page
      .getByRole('navigation', { name: 'Categories' })
      .getByRole('link', { name: coffee.en.name, exact: true })
      .click();
    await expect(page).toHaveURL(`/en/category/${coffee.en.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: coffee.en.name })).toBeVisible();
    const inCategory = seedProducts.filter((product) => product.category === 'coffee');
    await expect(page.getByText(`${inCategory.length} products`)).toBeVisible();
    for (const product of inCategory) {
      await expect(page.getByRole('heading', { level: 2, name: product.en.name })).toBeVisible();
    }
    const other = seedProducts.find((product) => product.category === 'tea');
    await expect(page.getByRole('heading', { level: 2, name: other?.en.name })).toHaveCount(0);
    await expect(
      page
        .getByRole('navigation', { name: 'Categories' })
        .getByRole('link', { name: coffee.en.name, exact: true }),
    ).toHaveAttribute('aria-current', 'page');
  });

  test('shows a product with its image, price, availability and description', async ({ page }) => {
    // A tea past the first page of the whole catalog: found through its category's page.
    const product = availableProduct(3);
    await page.goto(`/en/category/${category('tea').en.slug}`);
    await page.getByRole('link', { name: new RegExp(escape(product.en.name)) }).click();
    await expect(page).toHaveURL(`/en/products/${product.en.slug}`);
    await expect(page).toHaveTitle(`${product.en.name} · myshop`);
    await expect(page.getByRole('heading', { level: 1, name: product.en.name })).toBeVisible();
    await expect(page.getByText('In stock')).toBeVisible();
    await expect(page.getByText(product.en.description)).toBeVisible();
    const image = page.getByRole('img', { name: product.en.name });
    await expect(image).toHaveAttribute('src', /\/_next\/image\?url=%2Fmedia%2F/);
    // The page's largest paint, fetched before the scripts.
    await expect(image).toHaveAttribute('fetchpriority', 'high');
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    const description = page.locator('meta[name="description"]');
    await expect(description).toHaveAttribute('content', product.en.description.slice(0, 160));
  });

  test('marks an unavailable product', async ({ page }) => {
    const product = unavailableProduct();
    await page.goto(`/en/products/${product.en.slug}`);
    await expect(page.getByText('Out of stock')).toBeVisible();
  });

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const product = availableProduct(1);
    await page.goto('/en');
    await page.getByRole('link', { name: new RegExp(escape(product.en.name)) }).click();
    await expect(page.getByRole('heading', { level: 1, name: product.en.name })).toBeVisible();
    await context.close();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

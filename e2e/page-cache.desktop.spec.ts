import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { expect, request, test, type APIRequestContext } from '@playwright/test';

import { fromMinor } from '../lib/domain/money';
import { createUser, signInAs } from './admin-fixtures';
import { TEST_PASSWORD } from './account-fixtures';
import { firstListedProduct } from './catalog-fixtures';
import { addToCart, availableProduct, cartLink, category, giveCart, submit } from './fixtures';
import { startShopServer } from './shop-server';

// Catalog pages are rendered once per header variant and served from memory by every server
// process (docs/decisions/0004-page-server.md). These tests would fail if a cache hid an admin
// change from one process, or served one shopper's header to another.

test.describe('two server processes on one database', () => {
  test.describe.configure({ timeout: 120_000 });

  test('an admin price change shows at once on the product page, the list and the category, in both', async ({
    browser,
  }) => {
    const first = await startShopServer({ WEB_CONCURRENCY: '1' });
    const second = await startShopServer({
      WEB_CONCURRENCY: '1',
      DATABASE_PATH: path.join(first.dataDir, 'shop.db'),
      MEDIA_ROOT: path.join(first.dataDir, 'media'),
    });
    const servers = [first, second];
    const clients = await Promise.all(
      servers.map(({ baseURL }) => request.newContext({ baseURL })),
    );
    try {
      const shown = firstListedProduct(path.join(first.dataDir, 'shop.db'));
      const pages = ['/en', `/en/category/${shown.categorySlug}`, `/en/products/${shown.slug}`];
      const oldPrice = dollars(shown.priceMinor);
      const newPrice = dollars(shown.priceMinor + 123);
      for (const client of clients) {
        for (const address of pages) {
          await expectPage(client, address, oldPrice);
          // Served from the cache the second time: what follows tests its invalidation.
          expect(await expectPage(client, address, oldPrice)).toBe('HIT');
        }
      }

      const email = `staff-${Date.now()}@example.com`;
      execFileSync('npm', ['run', '--silent', 'user:create', '--', '--email', email, '--staff'], {
        env: {
          ...process.env,
          DATABASE_PATH: path.join(first.dataDir, 'shop.db'),
          USER_PASSWORD: TEST_PASSWORD,
        },
      });
      const context = await browser.newContext({ baseURL: first.baseURL });
      const page = await context.newPage();
      await page.goto('/en/account/login');
      await page.getByLabel('E-mail', { exact: true }).fill(email);
      await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
      await submit(page, page.getByRole('button', { name: 'Log in' }));
      await expect(page).toHaveURL(/\/en\/account$/);
      await page.goto(`/en/admin/products/${shown.id}`);
      await page.getByLabel('Price').fill(newPrice.slice(1));
      await submit(page, page.getByRole('button', { name: 'Save product' }));
      await expect(page.getByRole('status')).toHaveText('The product was saved.');
      await context.close();

      for (const client of clients) {
        for (const address of pages) {
          await expectPage(client, address, newPrice);
          expect(await text(client, address)).not.toContain(oldPrice);
        }
      }
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
      second.stop();
      first.stop();
    }
  });
});

test('two shoppers never see each other’s header, on any catalog page', async ({ browser }) => {
  test.setTimeout(90_000);
  const tea = availableProduct(0);
  const coffee = availableProduct(1);
  const user = await createUser();
  const anna = await browser.newContext();
  await signInAs(anna, user.id);
  const guest = await browser.newContext();
  const annaPage = await anna.newPage();
  const guestPage = await guest.newPage();
  await addToCart(annaPage, tea.en.slug, 2);
  await giveCart(guest, [{ slug: coffee.en.slug, quantity: 5 }]);
  const pages = [
    '/en',
    `/en/category/${category(tea.category).en.slug}`,
    `/en/products/${tea.en.slug}`,
  ];
  // Each page twice, in turns: the second visit of each comes from the cache.
  for (let round = 0; round < 2; round += 1) {
    for (const address of pages) {
      await annaPage.goto(address);
      await expect(cartLink(annaPage)).toHaveAccessibleName('Cart, 2 items');
      await expect(
        annaPage.getByRole('banner').getByRole('link', { name: `Account: ${user.name}` }),
      ).toBeVisible();
      await guestPage.goto(address);
      await expect(cartLink(guestPage)).toHaveAccessibleName('Cart, 5 items');
      await expect(
        guestPage.getByRole('banner').getByRole('link', { name: 'Log in' }),
      ).toBeVisible();
      await expect(guestPage.getByRole('banner').getByText(user.name)).toHaveCount(0);
    }
  }
  await annaPage.goto(`/en/products/${tea.en.slug}`);
  await expect(annaPage.getByText('2 already in your cart')).toBeVisible();
  await guestPage.goto(`/en/products/${tea.en.slug}`);
  await expect(guestPage.getByText(/already in your cart/)).toHaveCount(0);
  await anna.close();
  await guest.close();
});

test('the cart page: each shopper’s own lines in the header of their own session, and no script', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const tea = availableProduct(0);
  const coffee = availableProduct(1);
  const user = await createUser();
  const anna = await browser.newContext();
  await signInAs(anna, user.id);
  // Added as she would, so that her signed-in session keeps it.
  const annaPage = await anna.newPage();
  await addToCart(annaPage, tea.en.slug, 2);
  await annaPage.close();
  const guest = await browser.newContext();
  await giveCart(guest, [{ slug: coffee.en.slug, quantity: 2 }]);
  const other = await browser.newContext();
  await giveCart(other, [{ slug: tea.en.slug, quantity: 2 }]);
  const visitors = [
    { context: anna, has: tea, hasNot: coffee, banner: `Account: ${user.name}` },
    { context: guest, has: coffee, hasNot: tea, banner: 'Log in' },
    // The same count as the guest's: the same chrome, another cart in it.
    { context: other, has: tea, hasNot: coffee, banner: 'Log in' },
  ];
  // Twice each, in turns: the second visit's chrome comes from the page server's memory.
  for (let round = 0; round < 2; round += 1) {
    for (const { context, has, hasNot, banner } of visitors) {
      const page = await context.newPage();
      const response = await page.goto('/en/cart');
      // Another test's shopper may have had the same header first.
      const kept = response?.headers()['x-shop-cache'];
      expect(round === 0 ? ['MISS', 'HIT'] : ['HIT']).toContain(kept);
      expect(await response?.text()).not.toContain('<script');
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');
      await expect(page.getByRole('banner').getByRole('link', { name: banner })).toBeVisible();
      const main = page.getByRole('main');
      await expect(main.getByRole('link', { name: has.en.name, exact: true })).toBeVisible();
      await expect(main.getByText(hasNot.en.name)).toHaveCount(0);
      // The line's thumbnail, from Next's image optimizer at the widths it allows.
      const thumbnail = main.getByRole('listitem').first().locator('img');
      await thumbnail.scrollIntoViewIfNeeded();
      await expect
        .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.naturalWidth))
        .toBeGreaterThan(0);
      await page.close();
    }
  }
  for (const context of [anna, guest, other]) await context.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header counts the cart right on every catalog page after each change', async ({
    page,
  }) => {
    const tea = availableProduct(2);
    const pages = [
      '/en',
      `/ru/category/${category(tea.category).ru.slug}`,
      `/en/products/${tea.en.slug}`,
    ];
    for (const address of pages) {
      await page.goto(address);
      await expect(cartLink(page)).toHaveAccessibleName(/^(Cart, empty|Корзина пуста)$/);
    }
    await addToCart(page, tea.en.slug, 3);
    for (const address of pages) {
      await page.goto(address);
      await expect(cartLink(page)).toHaveAccessibleName(/^(Cart, 3 items|Корзина, 3 товара)$/);
    }
    await page.goto('/en/cart');
    await page.getByRole('spinbutton').fill('1');
    await submit(page, page.getByRole('button', { name: `Update quantity of ${tea.en.name}` }));
    for (const address of pages) {
      await page.goto(address);
      await expect(cartLink(page)).toHaveAccessibleName(/^(Cart, 1 item|Корзина, 1 товар)$/);
    }
  });
});

function dollars(minor: number): string {
  return `$${fromMinor(minor, 2)}`;
}

async function text(client: APIRequestContext, address: string): Promise<string> {
  return (await client.get(address)).text();
}

/** Loads a page, checks it shows `price`, and says whether it came from the cache. */
async function expectPage(client: APIRequestContext, address: string, price: string) {
  const response = await client.get(address);
  expect(response.status(), address).toBe(200);
  expect(await response.text(), address).toContain(price);
  return response.headers()['x-shop-cache'];
}

import { expect, test, type Page } from '@playwright/test';

import { openDatabase } from '../db/connection';
import { seedBulkProducts } from '../db/seed-bulk';
import { PRODUCTS_PER_PAGE } from '../lib/domain/paging';
import { category, hasNoHorizontalScroll } from './fixtures';
import { startShopServer } from './shop-server';

// Paging is plain links: every journey here runs without JavaScript.
test.use({ javaScriptEnabled: false });

function cards(page: Page) {
  return page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('img') });
}

function cardNames(page: Page) {
  return cards(page).getByRole('heading', { level: 2 }).allTextContents();
}

function pages(page: Page, name = 'Pages') {
  return page.getByRole('navigation', { name });
}

/** The total the count line states, e.g. 53 from "53 products" (other tests add products). */
async function statedTotal(page: Page): Promise<number> {
  const text = await page.getByText(/^[\d,]+ products$/).textContent();
  return Number(text?.replace(/\D/g, ''));
}

test.describe('catalog pages', () => {
  test('the catalog pages forward and back with plain links', async ({ page }) => {
    await page.goto('/en');
    await expect(cards(page)).toHaveCount(PRODUCTS_PER_PAGE);
    expect(await statedTotal(page)).toBeGreaterThan(PRODUCTS_PER_PAGE);
    await expect(pages(page).getByRole('link', { name: 'Page 1', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(pages(page).getByRole('link', { name: 'Previous' })).toHaveCount(0);
    const firstPage = await cardNames(page);

    await pages(page).getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL('/en?page=2');
    await expect(page).toHaveTitle(/^Products, page 2 · myshop$/);
    await expect(pages(page).getByRole('link', { name: 'Page 2', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const secondPage = await cardNames(page);
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);

    await pages(page).getByRole('link', { name: 'Previous' }).click();
    await expect(page).toHaveURL('/en');
    expect(await cardNames(page)).toEqual(firstPage);
    await pages(page).getByRole('link', { name: 'Page 2', exact: true }).click();
    await expect(page).toHaveURL('/en?page=2');
    await pages(page).getByRole('link', { name: 'Page 1', exact: true }).click();
    await expect(page).toHaveURL('/en');
  });

  test('the page links speak Russian', async ({ page }) => {
    await page.goto('/ru');
    const nav = pages(page, 'Страницы');
    await expect(nav.getByRole('link', { name: 'Страница 1', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await nav.getByRole('link', { name: 'Вперёд' }).click();
    await expect(page).toHaveURL('/ru?page=2');
    await expect(page).toHaveTitle(/^Товары, страница 2 · myshop$/);
    await expect(nav.getByRole('link', { name: 'Страница 2', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await nav.getByRole('link', { name: 'Назад' }).click();
    await expect(page).toHaveURL('/ru');
  });

  test('a list that fits on one page has no page links', async ({ page }) => {
    await page.goto(`/en/category/${category('coffee').en.slug}`);
    await expect(cards(page)).not.toHaveCount(0);
    await expect(pages(page)).toHaveCount(0);
  });

  for (const [address, heading] of [
    ['/en?page=0', 'Page not found'],
    ['/en?page=abc', 'Page not found'],
    ['/en?page=2.5', 'Page not found'],
    ['/en?page=-1', 'Page not found'],
    ['/en?page=2&page=3', 'Page not found'],
    ['/en?page=99999', 'Page not found'],
    [`/en/category/${category('coffee').en.slug}?page=2`, 'Page not found'],
    [`/en/category/${category('tea').en.slug}?page=x`, 'Page not found'],
    ['/ru?page=0', 'Страница не найдена'],
    [`/ru/category/${category('tea').ru.slug}?page=9`, 'Страница не найдена'],
  ] as const) {
    test(`${address} is a 404 in the page's language`, async ({ page }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    });
  }

  for (const [address, bare] of [
    ['/en?page=1', '/en'],
    [`/ru/category/${category('tea').ru.slug}?page=1`, `/ru/category/${category('tea').ru.slug}`],
  ] as const) {
    test(`${address} is sent to the bare address`, async ({ request }) => {
      const response = await request.get(address, { maxRedirects: 0 });
      expect(response.status()).toBe(308);
      expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(bare);
      expect(new URL(response.headers().location ?? '', 'http://x').search).toBe('');
    });
  }
});

test.describe('a catalog of 100,000 products', () => {
  test.describe.configure({ mode: 'serial' });
  let server: Awaited<ReturnType<typeof startShopServer>> | undefined;

  test.beforeAll(async () => {
    // Seeding 100,000 products takes a minute of CPU, longer while the other tests run beside it.
    test.setTimeout(300_000);
    server = await startShopServer(
      {},
      {
        prepare: async ({ database }) => {
          const db = openDatabase(database);
          try {
            // The copy of the seeded catalog holds 48: 99,952 more make 100,000.
            seedBulkProducts(db, 100_000);
          } finally {
            db.$client.close();
          }
        },
      },
    );
  });

  test.afterAll(() => server?.stop());

  test('page 2 answers, and the last page is linked', async ({ page }) => {
    const response = await page.goto(`${server?.baseURL}/en?page=2`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText('100,000 products')).toBeVisible();
    await expect(cards(page)).toHaveCount(PRODUCTS_PER_PAGE);
    const last = pages(page).getByRole('link', { name: 'Page 4167', exact: true });
    await last.click();
    await expect(page).toHaveURL(`${server?.baseURL}/en?page=4167`);
    // 100,000 = 4166 full pages and 16 on the last.
    await expect(cards(page)).toHaveCount(16);
    await expect(pages(page).getByRole('link', { name: 'Next' })).toHaveCount(0);
    const beyond = await page.goto(`${server?.baseURL}/en?page=4168`);
    expect(beyond?.status()).toBe(404);
  });

  test('the links of a middle page fit the screen', async ({ page }) => {
    await page.goto(`${server?.baseURL}/en?page=2084`);
    const nav = pages(page);
    await expect(nav.getByRole('link')).toHaveText([
      'Previous',
      '1',
      '2083',
      '2084',
      '2085',
      '4167',
      'Next',
    ]);
    await expect(nav.getByText('…')).toHaveCount(2);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
  });

  test('a category pages too, in Russian', async ({ page }) => {
    const tea = category('tea');
    await page.goto(`${server?.baseURL}/ru/category/${tea.ru.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: tea.ru.name })).toBeVisible();
    const total = await page.getByText(/^[\d\s]+ товар/).textContent();
    const count = Number(total?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(10_000);
    expect(count).toBeLessThan(100_000);
    const nav = pages(page, 'Страницы');
    await nav.getByRole('link', { name: 'Вперёд' }).click();
    await expect(page).toHaveURL(`${server?.baseURL}/ru/category/${tea.ru.slug}?page=2`);
    await expect(cards(page)).toHaveCount(PRODUCTS_PER_PAGE);
    await expect(nav.getByRole('link', { name: 'Страница 2', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const lastPage = Math.ceil(count / PRODUCTS_PER_PAGE);
    await nav.getByRole('link', { name: `Страница ${lastPage}`, exact: true }).click();
    await expect(cards(page)).toHaveCount(count - (lastPage - 1) * PRODUCTS_PER_PAGE);
  });
});

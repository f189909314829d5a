import { expect, test, type Page } from '@playwright/test';

import {
  addToCart,
  createProduct,
  deleteProduct,
  expectNoA11yViolations,
  fillCheckout,
  giveCart,
  hasNoHorizontalScroll,
  newBuyer,
  PAY_PAGE,
  submit,
  updateProduct,
} from './fixtures';

// "Bought together" (issue 14): two orders paid with the test card, then the product page and the
// cart recommend what was bought with them, best first, in both languages. Every test makes its
// own products, so nothing else bought together can show up in its blocks.

type Product = ReturnType<typeof createProduct>;

const nextYear = String((new Date().getUTCFullYear() + 1) % 100).padStart(2, '0');

/** Puts the products in the cart, checks out and pays with 4242: the order is paid. */
async function buyAndPay(page: Page, products: Product[]) {
  for (const product of products) await addToCart(page, product.en.slug, 1);
  await page.goto('/en/checkout');
  await fillCheckout(page, newBuyer());
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(PAY_PAGE);
  await page.getByLabel('Card number', { exact: true }).fill('4242 4242 4242 4242');
  await page.getByLabel('Expiry date (MM/YY)', { exact: true }).fill(`04/${nextYear}`);
  await page.getByLabel('CVC', { exact: true }).fill('123');
  await page.getByLabel('Name on the card', { exact: true }).fill('Anna Karenina');
  await submit(page, page.getByRole('button', { name: /^Pay / }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment received');
}

const TITLES = {
  en: { product: 'Bought together with this', cart: 'You may also like' },
  ru: { product: 'С этим товаром покупают', cart: 'Вам может понравиться' },
};

function block(page: Page, locale: 'en' | 'ru', where: 'product' | 'cart') {
  return page.getByRole('region', { name: TITLES[locale][where] });
}

/** The names the block shows, in its order. */
function shownNames(page: Page, locale: 'en' | 'ru', where: 'product' | 'cart') {
  return block(page, locale, where).getByRole('heading', { level: 3 }).allTextContents();
}

/**
 * How the page server answered (HIT: from its memory), and the page. On a new connection each
 * time: the test server runs one process per core, which take new connections in turns.
 */
async function cachedPage(page: Page, address: string) {
  const response = await page.request.get(address, { headers: { connection: 'close' } });
  return { cache: response.headers()['x-shop-cache'], body: await response.text() };
}

/**
 * Asks until the page comes from memory 4 times running: then each server process holds it, and
 * what follows tests its invalidation.
 */
async function cacheEverywhere(page: Page, address: string) {
  let hits = 0;
  for (let tries = 0; hits < 4 && tries < 20; tries += 1) {
    hits = (await cachedPage(page, address)).cache === 'HIT' ? hits + 1 : 0;
  }
  expect(hits).toBe(4);
}

/** The page as each server process answers it now. */
async function expectEverywhere(
  page: Page,
  address: string,
  { shows, hides }: { shows: string[]; hides: string[] },
) {
  for (let round = 0; round < 2; round += 1) {
    const { body } = await cachedPage(page, address);
    for (const text of shows) expect(body).toContain(text);
    for (const text of hides) expect(body).not.toContain(text);
  }
}

// That the cards fit a phone is tested in layout.phone.spec.ts.
test('two paid orders: the product page and the cart recommend what was bought with them', async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  // Prices that tell the cards apart.
  const [teapot, cups, tray, caddy] = ['31.00', '22.40', '18.90', '9.75'].map((price) =>
    createProduct({ price }),
  ) as [Product, Product, Product, Product];
  const teapotPage = `/en/products/${teapot.en.slug}`;

  // Nothing bought yet: no block, not even its heading. The page is then kept by the page server.
  await page.goto(teapotPage);
  await expect(page.getByRole('heading', { level: 1, name: teapot.en.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: TITLES.en.product })).toHaveCount(0);
  await cacheEverywhere(page, teapotPage);

  await buyAndPay(page, [teapot, cups, tray]);
  await buyAndPay(page, [teapot, cups, caddy]);

  // The cached page was refreshed by the payment, in every server process.
  await expectEverywhere(page, teapotPage, {
    shows: [TITLES.en.product, cups.en.name],
    hides: [],
  });

  // Cups twice with the teapot; the tray and the caddy once each, the older product first.
  await page.goto(teapotPage);
  expect(await shownNames(page, 'en', 'product')).toEqual([
    cups.en.name,
    tray.en.name,
    caddy.en.name,
  ]);
  const cupsCard = block(page, 'en', 'product').getByRole('link', { name: cups.en.name });
  await expect(cupsCard).toContainText('$22.40');
  await expect(cupsCard.getByRole('img', { name: cups.en.name })).toBeVisible();
  expect(await hasNoHorizontalScroll(page)).toBe(true);
  await expectNoA11yViolations(page);

  await page.goto(`/ru/products/${teapot.ru.slug}`);
  expect(await shownNames(page, 'ru', 'product')).toEqual([
    cups.ru.name,
    tray.ru.name,
    caddy.ru.name,
  ]);
  await expect(
    block(page, 'ru', 'product').getByRole('link', { name: cups.ru.name }),
  ).toContainText(/22,40\s\$/);

  // A card leads to its product.
  await page.goto(teapotPage);
  await block(page, 'en', 'product').getByRole('link', { name: tray.en.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: tray.en.name })).toBeVisible();
  expect(await shownNames(page, 'en', 'product')).toEqual([teapot.en.name, cups.en.name]);

  // The cart: the sum over its products, none of them. Cups + tray: teapot 2 + 1, caddy 1.
  const shopper = await browser.newContext();
  const cartPage = await shopper.newPage();
  await giveCart(shopper, [
    { slug: cups.en.slug, quantity: 1 },
    { slug: tray.en.slug, quantity: 1 },
  ]);
  await cartPage.goto('/en/cart');
  expect(await shownNames(cartPage, 'en', 'cart')).toEqual([teapot.en.name, caddy.en.name]);
  await expect(
    block(cartPage, 'en', 'cart').getByRole('link', { name: teapot.en.name }),
  ).toContainText('$31.00');
  await cartPage.goto('/ru/cart');
  expect(await shownNames(cartPage, 'ru', 'cart')).toEqual([teapot.ru.name, caddy.ru.name]);
  expect(await hasNoHorizontalScroll(cartPage)).toBe(true);
  await expectNoA11yViolations(cartPage);
  await shopper.close();
});

test('a product recommended on a cached page leaves it once it is unavailable or deleted', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const [kettle, tin, spoon] = ['40.00', '12.00', '3.50'].map((price) =>
    createProduct({ price }),
  ) as [Product, Product, Product];
  await buyAndPay(page, [kettle, tin, spoon]);
  await buyAndPay(page, [kettle, tin]);
  const kettlePage = `/en/products/${kettle.en.slug}`;
  await page.goto(kettlePage);
  expect(await shownNames(page, 'en', 'product')).toEqual([tin.en.name, spoon.en.name]);
  await cacheEverywhere(page, kettlePage);

  updateProduct(tin.id, { available: false });
  await page.goto(kettlePage);
  expect(await shownNames(page, 'en', 'product')).toEqual([spoon.en.name]);
  await expectEverywhere(page, kettlePage, { shows: [spoon.en.name], hides: [tin.en.name] });

  // Deleted with foreign keys off, as e2e/fixtures.ts does: the pages showing it refresh all the same.
  await cacheEverywhere(page, kettlePage);
  deleteProduct(spoon.id);
  await expectEverywhere(page, kettlePage, {
    shows: [],
    hides: [spoon.en.name, TITLES.en.product],
  });
  await page.goto(kettlePage);
  await expect(page.getByRole('heading', { level: 1, name: kettle.en.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: TITLES.en.product })).toHaveCount(0);

  updateProduct(tin.id, { available: true });
  await page.goto(kettlePage);
  expect(await shownNames(page, 'en', 'product')).toEqual([tin.en.name]);
});

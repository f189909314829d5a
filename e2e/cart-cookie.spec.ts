import { expect, test, type Page } from '@playwright/test';

import { SESSION_COOKIE } from './constants';
import { addToCart, availableProduct, cartLink, createProduct, giveCart } from './fixtures';
import { sealTestSession, setSessionCookie } from './session-fixtures';
import { startShopServer } from './shop-server';

const tea = availableProduct(2);
const TWO_WEEKS = 1209600;

async function addAndCaptureSetCookie(page: Page, slug: string): Promise<string> {
  await page.goto(`/en/products/${slug}`);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Add to cart' }).click(),
  ]);
  return (await response.headerValue('set-cookie')) ?? '';
}

test.describe('the session cookie', () => {
  test('is HttpOnly, SameSite=Lax and lasts the configured age', async ({ page, context }) => {
    const header = await addAndCaptureSetCookie(page, tea.en.slug);
    expect(header).toContain(`${SESSION_COOKIE}=`);
    expect(header).toMatch(/;\s*HttpOnly/i);
    expect(header).toMatch(/;\s*SameSite=Lax/i);
    expect(header).toMatch(/;\s*Path=\//i);
    expect(header).toMatch(new RegExp(`;\\s*Max-Age=${TWO_WEEKS}(;|$)`, 'i'));
    const [cookie] = (await context.cookies()).filter((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(Math.abs((cookie?.expires ?? 0) - (Date.now() / 1000 + TWO_WEEKS))).toBeLessThan(120);
  });

  for (const [kind, value] of [
    ['garbage', 'not-a-seal'],
    ['a broken seal', 'Fe26.2**0*abc*def*ghi*1*jkl*mno~2'],
  ] as const) {
    test(`holding ${kind} is an empty cart, not an error`, async ({ page, context, baseURL }) => {
      await setSessionCookie(context, value, baseURL ?? '');
      const response = await page.goto('/en/cart');
      expect(response?.status()).toBe(200);
      await expect(page.getByText('Your cart is empty.')).toBeVisible();
      await expect(cartLink(page)).toHaveAccessibleName('Cart, empty');
      // And the shopper can go on: adding replaces the unreadable cookie.
      await addToCart(page, tea.en.slug, 1);
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 1 item');
    });
  }

  test('sealed with another secret, or tampered with, is an empty cart', async ({
    page,
    context,
    baseURL,
  }) => {
    const product = createProduct();
    const otherSecret = await sealTestSession({ cart: [[product.id, 2, '12.50']] }, 'x'.repeat(40));
    await setSessionCookie(context, otherSecret, baseURL ?? '');
    expect((await page.goto('/en/cart'))?.status()).toBe(200);
    await expect(cartLink(page)).toHaveAccessibleName('Cart, empty');

    const genuine = await sealTestSession({ cart: [[product.id, 2, '12.50']] });
    await setSessionCookie(context, genuine, baseURL ?? '');
    await page.goto('/en/cart');
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');

    const tampered = genuine.replace(
      /\*([^*]{10})/,
      (_, part: string) => `*${part.split('').reverse().join('')}`,
    );
    await setSessionCookie(context, tampered, baseURL ?? '');
    expect((await page.goto('/en/cart'))?.status()).toBe(200);
    await expect(cartLink(page)).toHaveAccessibleName('Cart, empty');

    const wrongShape = await sealTestSession({ cart: [[product.id, -5, 'free']] });
    await setSessionCookie(context, wrongShape, baseURL ?? '');
    expect((await page.goto('/en/cart'))?.status()).toBe(200);
    await expect(cartLink(page)).toHaveAccessibleName('Cart, empty');
  });

  test('a full cart refuses another product with a clear message', async ({
    page,
    context,
    baseURL,
  }) => {
    const lines = Array.from({ length: 50 }, () => createProduct({ price: '1.00' }));
    await setSessionCookie(
      context,
      await sealTestSession({ cart: lines.map((product) => [product.id, 1, '1.00']) }),
      baseURL ?? '',
    );
    await page.goto('/en/cart');
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 50 items');
    await addToCart(page, tea.en.slug, 1);
    await expect(
      page.getByText(
        'Your cart is full: it holds at most 50 different products. Remove one to add another.',
      ),
    ).toBeVisible();
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 50 items');
    // One more of a product already in the cart still works.
    await addToCart(page, lines[0]?.en.slug ?? '', 1);
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 51 items');
  });
  // CART_PRICE_HOLD_HOURS is 24 on the test server: a cookie kept (or replayed) a day and an
  // hour later no longer holds its price, and neither does one from before lines said when.
  test('a line older than the price hold costs today’s price, and says so before checkout', async ({
    page,
    context,
    baseURL,
  }) => {
    const held = createProduct({ price: '12.50' });
    const old = createProduct({ price: '3.00' });
    const dayAndHourAgo = Math.floor(Date.now() / 60_000) - 25 * 60;
    const cart = [
      [held.id, 2, '10.00', dayAndHourAgo],
      [old.id, 1, '4.00'],
    ];
    await setSessionCookie(context, await sealTestSession({ cart }), baseURL ?? '');
    await page.goto('/en/cart');
    const line = page.getByRole('main').getByRole('listitem').filter({ hasText: held.en.name });
    await expect(line).toContainText(
      'Prices are held for 24 hours after adding: you added it at $10.00, it now costs $12.50.',
    );
    await expect(line).toContainText('Total: $25.00');
    await expect(
      page.getByRole('main').getByRole('listitem').filter({ hasText: old.en.name }),
    ).toContainText('you added it at $4.00, it now costs $3.00.');
    await page.goto('/en/checkout');
    const summary = page.getByRole('region', { name: 'Your order' });
    await expect(summary).toContainText('you added it at $10.00, it now costs $12.50.');
    await expect(summary).toContainText('$28.00');
    await page.goto('/ru/cart');
    await expect(page.getByRole('main')).toContainText('Цена сохраняется 24 часа после добавления');
  });
});

test.describe('session settings', () => {
  // Each starts a server of its own.
  test.slow();

  test('expire at browser close: a cookie without Max-Age', async ({ browser }) => {
    const server = await startShopServer({ SESSION_EXPIRE_AT_BROWSER_CLOSE: 'true' });
    try {
      const context = await browser.newContext({ baseURL: server.baseURL });
      const page = await context.newPage();
      const header = await addAndCaptureSetCookie(page, tea.en.slug);
      expect(header).toContain(`${SESSION_COOKIE}=`);
      expect(header).not.toMatch(/Max-Age|Expires/i);
      const [cookie] = (await context.cookies()).filter((c) => c.name === SESSION_COOKIE);
      expect(cookie?.expires).toBe(-1);
      await page.goto('/en/cart');
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 1 item');
      await context.close();
    } finally {
      server.stop();
    }
  });

  test('renew on every request: each page slides the expiry', async ({ browser }) => {
    const server = await startShopServer({
      SESSION_SAVE_EVERY_REQUEST: 'true',
      SESSION_COOKIE_AGE: '3600',
    });
    try {
      const context = await browser.newContext({ baseURL: server.baseURL });
      const page = await context.newPage();
      await addToCart(page, tea.en.slug, 1);
      const response = await page.goto('/en');
      const header = (await response?.headerValue('set-cookie')) ?? '';
      expect(header).toMatch(new RegExp(`${SESSION_COOKIE}=.*Max-Age=3600`, 'i'));
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 1 item');
      await context.close();
    } finally {
      server.stop();
    }
  });

  test('without renewal a page view leaves the cookie alone', async ({ page, context }) => {
    await giveCart(context, [{ slug: tea.en.slug, quantity: 1 }]);
    const response = await page.goto('/en');
    expect(await response?.headerValue('set-cookie')).toBeNull();
  });
});

import { expect, test, type Page, type Response } from '@playwright/test';

import { createUser, logIn, TEST_PASSWORD } from './account-fixtures';
import { signInAsStaff } from './admin-fixtures';
import {
  availableProduct,
  category,
  createProduct,
  newBuyer,
  placeOrder,
  submit,
} from './fixtures';

// Every response carries the security headers (lib/server/security-headers.ts), and no page breaks
// under its Content-Security-Policy, with JavaScript or without: a page served from the page
// server's cache allows its inline scripts by hash, a page rendered per request by nonce.

const nextYear = String((new Date().getUTCFullYear() + 1) % 100).padStart(2, '0');

/** Every CSP violation the browser reports, from the console and from the page's own event. */
function watchViolations(page: Page): () => Promise<string[]> {
  const reported: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) reported.push(message.text());
  });
  return async () => {
    const fromEvents = await page
      .evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
      .catch(() => [] as string[]);
    return [...reported, ...fromEvents];
  };
}

/** The HTML documents the browser loaded, with their headers. */
function watchDocuments(page: Page): Response[] {
  const documents: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document') documents.push(response);
  });
  return documents;
}

/**
 * Opens a page until it comes from the page server's cache: each server process has its own, and
 * the test server runs one per core, so the first visit to each may be a miss.
 */
async function gotoCached(page: Page, address: string) {
  for (let visit = 0; visit < 8; visit += 1) {
    const response = await page.goto(address);
    if (response?.headers()['x-shop-cache'] === 'HIT') return response;
  }
  throw new Error(`${address} never came from the cache`);
}

function expectSecurityHeaders(response: Response) {
  const headers = response.headers();
  const where = `${response.status()} ${response.url()}`;
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toMatch(/script-src 'self'( '(nonce|sha256)-[^']+')*;/);
  expect(csp, where).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(headers['x-frame-options'], where).toBe('DENY');
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], where).toContain('camera=()');
  // The test server runs as production: its session cookie is Secure.
  expect(headers['strict-transport-security'], where).toBe('max-age=31536000');
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`every kind of page ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });
    test.describe.configure({ timeout: 90_000 });

    test.beforeEach(async ({ page }) => {
      await page.addInitScript(() => {
        const store: string[] = [];
        (window as unknown as { __csp: string[] }).__csp = store;
        document.addEventListener('securitypolicyviolation', (event) =>
          store.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
      });
    });

    test('shopping, paying, the account, the admin and a 404 report no CSP violation', async ({
      page,
      context,
    }) => {
      const violations = watchViolations(page);
      const documents = watchDocuments(page);
      const product = availableProduct(1);

      // The catalog, a category and a product page: cached by the page server.
      await gotoCached(page, '/en');
      await expect(page.getByRole('heading', { name: 'Products', level: 1 })).toBeVisible();
      if (javaScriptEnabled) {
        // A client-side navigation from a cached page loads more of Next's scripts.
        await page.getByRole('link', { name: product.en.name }).first().click();
        await expect(page).toHaveURL(new RegExp(`/en/products/${product.en.slug}$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(product.en.name);
      }
      await page.goto(`/en/category/${category('tea').en.slug}`);
      await gotoCached(page, `/en/products/${product.en.slug}`);
      // A product nobody has opened yet: rendered for this visitor now (a miss).
      const fresh = createProduct();
      const missed = await page.goto(`/en/products/${fresh.en.slug}`);
      expect(missed?.headers()['x-shop-cache']).toBe('MISS');

      // Cart, checkout and payment: rendered per request.
      const orderId = await placeOrder(page, fresh.en.slug, newBuyer());
      await page.goto('/en/cart');
      await page.goto(`/en/orders/${orderId}/pay`);
      await page.getByLabel('Card number', { exact: true }).fill('4242 4242 4242 4242');
      await page.getByLabel('Expiry date (MM/YY)', { exact: true }).fill(`04/${nextYear}`);
      await page.getByLabel('CVC', { exact: true }).fill('123');
      await page.getByLabel('Name on the card', { exact: true }).fill('Anna Karenina');
      await submit(page, page.getByRole('button', { name: /^Pay / }));
      await expect(page).toHaveURL(/\/en\/payment\/completed\?order=\d+$/);
      await page.goto(`/en/orders/${orderId}`);

      // The account, through the login form (a form post and its redirect).
      const customer = await createUser();
      await logIn(page, customer.email, TEST_PASSWORD);
      await expect(page).toHaveURL(/\/en\/account$/);
      await page.goto('/en/account/orders');
      // A cached page for a signed-in visitor's header.
      await page.goto('/en');

      // The admin, as staff.
      await context.clearCookies();
      await signInAsStaff(context);
      for (const address of ['/en/admin', '/en/admin/orders', '/en/admin/products/new'])
        await page.goto(address);

      // Not found.
      const missing = await page.goto('/en/no-such-page');
      expect(missing?.status()).toBe(404);

      expect(await violations()).toEqual([]);
      expect(documents.length).toBeGreaterThan(10);
      for (const response of documents) expectSecurityHeaders(response);
    });
  });
}

test('files, images, media and route handlers carry the headers too', async ({ request }) => {
  const product = availableProduct(0);
  const page = await request.get(`/en/products/${product.en.slug}`);
  const html = await page.text();
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  const image = /src="(\/_next\/image\?[^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  expect(script).toBeDefined();
  expect(image).toBeDefined();
  // The original file behind the optimized image (app/media).
  const media = new URL(image!, 'http://shop.test').searchParams.get('url')!;
  expect(media).toMatch(/^\/media\//);
  for (const address of [script!, image!, media, '/api/health', '/icon.svg']) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    const headers = response.headers();
    expect(headers['x-content-type-options'], address).toBe('nosniff');
    expect(headers['x-frame-options'], address).toBe('DENY');
    expect(headers['content-security-policy'], address).toMatch(/script-src '(self|none)'/);
  }
});

test('a page cannot be framed by another site', async ({ page, baseURL }) => {
  // The frame's load event comes with the page's, whether the shop's page or Chromium's error page.
  await page.setContent(`<iframe src="${baseURL}/en" title="shop"></iframe>`, {
    waitUntil: 'load',
  });
  const shown = await Promise.all(
    page.frames().map(async (frame) => `${frame.url()} ${await frame.content().catch(() => '')}`),
  );
  expect(shown.filter((text) => text.includes('All products'))).toEqual([]);
});

import { expect, test } from '@playwright/test';
import sharp from 'sharp';

import { signInAsStaff } from './admin-fixtures';
import { addToCart, availableProduct, cartLink, createProduct, submit } from './fixtures';

// Form posts and server actions are checked by the proxy before Next reads them
// (lib/server/post-guard.ts): a cross-site or malformed Origin is a 403, a body over the limit a
// 413, each with a short page in the visitor's language; the large limit is the staff upload's.

const FOREIGN_SITE = 'http://evil.example';

/** A page on another site with a form that posts to the shop's cart, as a CSRF attempt would. */
function foreignForm(action: string) {
  return `<!doctype html><title>Win a prize</title>
    <form method="post" enctype="multipart/form-data" action="${action}">
      <input type="hidden" name="productId" value="1">
      <input type="hidden" name="quantity" value="5">
      <button>Claim</button>
    </form>`;
}

test('a form on another site posting to the shop gets 403 and a page in the visitor’s language', async ({
  page,
  baseURL,
}) => {
  await page.route(`${FOREIGN_SITE}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: foreignForm(`${baseURL}/ru/cart`) }),
  );
  await page.goto(`${FOREIGN_SITE}/prize`);
  const answer = page.waitForResponse((response) => response.request().method() === 'POST');
  await page.getByRole('button', { name: 'Claim' }).click();
  expect((await answer).status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Форма не отправлена' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Перейти в каталог' })).toBeVisible();
  // Nothing reached the cart.
  await page.goto(`${baseURL}/en/cart`);
  await expect(cartLink(page)).toHaveAccessibleName('Cart, empty');
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test('a form over the size limit gets 413 and a page saying so; a normal one works', async ({
      page,
    }) => {
      const product = availableProduct(0);
      await addToCart(page, product.en.slug, 1);
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 1 item');

      await page.goto('/en/checkout');
      await page.getByLabel('First name', { exact: true }).fill('Anna');
      await page.getByLabel('Address', { exact: true }).fill('x'.repeat(70_000));
      const answer = page.waitForResponse((response) => response.request().method() === 'POST');
      await page.getByRole('button', { name: 'Place order' }).click();
      expect((await answer).status()).toBe(413);
      if (!javaScriptEnabled) {
        await expect(page.getByRole('heading', { name: 'Too much to send' })).toBeVisible();
      }
      await page.goto('/en/cart');
      await expect(cartLink(page)).toHaveAccessibleName('Cart, 1 item');
    });
  });
}

test.describe('server actions sent by hand', () => {
  const action = (origin: string | undefined, extra: Record<string, string> = {}) => ({
    headers: {
      'Next-Action': '7f0000000000000000000000000000000000000000',
      'Content-Type': 'text/plain;charset=UTF-8',
      ...(origin === undefined ? {} : { Origin: origin }),
      ...extra,
    },
    data: '[]',
    maxRedirects: 0,
  });

  test('a foreign, null or malformed Origin gets 403, not a 500', async ({ request }) => {
    for (const origin of ['https://evil.example', 'null', 'http://[broken', 'garbage']) {
      const response = await request.post('/en/cart', action(origin));
      expect(response.status(), origin).toBe(403);
    }
    const form = await request.post('/en/checkout', {
      headers: { Origin: 'null' },
      multipart: { firstName: 'Anna' },
    });
    expect(form.status()).toBe(403);
    expect(await form.text()).toContain('This form was not sent');
  });

  test('a body over 64 KB gets 413, and one sent without its length 411', async ({
    request,
    baseURL,
  }) => {
    const big = await request.post('/en/cart', {
      headers: { Origin: baseURL! },
      multipart: { note: 'x'.repeat(65 * 1024) },
    });
    expect(big.status()).toBe(413);
    expect(await big.text()).toContain('Too much to send');
    const small = await request.post('/en/cart', {
      headers: { Origin: baseURL! },
      multipart: { note: 'x'.repeat(1024) },
      maxRedirects: 0,
    });
    expect(small.status()).not.toBe(413);

    // A streamed body has no Content-Length: it is refused rather than counted.
    const chunked = await fetch(`${baseURL}/en/cart`, {
      method: 'POST',
      headers: { Origin: baseURL!, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('a=1'));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(411);
  });

  test('only the staff product form takes a large body', async ({ request, baseURL }) => {
    const large = { headers: { Origin: baseURL! }, multipart: { note: 'x'.repeat(200_000) } };
    // Anyone else posting a large body to the product form is sent to log in first.
    const anonymous = await request.post('/en/admin/products/new', { ...large, maxRedirects: 0 });
    expect(anonymous.status()).toBe(303);
    expect((await request.post('/en/admin/categories/new', large)).status()).toBe(413);
  });
});

test('staff upload an image larger than the form limit of everything else', async ({
  page,
  context,
}) => {
  await signInAsStaff(context);
  const image = await sharp({
    create: {
      width: 300,
      height: 300,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .png()
    .toBuffer();
  expect(image.length).toBeGreaterThan(100 * 1024);
  const product = createProduct();
  await page.goto(`/en/admin/products/${product.id}`);
  await page.getByLabel('Image').setInputFiles({
    name: 'noise.png',
    mimeType: 'image/png',
    buffer: image,
  });
  await submit(page, page.getByRole('button', { name: 'Save product' }));
  await expect(page.getByRole('status')).toHaveText('The product was saved.');
});

test('the Stripe webhook refuses a body over 1 MB, declared or streamed, without reading it all', async ({
  request,
  baseURL,
}) => {
  const declared = await request.post('/api/webhooks/stripe', {
    data: 'x'.repeat(1024 * 1024 + 1),
  });
  expect(declared.status()).toBe(413);
  // 30 MB sent in chunks: refused once the first megabyte has passed.
  let sent = 0;
  const chunk = new Uint8Array(64 * 1024);
  const streamed = await fetch(`${baseURL}/api/webhooks/stripe`, {
    method: 'POST',
    body: new ReadableStream({
      pull(controller) {
        if (sent >= 30 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    }),
    duplex: 'half',
  } as RequestInit).catch(() => undefined);
  if (streamed) expect(streamed.status).toBe(413);
  expect(sent).toBeLessThan(30 * 1024 * 1024);
  // A small unsigned one still gets the webhook's own answer (no secret on this server).
  expect((await request.post('/api/webhooks/stripe', { data: '{}' })).status()).toBe(503);
});

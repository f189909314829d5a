import { expect, test } from '@playwright/test';

import { addToCart, availableProduct, cartLink } from './fixtures';

const tea = availableProduct(0);

// The cart page's forms post without JavaScript to /{locale}/cart/{update|remove|clear}
// (lib/server/cart-post.ts): plain form posts, refused when they come from another site.
test.describe('cart form posts from elsewhere', () => {
  test('another site’s post changes nothing and is told so in the visitor’s language', async ({
    page,
    baseURL,
  }) => {
    await addToCart(page, tea.en.slug, 2);
    for (const [origin, locale, text] of [
      ['https://evil.example', 'en', 'It came from another site'],
      ['null', 'ru', 'Она пришла с другого сайта'],
    ] as const) {
      const response = await page.request.post(`/${locale}/cart/clear`, {
        headers: { origin },
        form: {},
        maxRedirects: 0,
      });
      expect(response.status()).toBe(403);
      expect(await response.text()).toContain(text);
    }
    await page.goto('/en/cart');
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');

    // The shop's own post of the same form works.
    const own = await page.request.post('/en/cart/clear', {
      headers: { origin: baseURL! },
      form: {},
      maxRedirects: 0,
    });
    expect(own.status()).toBe(303);
    expect(own.headers().location).toBe('/en/cart?done=cleared');
  });

  test('a body larger than a cart form sends gets 413, and the cart is kept', async ({
    page,
    baseURL,
  }) => {
    await addToCart(page, tea.en.slug, 1);
    const response = await page.request.post('/en/cart/update', {
      headers: { origin: baseURL! },
      form: { productId: '1', quantity: '5', note: 'x'.repeat(70_000) },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(413);
    await page.goto('/en/cart');
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 1 item');
  });
});

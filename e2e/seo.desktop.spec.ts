import { expect, test } from '@playwright/test';

import { createProduct, deleteProduct, updateProduct } from './fixtures';

// What search engines and link previews read: robots.txt, the sitemap, a product's structured
// data, canonical and language alternates, Open Graph cards, the web app manifest.
test.describe('found and shared', () => {
  test('robots.txt keeps crawlers out of the pages of one visitor and names the sitemap', async ({
    request,
    baseURL,
  }) => {
    const robots = await (await request.get('/robots.txt')).text();
    for (const path of ['/en/cart', '/ru/checkout', '/en/account', '/ru/admin', '/en/orders'])
      expect(robots).toContain(`Disallow: ${path}`);
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  });

  test('the sitemap lists a new product in both languages at once, and drops a deleted one', async ({
    request,
    baseURL,
  }) => {
    const index = await request.get('/sitemap.xml');
    expect(index.headers()['content-type']).toContain('xml');
    const pages = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(pages).toEqual([`${baseURL}/sitemaps/0.xml`]);

    const product = createProduct({ price: '7.25' });
    const sitemap = await (await request.get('/sitemaps/0.xml')).text();
    const en = `${baseURL}/en/products/${product.en.slug}`;
    const ru = `${baseURL}/ru/products/${product.ru.slug}`;
    expect(sitemap).toContain(`<loc>${en}</loc>`);
    expect(sitemap).toContain(`<loc>${ru}</loc>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="ru" href="${ru}"/>`);
    expect(sitemap).toContain(`<loc>${baseURL}/ru/category/`);

    deleteProduct(product.id);
    expect(await (await request.get('/sitemaps/0.xml')).text()).not.toContain(en);
    expect((await request.get('/sitemaps/1.xml')).status()).toBe(404);
  });

  test('a product page carries its price and availability as schema.org data, and its cards', async ({
    page,
    baseURL,
  }) => {
    const product = createProduct({ price: '7.25' });
    const jsonLd = async () =>
      JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null',
      );
    await page.goto(`/en/products/${product.en.slug}`);
    expect(await jsonLd()).toMatchObject({
      '@type': 'Product',
      name: product.en.name,
      offers: {
        price: '7.25',
        priceCurrency: 'USD',
        availability: 'https://schema.org/InStock',
      },
    });
    const url = `${baseURL}/en/products/${product.en.slug}`;
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute(
      'href',
      `${baseURL}/ru/products/${product.ru.slug}`,
    );
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toMatch(new RegExp(`^${baseURL}/media/`));
    expect((await page.request.get(image!)).status()).toBe(200);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );

    // Sold out and repriced in the admin: the cached page's data changes with it.
    updateProduct(product.id, { available: false, priceMinor: 800 });
    await page.goto(`/ru/products/${product.ru.slug}`);
    expect(await jsonLd()).toMatchObject({
      name: product.ru.name,
      offers: { price: '8.00', availability: 'https://schema.org/OutOfStock' },
    });
  });

  test('the catalog has a canonical address per page, a default card image and a manifest', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/ru?page=2');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${baseURL}/ru?page=2`,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      `${baseURL}/en?page=2`,
    );
    const card = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(card).toBe(`${baseURL}/og-default.png`);
    expect((await page.request.get(card!)).headers()['content-type']).toBe('image/png');
    const manifest = await page.request.get('/manifest.webmanifest');
    const icons = ((await manifest.json()) as { icons: { src: string }[] }).icons;
    for (const icon of icons) expect((await page.request.get(icon.src)).status()).toBe(200);
    expect((await page.request.get('/apple-touch-icon.png')).status()).toBe(200);
  });
});

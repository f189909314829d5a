import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { getDb } from './database';
import {
  inlineJson,
  pageAlternates,
  robotsTxt,
  sitemapIndexXml,
  sitemapPage,
  sitemapPageCount,
  sitemapXml,
  SITEMAP_PRODUCTS_PER_PAGE,
} from './seo';

describe('addresses for search engines', () => {
  it('names every language of a page, the default one as x-default, with the list page kept', () => {
    expect(pageAlternates({ en: '/en', ru: '/ru' }, 'ru', '?page=3')).toEqual({
      canonical: '/ru?page=3',
      languages: { en: '/en?page=3', ru: '/ru?page=3', 'x-default': '/en?page=3' },
    });
  });

  it('writes sitemap entries per language with their alternates, escaped', () => {
    const xml = sitemapXml(
      [{ paths: { en: '/en/products/a&b', ru: '/ru/products/%D0%B0' }, updatedAt: 0 }],
      'https://shop.example',
    );
    expect(xml).toContain('<loc>https://shop.example/en/products/a&amp;b</loc>');
    expect(xml).toContain('<loc>https://shop.example/ru/products/%D0%B0</loc>');
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain('hreflang="x-default" href="https://shop.example/en/products/a&amp;b"');
    expect(sitemapIndexXml(2, 'https://shop.example')).toContain(
      '<loc>https://shop.example/sitemaps/1.xml</loc>',
    );
  });

  it('pages a large catalog: the home and categories first, then products by id', async () => {
    const db = getDb().$client;
    db.exec(`INSERT INTO categories (id) VALUES (1);
      INSERT INTO category_translations (category_id, locale, name, slug) VALUES
        (1, 'en', 'Tea', 'tea'), (1, 'ru', 'Чай', 'chay');`);
    const product = db.prepare(
      'INSERT INTO products (category_id, image, price_minor) VALUES (1, ?, 100)',
    );
    const name = db.prepare(
      'INSERT INTO product_translations (product_id, locale, name, slug) VALUES (?, ?, ?, ?)',
    );
    db.transaction(() => {
      for (let i = 1; i <= SITEMAP_PRODUCTS_PER_PAGE + 1; i += 1) {
        const id = Number(product.run(`${i}.webp`).lastInsertRowid);
        name.run(id, 'en', `Tea ${i}`, `tea-${i}`);
        name.run(id, 'ru', `Чай ${i}`, `chay-${i}`);
      }
    })();
    expect(await sitemapPageCount()).toBe(2);
    const first = (await sitemapPage(0))!;
    expect(first[0]?.paths).toEqual({ en: '/en', ru: '/ru' });
    expect(first[1]?.paths).toEqual({ en: '/en/category/tea', ru: '/ru/category/chay' });
    expect(first).toHaveLength(2 + SITEMAP_PRODUCTS_PER_PAGE);
    expect((await sitemapPage(1))?.map((entry) => entry.paths.en)).toEqual([
      `/en/products/tea-${SITEMAP_PRODUCTS_PER_PAGE + 1}`,
    ]);
    expect(await sitemapPage(2)).toBeUndefined();
    expect(await sitemapPage(-1)).toBeUndefined();
  }, 60_000);

  it('keeps crawlers out of every language’s private pages', () => {
    const robots = robotsTxt('https://shop.example');
    expect(robots).toContain('Disallow: /ru/cart');
    expect(robots).toContain('Disallow: /en/admin');
    expect(robots).toContain('Sitemap: https://shop.example/sitemap.xml');
  });

  it('inlines JSON that no product name can break out of', () => {
    expect(inlineJson({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

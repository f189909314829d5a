import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import shopImageLoader, { CARD_SIZES, cardImage, lineImage, srcSetUpTo } from './image-loader';

describe('product card images', () => {
  it('gives a product image a short address that the optimizer answers (next.config rewrites)', () => {
    expect(shopImageLoader({ src: '/media/products/ab12.webp', width: 384 })).toBe(
      '/img/384/75/products/ab12.webp',
    );
    expect(shopImageLoader({ src: '/media/products/ab12.webp', width: 640, quality: 60 })).toBe(
      '/img/640/60/products/ab12.webp',
    );
    // Each part of the file's path is escaped, never its slashes.
    expect(shopImageLoader({ src: '/media/products/a b#c.webp', width: 256 })).toBe(
      '/img/256/75/products/a%20b%23c.webp',
    );
  });

  it("leaves anything else to Next's own address", () => {
    expect(shopImageLoader({ src: '/icon.png', width: 96 })).toBe(
      '/_next/image?url=%2Ficon.png&w=96&q=75',
    );
    expect(shopImageLoader({ src: '/media/x.webp?v=2', width: 96 })).toBe(
      '/_next/image?url=%2Fmedia%2Fx.webp%3Fv%3D2&w=96&q=75',
    );
  });

  it('cuts a srcset to the widths a card is shown at', () => {
    const all = [256, 384, 640, 828, 1080, 1200].map((w) => `/img/${w}/75/p.webp ${w}w`).join(', ');
    expect(srcSetUpTo(all, 828)).toBe(
      '/img/256/75/p.webp 256w, /img/384/75/p.webp 384w, /img/640/75/p.webp 640w, /img/828/75/p.webp 828w',
    );
    expect(srcSetUpTo(all, 100)).toBe('');
  });

  it('gives a card’s image for HTML written without React: its widths up to 828, the widest as src', () => {
    const image = cardImage('products/ab12.webp');
    expect(image.srcSet).toBe(
      '/img/256/75/products/ab12.webp 256w, /img/384/75/products/ab12.webp 384w, ' +
        '/img/640/75/products/ab12.webp 640w, /img/828/75/products/ab12.webp 828w',
    );
    expect(image.src).toBe('/img/828/75/products/ab12.webp');
    expect(image.sizes).toBe(CARD_SIZES);
    // The src is the widest entry of the srcset.
    const widths = image.srcSet.split(', ').map((entry) => Number(/ (\d+)w$/.exec(entry)?.[1]));
    expect(image.srcSet.split(', ').at(widths.indexOf(Math.max(...widths)))).toBe(
      `${image.src} 828w`,
    );
    // Each entry is the loader's own address, escaped as it escapes it.
    expect(cardImage('products/a b#c.webp').src).toBe('/img/828/75/products/a%20b%23c.webp');
    expect(cardImage('products/a b#c.webp').srcSet.split(', ')[0]).toBe(
      '/img/256/75/products/a%20b%23c.webp 256w',
    );
  });

  it('gives a cart line’s 80 px thumbnail at 1x and 2x, the 2x as src', () => {
    const image = lineImage('products/ab12.webp');
    expect(image).toEqual({
      src: '/img/256/75/products/ab12.webp',
      srcSet: '/img/96/75/products/ab12.webp 1x, /img/256/75/products/ab12.webp 2x',
    });
    expect(lineImage('products/a b#c.webp').srcSet).toBe(
      '/img/96/75/products/a%20b%23c.webp 1x, /img/256/75/products/a%20b%23c.webp 2x',
    );
  });

  it('asks the optimizer only for widths next.config.mjs allows (it refuses any other)', () => {
    const config = readFileSync(new URL('../next.config.mjs', import.meta.url), 'utf8');
    const sizes = (name: string) =>
      (new RegExp(`${name}: \\[([\\d, ]+)\\]`).exec(config)?.[1] ?? '').split(',').map(Number);
    const allowed = new Set([...sizes('deviceSizes'), ...sizes('imageSizes')]);
    expect(allowed.size).toBeGreaterThan(0);
    const used = [cardImage('p.webp'), lineImage('p.webp')].flatMap((image) =>
      [image.src, ...image.srcSet.split(', ')].map((entry) =>
        Number(/^\/img\/(\d+)\//.exec(entry)?.[1]),
      ),
    );
    expect(used.length).toBeGreaterThan(0);
    for (const width of used) expect(allowed).toContain(width);
  });
});

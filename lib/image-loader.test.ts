import { describe, expect, it } from 'vitest';

import shopImageLoader, { srcSetUpTo } from './image-loader';

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
});

import { describe, expect, it } from 'vitest';

import { CART_BODY_MARKER } from '../cart-page/html';
import { cartPageRequest, cartShell, cartShellRenderer, fillCartShell } from './cart-page';
import type { RenderedPage } from './render-page';

// The page server's cart page: which requests it answers, and the chrome Next renders for it,
// kept without Next's scripts, with the cart's body written where the marker is.

describe('cartPageRequest', () => {
  it('takes a GET or HEAD of a locale’s cart, with its query', () => {
    const en = cartPageRequest('GET', '/en/cart', { accept: 'text/html' });
    expect(en).toMatchObject({ locale: 'en', path: '/en/cart' });
    expect([...en!.query]).toEqual([]);
    const ru = cartPageRequest('HEAD', '/ru/cart?done=updated', {});
    expect(ru).toMatchObject({ locale: 'ru', path: '/ru/cart' });
    expect(ru!.query.get('done')).toBe('updated');
    const refused = cartPageRequest(
      'GET',
      '/en/cart?error=QUANTITY_TOO_HIGH&line=10&quantity=500&code=a%20b',
      {},
    );
    expect(Object.fromEntries(refused!.query)).toEqual({
      error: 'QUANTITY_TOO_HIGH',
      line: '10',
      quantity: '500',
      code: 'a b',
    });
  });

  it('refuses other methods, other paths and unknown locales', () => {
    expect(cartPageRequest('POST', '/en/cart', {})).toBeUndefined();
    expect(cartPageRequest('PUT', '/en/cart', {})).toBeUndefined();
    expect(cartPageRequest(undefined, '/en/cart', {})).toBeUndefined();
    expect(cartPageRequest('GET', undefined, {})).toBeUndefined();
    expect(cartPageRequest('GET', '/xx/cart', {})).toBeUndefined();
    expect(cartPageRequest('GET', '/de/cart', {})).toBeUndefined();
    expect(cartPageRequest('GET', '/en/cart/extra', {})).toBeUndefined();
    expect(cartPageRequest('GET', '/en/cart/update', {})).toBeUndefined();
    expect(cartPageRequest('GET', '/en/cart/', {})).toBeUndefined();
    expect(cartPageRequest('GET', '/en/carts', {})).toBeUndefined();
    expect(cartPageRequest('GET', '/cart', {})).toBeUndefined();
    expect(cartPageRequest('GET', '/en/products/cart', {})).toBeUndefined();
  });

  it('leaves the requests of Next’s client router to Next', () => {
    expect(cartPageRequest('GET', '/en/cart', { rsc: '1' })).toBeUndefined();
    expect(cartPageRequest('GET', '/en/cart', { 'next-router-prefetch': '1' })).toBeUndefined();
    expect(
      cartPageRequest('GET', '/en/cart', { 'next-router-state-tree': '%5B%5D' }),
    ).toBeUndefined();
    expect(cartPageRequest('GET', '/en/cart', { 'next-action': 'abc' })).toBeUndefined();
    expect(cartPageRequest('GET', '/en/cart?_rsc=1x2y', {})).toBeUndefined();
    expect(cartPageRequest('GET', '/ru/cart?done=updated&_rsc=1x2y', {})).toBeUndefined();
  });
});

const HEAD_KEPT = [
  '<meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/css/app.css" data-precedence="next"/>',
  '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="16x16"/>',
  '<link rel="alternate" hrefLang="ru" href="https://shop.example/ru/cart"/>',
  '<title>Your cart</title>',
];

const SCRIPTS = [
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<link as="script" rel="preload" href="/_next/static/chunks/main-app.js">',
  '<link rel="preload" href="/_next/static/chunks/page.js" as="script" nonce="n0nce"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/module.js"/>',
  '<script src="/_next/static/chunks/webpack.js" async=""></script>',
  '<script async="" nonce="n0nce" src="/_next/static/chunks/main-app.js"></script>',
  '<script nomodule="" src="/_next/static/chunks/polyfills.js"></script>',
  '<script>(self.__next_s=self.__next_s||[]).push([0,{}])</script>',
  `<script nonce="n0nce">self.__next_f.push([1,"1:HL[\\"/_next/static/css/app.css\\",\\"style\\"]\\n"])
self.__next_f.push([1,"2:I[\\"x\\",[],\\"\\"]\\n"])
</script>`,
  '<script id="_R_">\n  document.documentElement.dataset.x = "<div>";\n</script>',
];

function page(html: string, status = 200): RenderedPage {
  return {
    status,
    headers: [
      ['content-type', 'text/html; charset=utf-8'],
      ['cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate'],
    ],
    body: Buffer.from(html),
  };
}

function chrome(marker = CART_BODY_MARKER): string {
  return (
    `<!DOCTYPE html><html lang="en"><head>${HEAD_KEPT.join('')}${SCRIPTS.slice(0, 5).join('')}</head>` +
    `<body><header><a href="/en">Shop</a></header><main id="main">${marker}</main>` +
    `<noscript>Still works without JavaScript.</noscript>${SCRIPTS.slice(5).join('\n')}</body></html>`
  );
}

describe('cartShell', () => {
  it('removes every script and script preload, keeping the rest of the page as it was', () => {
    const shell = cartShell(page(chrome()));
    expect(shell).toBeDefined();
    const html = shell!.body.toString('utf8');
    expect(html).not.toMatch(/<script/);
    expect(html).not.toContain('</script>');
    expect(html).not.toContain('as="script"');
    expect(html).not.toContain('modulepreload');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('.js');
    expect(html).toBe(
      `<!DOCTYPE html><html lang="en"><head>${HEAD_KEPT.join('')}</head>` +
        `<body><header><a href="/en">Shop</a></header><main id="main">${CART_BODY_MARKER}</main>` +
        `<noscript>Still works without JavaScript.</noscript>${'\n'.repeat(SCRIPTS.slice(5).length - 1)}</body></html>`,
    );
    // Its status and headers stay.
    expect(shell!.status).toBe(200);
    expect(shell!.headers).toEqual(page('').headers);
  });

  it('counts the marker outside scripts only: Next’s payload repeats the page’s HTML', () => {
    const html = chrome().replace(
      '</body>',
      `<script>self.__next_f.push([1,"${CART_BODY_MARKER}"])</script></body>`,
    );
    const shell = cartShell(page(html));
    expect(shell).toBeDefined();
    expect(shell!.body.toString('utf8').split(CART_BODY_MARKER)).toHaveLength(2);
  });

  it('keeps no page but a 200 with the marker exactly once', () => {
    expect(cartShell(page(chrome(), 404))).toBeUndefined();
    expect(cartShell(page(chrome(), 500))).toBeUndefined();
    expect(cartShell(page(chrome(), 307))).toBeUndefined();
    expect(cartShell(page(chrome('')))).toBeUndefined();
    expect(
      cartShell(page(chrome(`${CART_BODY_MARKER}<p>x</p>${CART_BODY_MARKER}`))),
    ).toBeUndefined();
    // The marker only inside a script is no marker.
    const inScript = chrome('').replace('</body>', `<script>"${CART_BODY_MARKER}"</script></body>`);
    expect(cartShell(page(inScript))).toBeUndefined();
  });

  it('strips the page Next renders before it is kept', async () => {
    const calls: string[] = [];
    const render = cartShellRenderer(async (path) => {
      calls.push(path);
      return page(chrome(), path === '/en/cart' ? 200 : 404);
    });
    const variant = {} as Parameters<typeof render>[1];
    const shell = await render('/en/cart', variant);
    expect(shell?.body.toString('utf8')).not.toMatch(/<script/);
    expect(await render('/ru/cart', variant)).toBeUndefined();
    expect(calls).toEqual(['/en/cart', '/ru/cart']);
  });
});

describe('fillCartShell', () => {
  it('puts the body exactly where the marker was', () => {
    const filled = fillCartShell(
      Buffer.from(`<html><main>${CART_BODY_MARKER}</main><footer>f</footer></html>`),
      '<h1>Your cart</h1>',
    );
    expect(filled.toString('utf8')).toBe(
      '<html><main><h1>Your cart</h1></main><footer>f</footer></html>',
    );
  });

  it('writes non-ASCII text byte for byte, before and after the marker', () => {
    const shell = Buffer.from(
      `<html><title>Корзина — магазин</title><main>${CART_BODY_MARKER}</main><p>Чай ☕ 🍵</p></html>`,
    );
    const body = '<h1>Ваша корзина</h1><p>Итого: 27,50 ₽ — ёжик 🍵</p>';
    const filled = fillCartShell(shell, body);
    const expected = `<html><title>Корзина — магазин</title><main>${body}</main><p>Чай ☕ 🍵</p></html>`;
    expect(filled.toString('utf8')).toBe(expected);
    expect(filled.equals(Buffer.from(expected))).toBe(true);
    expect(filled.length).toBe(Buffer.byteLength(expected));
  });

  it('fills the shell cartShell keeps, leaving it as it was for the next visitor', () => {
    const shell = cartShell(page(chrome()))!;
    const before = Buffer.from(shell.body);
    const filled = fillCartShell(shell.body, '<p>Корзина обновлена.</p>').toString('utf8');
    expect(filled).toContain('<main id="main"><p>Корзина обновлена.</p></main>');
    expect(filled).not.toContain(CART_BODY_MARKER);
    expect(shell.body.equals(before)).toBe(true);
  });
});

import { rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// The cart page's body is read through the shop's own database connection: the same file.
const file = await vi.hoisted(async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const shopFile = join(mkdtempSync(join(tmpdir(), 'front-handler-')), 'shop.db');
  process.env.DATABASE_PATH = shopFile;
  return shopFile;
});

import { openDatabase } from '../../../db/connection';
import { CART_BODY_MARKER } from '../cart-page/html';
import { sealSession, type SessionSettings } from '../session-cookie';
import { createFrontHandler } from './front-handler';
import { openPageDb } from './page-db';
import type { RenderedPage } from './render-page';
import { VARIANT_HEADER, type PageVariant } from './variant';

// Two page servers on one database file stand for two server processes: what one learns of a
// catalog write, the other must learn too, through the database alone.
const dir = path.dirname(file);
const writer = openDatabase(file).$client;
writer.exec(`
  INSERT INTO categories (id) VALUES (1);
  INSERT INTO category_translations (category_id, locale, name, slug) VALUES (1, 'en', 'Tea', 'tea');
  INSERT INTO products (id, category_id, image, price_minor) VALUES (10, 1, 'a.webp', 500), (11, 1, 'b.webp', 700);
  INSERT INTO product_translations (product_id, locale, name, slug) VALUES
    (10, 'en', 'Assam', 'assam'), (11, 'en', 'Darjeeling', 'darjeeling');
  INSERT INTO users (id, name, email, email_key, password_hash) VALUES (7, 'Anna', 'a@x', 'a@x', 'h');
  INSERT INTO sessions (id, user_id) VALUES ('annas-session-id-00001', 7);
`);

const settings: SessionSettings = {
  cookieName: 'shop',
  secrets: ['a-secret-of-at-least-thirty-two-characters!'],
  cookieAge: 3600,
  secure: false,
  expireAtBrowserClose: false,
};

type Renders = { path: string; variant: PageVariant }[];

async function startFront(options: { renew?: boolean } = {}) {
  const renders: Renders = [];
  const nextHeaders: IncomingMessage['headers'][] = [];
  const db = openPageDb(file);
  const front = createFrontHandler({
    next: (req, res) => {
      nextHeaders.push(req.headers);
      res.end('from next');
    },
    // Stands for Next: the page shows the price as the database has it now, and the variant.
    render: async (pagePath, variant): Promise<RenderedPage> => {
      renders.push({ path: pagePath, variant });
      if (pagePath.includes('gone')) return { status: 404, headers: [], body: Buffer.from('404') };
      const price = writer.prepare('SELECT price_minor FROM products WHERE id = 10').pluck().get();
      return {
        status: 200,
        headers: [['content-type', 'text/html']],
        body: Buffer.from(`${pagePath} price=${price} ${JSON.stringify(variant)}`),
      };
    },
    // Stands for Next's cart page rendered as the chrome alone (./cart-page.ts).
    renderCartShell: async (pagePath, variant) => {
      renders.push({ path: pagePath, variant });
      return {
        status: 200,
        headers: [['content-type', 'text/html']],
        body: Buffer.from(
          `<header>${JSON.stringify(variant)}</header><main>${CART_BODY_MARKER}</main>`,
        ),
      };
    },
    db,
    session: settings,
    renewEveryRequest: options.renew ?? false,
    maxBytes: 1024 * 1024,
  });
  const server: Server = createServer((req, res) => void front(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (pagePath: string, headers: Record<string, string> = {}) => {
    const response = await fetch(base + pagePath, { headers });
    return { response, text: await response.text(), cache: response.headers.get('x-shop-cache') };
  };
  servers.push({ server, db });
  return { get, renders, nextHeaders };
}

const servers: { server: Server; db: { close: () => void } }[] = [];
afterAll(() => {
  for (const { server, db } of servers) {
    server.close();
    db.close();
  }
  writer.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  writer.exec('UPDATE products SET price_minor = 500 WHERE id = 10');
});

const cookie = async (data: Parameters<typeof sealSession>[0]) =>
  `shop=${await sealSession(data, settings)}`;

describe('the page server', () => {
  it('renders a catalog page once and serves it again from memory', async () => {
    const front = await startFront();
    expect((await front.get('/en/products/assam')).cache).toBe('MISS');
    const again = await front.get('/en/products/assam');
    expect(again.cache).toBe('HIT');
    expect(again.text).toContain('price=500');
    expect(front.renders).toHaveLength(1);
    expect(front.renders[0]!.variant).toEqual({ count: 0, user: null, inCart: 0 });
  });

  it('gives each visitor the header of their own session, never another one', async () => {
    const front = await startFront();
    const anna = await cookie({
      cart: [
        [10, 2, '5.00'],
        [11, 1, '7.00'],
      ],
      uid: 7,
      sid: 'annas-session-id-00001',
    });
    // A line of a product that no longer exists does not count, as in the header Next renders.
    const guest = await cookie({
      cart: [
        [11, 3, '7.00'],
        [999, 5, '1.00'],
      ],
    });
    const annaPage = await front.get('/en/products/assam', { cookie: anna });
    const guestPage = await front.get('/en/products/assam', { cookie: guest });
    const nobody = await front.get('/en/products/assam');
    expect(annaPage.text).toContain(
      '{"count":3,"user":{"name":"Anna","isStaff":false},"inCart":2}',
    );
    expect(guestPage.text).toContain('{"count":3,"user":null,"inCart":0}');
    expect(nobody.text).toContain('{"count":0,"user":null,"inCart":0}');
    expect((await front.get('/en/products/assam', { cookie: anna })).text).toBe(annaPage.text);
  });

  it('shows a logged-out session as an empty one, whatever its cookie still holds', async () => {
    const front = await startFront();
    const cart: [number, number, string][] = [[10, 2, '5.00']];
    const revoked = await cookie({ cart, uid: 7, sid: 'a-session-logged-out-1' });
    const withoutId = await cookie({ cart, uid: 7 });
    for (const visitor of [revoked, withoutId]) {
      const page = await front.get('/en/products/assam', { cookie: visitor });
      expect(page.text).toContain('{"count":0,"user":null,"inCart":0}');
    }
  });

  it('shows a catalog write at once in every process, and only on the pages it changes', async () => {
    const first = await startFront();
    const second = await startFront();
    for (const front of [first, second]) {
      for (const page of [
        '/en/products/assam',
        '/en/products/darjeeling',
        '/en',
        '/en/category/tea',
      ])
        await front.get(page);
      expect((await front.get('/en/products/assam')).cache).toBe('HIT');
    }
    writer.exec('UPDATE products SET price_minor = 650 WHERE id = 10');
    for (const front of [first, second]) {
      const product = await front.get('/en/products/assam');
      expect(product.cache).toBe('MISS');
      expect(product.text).toContain('price=650');
      expect((await front.get('/en')).cache).toBe('MISS');
      expect((await front.get('/en/category/tea')).cache).toBe('MISS');
      // Another product's page shows nothing of product 10: it stays cached.
      expect((await front.get('/en/products/darjeeling')).cache).toBe('HIT');
    }
  });

  it('drops the pages of a renamed category, and of a deleted product', async () => {
    const front = await startFront();
    await front.get('/en/products/darjeeling');
    await front.get('/en/category/tea');
    writer.exec("UPDATE category_translations SET name = 'Teas' WHERE category_id = 1");
    expect((await front.get('/en/products/darjeeling')).cache).toBe('MISS');
    expect((await front.get('/en/category/tea')).cache).toBe('MISS');
  });

  it('keeps no page that did not render with 200', async () => {
    writer.exec(`INSERT OR IGNORE INTO products (id, category_id, image, price_minor) VALUES (12, 1, 'c', 1);
      INSERT OR IGNORE INTO product_translations (product_id, locale, name, slug) VALUES (12, 'en', 'Gone', 'gone')`);
    const front = await startFront();
    expect((await front.get('/en/products/gone')).response.status).toBe(404);
    expect((await front.get('/en/products/gone')).cache).toBe('BYPASS');
    expect(front.renders).toHaveLength(2);
  });

  it('leaves other requests to Next, without the headers only its own renders may carry', async () => {
    const front = await startFront();
    const forged = { [VARIANT_HEADER]: 'eyJjb3VudCI6OTl9', 'x-shop-render-token': 'guess' };
    for (const page of ['/en/cart?_rsc=1', '/en/products/unknown', '/en/products/assam?_rsc=1'])
      expect((await front.get(page, forged)).text).toBe('from next');
    expect(front.nextHeaders).toHaveLength(3);
    for (const headers of front.nextHeaders) {
      expect(headers[VARIANT_HEADER]).toBeUndefined();
      expect(headers['x-shop-render-token']).toBeUndefined();
    }
    expect(front.renders).toHaveLength(0);
  });

  it('renews the session cookie on cached pages when every request renews it', async () => {
    const front = await startFront({ renew: true });
    const visitor = await cookie({ cart: [[10, 1, '5.00']] });
    const { response } = await front.get('/en', { cookie: visitor });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(
      /^shop=Fe26\.2\*.+; Path=\/; Expires=.+; Max-Age=3600; HttpOnly; SameSite=lax$/,
    );
    expect((await front.get('/en')).response.headers.get('set-cookie')).toBeNull();
  });

  it('remembers the language of a cached page as next-intl would', async () => {
    const front = await startFront();
    const russian = await front.get('/ru', { cookie: 'NEXT_LOCALE=en' });
    expect(russian.response.headers.get('set-cookie')).toBe('NEXT_LOCALE=ru; Path=/; SameSite=lax');
    const again = await front.get('/ru', { cookie: 'NEXT_LOCALE=ru' });
    expect(again.cache).toBe('HIT');
    expect(again.response.headers.get('set-cookie')).toBeNull();
  });

  it("writes each shopper's own cart into the chrome kept for their header", async () => {
    const front = await startFront();
    const first = await cookie({ cart: [[10, 1, '5.00']] });
    const second = await cookie({ cart: [[11, 1, '7.00']] });
    const firstPage = await front.get('/en/cart', { cookie: first });
    const secondPage = await front.get('/en/cart', { cookie: second });
    expect(firstPage.cache).toBe('MISS');
    expect(secondPage.cache).toBe('HIT');
    // One chrome for both (the same count), each with their own line.
    expect(front.renders).toEqual([{ path: '/en/cart', variant: { count: 1, user: null } }]);
    expect(firstPage.text).toContain('<header>{"count":1,"user":null}</header>');
    expect(firstPage.text).toContain('Assam');
    expect(firstPage.text).not.toContain('Darjeeling');
    expect(secondPage.text).toContain('Darjeeling');
    expect(secondPage.text).not.toContain('Assam');
    expect(firstPage.text).not.toContain(CART_BODY_MARKER);
    expect(firstPage.response.headers.get('content-type')).toBe('text/html');
  });

  it('tells on the cart page what a form post changed, from its query', async () => {
    const front = await startFront();
    const visitor = await cookie({ cart: [[11, 1, '7.00']] });
    const page = await front.get('/en/cart?done=removed&line=10', { cookie: visitor });
    expect(page.text).toContain('Assam was removed from your cart.');
    const empty = await front.get('/en/cart?done=cleared');
    expect(empty.text).toContain('Your cart is now empty.');
  });
});

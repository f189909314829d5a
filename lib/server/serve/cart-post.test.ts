import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_PATH = ':memory:';
});

import { getDb } from '../database';
import { minuteOf } from '../../domain/price-hold';
import { savedCarts } from '../../../db/schema';
import { sealSession, unsealSession, type SessionSettings } from '../session-cookie';
import { checkedSession } from '../sessions';
import { cartPostHandler } from './cart-post';
import { SessionReader } from './visitor';

// The page server's answer to the cart page's forms posted without JavaScript: the same cart
// rules as the server actions (lib/server/cart.ts), the cookie written here, Next never asked.
const settings: SessionSettings = {
  cookieName: 'shop',
  secrets: ['a-secret-of-at-least-thirty-two-characters!'],
  cookieAge: 3600,
  secure: false,
  expireAtBrowserClose: false,
};

let server: Server;
let base: string;
const passedOn: string[] = [];

beforeAll(async () => {
  getDb().$client.exec(`
    INSERT INTO categories (id) VALUES (1);
    INSERT INTO products (id, category_id, image, price_minor) VALUES (10, 1, 'a.webp', 500), (11, 1, 'b.webp', 700);
    INSERT INTO product_translations (product_id, locale, name, slug) VALUES
      (10, 'en', 'Assam', 'assam'), (10, 'ru', 'Ассам', 'assam-ru');
    INSERT INTO users (id, name, email, email_key, password_hash) VALUES (7, 'Anna', 'a@x', 'a@x', 'h');
    INSERT INTO sessions (id, user_id) VALUES ('annas-session-id-00001', 7);
  `);
  const handle = cartPostHandler({
    session: settings,
    sessions: new SessionReader(settings),
    checked: checkedSession,
  });
  server = createServer((req, res) => {
    void handle(req, res).then((answered) => {
      if (answered) return;
      passedOn.push(`${req.method} ${req.url}`);
      res.writeHead(200).end('next');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

async function cookieOf(session: Parameters<typeof sealSession>[0]) {
  return `shop=${await sealSession(session, settings)}`;
}

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(base + path, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      origin: base,
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    body,
  });
}

async function sessionSet(response: Response) {
  const header = response.headers.get('set-cookie') ?? '';
  const value = /^shop=([^;]*)/.exec(header)?.[1];
  return unsealSession(value && decodeURIComponent(value), settings);
}

describe('cart form posts answered by the page server', () => {
  it('sets a quantity: a 303 to the cart and the changed cart in the cookie', async () => {
    const cookie = await cookieOf({
      cart: [
        [10, 1, '5.00'],
        [11, 1, '7.00'],
      ],
    });
    const response = await post('/en/cart/update', 'productId=10&quantity=3', { cookie });
    expect(response.status).toBe(303);
    // The cart then says what changed, as the server action's answer does with JavaScript.
    expect(response.headers.get('location')).toBe('/en/cart?done=updated');
    expect((await sessionSet(response)).cart).toEqual([
      [10, 3, '5.00'],
      [11, 1, '7.00'],
    ]);
  });

  it('adds at today’s price, or sends a refusal back to the product page in its language', async () => {
    const before = minuteOf(Date.now());
    const added = await post('/en/cart/add', 'productId=10&quantity=2');
    expect(added.status).toBe(303);
    expect(added.headers.get('location')).toBe('/en/cart?done=added&line=10&quantity=2');
    const session = await sessionSet(added);
    // With the minute its price was taken: the price hold (lib/domain/price-hold.ts) starts there.
    const pricedAt = session.cart[0]?.[3] ?? 0;
    expect(session.cart).toEqual([[10, 2, '5.00', pricedAt]]);
    expect(pricedAt).toBeGreaterThanOrEqual(before);
    expect(pricedAt).toBeLessThanOrEqual(minuteOf(Date.now()));
    const cookie = await cookieOf(session);
    const tooMany = await post('/ru/cart/add', 'productId=10&quantity=98', { cookie });
    expect(tooMany.headers.get('location')).toBe(
      '/ru/products/assam-ru?error=QUANTITY_TOO_HIGH&quantity=98',
    );
    const replaced = await post('/en/cart/add', 'productId=10&quantity=7&override=on', { cookie });
    expect((await sessionSet(replaced)).cart).toEqual([[10, 7, '5.00', pricedAt]]);
    const gone = await post('/en/cart/add', 'productId=99&quantity=1', { cookie });
    expect(gone.headers.get('location')).toBe(
      '/en/cart?error=PRODUCT_NOT_FOUND&line=99&quantity=1',
    );
  });

  it('removes a line and clears the cart, removing an emptied cookie', async () => {
    const cookie = await cookieOf({
      cart: [
        [10, 1, '5.00'],
        [11, 2, '7.00'],
      ],
    });
    const removed = await post('/ru/cart/remove', 'productId=10', { cookie });
    expect(removed.headers.get('location')).toBe('/ru/cart?done=removed&line=10');
    expect((await sessionSet(removed)).cart).toEqual([[11, 2, '7.00']]);
    const cleared = await post('/en/cart/clear', '', { cookie });
    expect(cleared.status).toBe(303);
    expect(cleared.headers.get('location')).toBe('/en/cart?done=cleared');
    expect(cleared.headers.get('set-cookie')).toMatch(/^shop=; .*Max-Age=0/);
  });

  it('sends a refused change back to the cart with the code, line and quantity as typed', async () => {
    const cookie = await cookieOf({ cart: [[10, 1, '5.00']] });
    const tooMany = await post('/en/cart/update', 'productId=10&quantity=100000', { cookie });
    expect(tooMany.status).toBe(303);
    expect(tooMany.headers.get('location')).toBe(
      '/en/cart?error=QUANTITY_INVALID&line=10&quantity=100000',
    );
    expect(tooMany.headers.get('set-cookie')).toBeNull();
    const bad = await post('/en/cart/update', 'productId=1e1&quantity=2', { cookie });
    expect(bad.headers.get('location')).toBe('/en/cart?error=INVALID_REQUEST');
  });

  it('saves a signed-in shopper’s cart for the account, as every cart change does', async () => {
    const cookie = await cookieOf({
      cart: [[10, 1, '5.00']],
      uid: 7,
      sid: 'annas-session-id-00001',
    });
    await post('/en/cart/update', 'productId=10&quantity=4', { cookie });
    const saved = getDb().select().from(savedCarts).all();
    expect(saved.map((row) => [row.userId, row.lines])).toEqual([[7, [[10, 4, '5.00']]]]);
  });

  it('treats a logged-out session as empty: the account’s saved cart is not touched', async () => {
    const before = getDb().select().from(savedCarts).all();
    const cookie = await cookieOf({
      cart: [[10, 1, '5.00']],
      uid: 7,
      sid: 'a-session-logged-out-1',
    });
    const answer = await post('/en/cart/update', 'productId=10&quantity=9', { cookie });
    expect(answer.status).toBe(303);
    expect(getDb().select().from(savedCarts).all()).toEqual(before);
  });

  it('refuses a post from another site, or with a malformed Origin, in the visitor’s language', async () => {
    const cookie = await cookieOf({ cart: [[10, 1, '5.00']] });
    const foreign = await post('/ru/cart/clear', '', { cookie, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('set-cookie')).toBeNull();
    expect(await foreign.text()).toContain('Она пришла с другого сайта');
    const malformed = await post('/en/cart/clear', '', { cookie, origin: 'null' });
    expect(malformed.status).toBe(403);
  });

  it('refuses a body larger than a cart form sends with 413', async () => {
    const response = await post(
      '/en/cart/update',
      `productId=10&quantity=1&x=${'a'.repeat(70_000)}`,
    );
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('larger than the shop accepts');
  });

  it('leaves everything else to Next: other paths, methods and encodings', async () => {
    passedOn.length = 0;
    await fetch(`${base}/en/cart/update`);
    await post('/en/cart', 'productId=10&quantity=1');
    await post('/en/cart/update', 'x', { 'content-type': 'multipart/form-data; boundary=x' });
    await post('/de/cart/update', 'productId=10&quantity=1');
    expect(passedOn).toEqual([
      'GET /en/cart/update',
      'POST /en/cart',
      'POST /en/cart/update',
      'POST /de/cart/update',
    ]);
  });
});

describe('coupon form posts, and changes to lines no longer in the cart', () => {
  const day = 24 * 3600 * 1000;

  beforeAll(() => {
    const now = Date.now();
    getDb().$client.exec(`
      INSERT INTO coupons (code, code_key, percent_off, amount_off_minor, valid_from, valid_until, active, min_subtotal_minor) VALUES
        ('SAVE10', 'SAVE10', 10, NULL, 0, 4102444800000, 1, NULL),
        ('Big', 'BIG', NULL, 500, 0, 4102444800000, 1, 10000),
        ('OLD', 'OLD', 10, NULL, 0, ${now - day}, 1, NULL);
    `);
  });

  it('applies a code in any letter case: a 303 to the cart, and the coupon in the cookie', async () => {
    const cookie = await cookieOf({ cart: [[10, 1, '5.00']] });
    const response = await post('/en/cart/coupon', 'code=save10', { cookie });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/en/cart?done=coupon&code=SAVE10');
    const session = await sessionSet(response);
    expect(session.coupon).toBe('SAVE10');
    expect(session.cart).toEqual([[10, 1, '5.00']]);
    const ru = await post('/ru/cart/coupon', 'code=%20Save10%20', { cookie });
    expect(ru.headers.get('location')).toBe('/ru/cart?done=coupon&code=SAVE10');
    expect((await sessionSet(ru)).coupon).toBe('SAVE10');
  });

  it('sends a missing code back to the coupon form, changing nothing', async () => {
    const cookie = await cookieOf({ cart: [[10, 1, '5.00']] });
    const empty = await post('/en/cart/coupon', 'code=', { cookie });
    expect(empty.status).toBe(303);
    expect(empty.headers.get('location')).toBe('/en/cart?coupon-error=CODE_MISSING&code=');
    expect(empty.headers.get('set-cookie')).toBeNull();
    const blank = await post('/en/cart/coupon', 'code=%20%20', { cookie });
    expect(blank.headers.get('location')).toBe('/en/cart?coupon-error=CODE_MISSING&code=++');
    expect(blank.headers.get('set-cookie')).toBeNull();
    const none = await post('/en/cart/coupon', '', { cookie });
    expect(none.headers.get('location')).toBe('/en/cart?coupon-error=CODE_MISSING&code=');
  });

  it('sends a refused code back with why and the code as typed, changing nothing', async () => {
    const cookie = await cookieOf({ cart: [[10, 1, '5.00']] });
    const unknown = await post('/en/cart/coupon', 'code=nope1', { cookie });
    expect(unknown.status).toBe(303);
    expect(unknown.headers.get('location')).toBe('/en/cart?coupon-error=COUPON_UNKNOWN&code=nope1');
    expect(unknown.headers.get('set-cookie')).toBeNull();
    // Typed text that cannot be a code is unknown too, and is sent back escaped.
    const odd = await post('/ru/cart/coupon', `code=${encodeURIComponent('a&b=c d')}`, { cookie });
    expect(odd.headers.get('location')).toBe(
      '/ru/cart?coupon-error=COUPON_UNKNOWN&code=a%26b%3Dc+d',
    );
    const below = await post('/en/cart/coupon', 'code=big', { cookie });
    expect(below.headers.get('location')).toBe(
      '/en/cart?coupon-error=COUPON_BELOW_MINIMUM&code=big',
    );
    expect(below.headers.get('set-cookie')).toBeNull();
    const expired = await post('/en/cart/coupon', 'code=OLD', { cookie });
    expect(expired.headers.get('location')).toBe('/en/cart?coupon-error=COUPON_EXPIRED&code=OLD');
    expect(expired.headers.get('set-cookie')).toBeNull();
  });

  it('takes the coupon off, keeping the cart', async () => {
    const cookie = await cookieOf({ cart: [[10, 2, '5.00']], coupon: 'SAVE10' });
    const response = await post('/en/cart/uncoupon', '', { cookie });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/en/cart?done=uncoupon&code=SAVE10');
    const session = await sessionSet(response);
    expect(session.coupon).toBeUndefined();
    expect(session.cart).toEqual([[10, 2, '5.00']]);
    // Without a coupon there is nothing to take off, nor a cookie to write.
    const again = await post('/en/cart/uncoupon', '', { cookie: await cookieOf(session) });
    expect(again.headers.get('location')).toBe('/en/cart?done=uncoupon');
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('sends the removal of a line no longer in the cart back to the cart, naming the line', async () => {
    const cookie = await cookieOf({ cart: [[10, 1, '5.00']] });
    const removed = await post('/en/cart/remove', 'productId=11', { cookie });
    expect(removed.status).toBe(303);
    expect(removed.headers.get('location')).toBe('/en/cart?error=NOT_IN_CART&line=11');
    expect(removed.headers.get('set-cookie')).toBeNull();
  });

  it('sends a new quantity for a line no longer in the cart back to the cart, naming the line', async () => {
    const cookie = await cookieOf({ cart: [[10, 1, '5.00']] });
    const updated = await post('/en/cart/update', 'productId=11&quantity=2', { cookie });
    expect(updated.headers.get('location')).toBe('/en/cart?error=NOT_IN_CART&line=11&quantity=2');
    expect(updated.headers.get('set-cookie')).toBeNull();
  });
});

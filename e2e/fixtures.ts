import path from 'node:path';

import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import axe from 'axe-core';
import Database from 'better-sqlite3';

import { seedCategories, seedProducts } from '../db/seed-data';
import { toMinor } from '../lib/domain/money';

export { seedCategories, seedProducts };

/** The test server's database, for arranging what a test needs (read-write, WAL allows it). */
export function testDb(): Database.Database {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set: run the tests through playwright.config.ts');
  const db = new Database(path.join(dir, 'shop.db'));
  db.pragma('busy_timeout = 5000');
  return db;
}

export function availableProduct(index = 0) {
  const product = seedProducts.filter((item) => item.available)[index];
  if (!product) throw new Error(`no available seed product #${index}`);
  return product;
}

export function unavailableProduct() {
  const product = seedProducts.find((item) => !item.available);
  if (!product) throw new Error('no unavailable seed product');
  return product;
}

export function category(key: string) {
  const found = seedCategories.find((item) => item.key === key);
  if (!found) throw new Error(`no seed category ${key}`);
  return found;
}

// axe runs its rules tagged "experimental" only when asked: among them "label in name" (WCAG 2.5.3:
// a control's accessible name must contain its visible text, for those who speak to their browser),
// "paragraph styled as a heading" and "focusable element without a fitting role". All are asked
// for but hidden-content, which never finds a violation: it lists every hidden element for a
// person to review, and doing so on each page costs seconds.
const experimentalRules = Object.fromEntries(
  axe
    .getRules()
    .filter((rule) => rule.tags.includes('experimental') && rule.ruleId !== 'hidden-content')
    .map((rule) => [rule.ruleId, { enabled: true }]),
);

/** Every rule of axe-core's current set, violations of any impact (minor included) fail. */
export async function expectNoA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).options({ rules: experimentalRules }).analyze();
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    ),
  ).toEqual([]);
}

/** True when nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
export async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

let productCounter = 0;

/**
 * A product of the test's own, so that changing or deleting it cannot disturb tests running in
 * parallel. Written straight into the test server's database.
 */
export function createProduct(options: { price?: string; available?: boolean } = {}) {
  const db = testDb();
  try {
    const suffix = `${process.pid}-${Date.now()}-${(productCounter += 1)}`;
    const price = options.price ?? '12.50';
    // In a category whose product count no test checks.
    const seeded = db
      .prepare(
        `select p.category_id, p.image from products p join category_translations c
         on c.category_id = p.category_id and c.locale = 'en' where c.slug = ? limit 1`,
      )
      .get(category('accessories').en.slug) as { category_id: number; image: string };
    const { lastInsertRowid } = db
      .prepare(
        'insert into products (category_id, image, price_minor, available) values (?, ?, ?, ?)',
      )
      .run(
        seeded.category_id,
        seeded.image,
        toMinor(price, 2),
        options.available === false ? 0 : 1,
      );
    const id = Number(lastInsertRowid);
    const en = { name: `Test Tea ${suffix}`, slug: `test-tea-${suffix}` };
    const ru = { name: `Тестовый чай ${suffix}`, slug: `testovyy-chay-${suffix}` };
    const insert = db.prepare(
      'insert into product_translations (product_id, locale, name, slug, description) values (?, ?, ?, ?, ?)',
    );
    insert.run(id, 'en', en.name, en.slug, 'A product made by a test.');
    insert.run(id, 'ru', ru.name, ru.slug, 'Товар, созданный тестом.');
    return { id, price, en, ru };
  } finally {
    db.close();
  }
}

export function updateProduct(id: number, changes: { priceMinor?: number; available?: boolean }) {
  const db = testDb();
  try {
    if (changes.priceMinor !== undefined) {
      db.prepare('update products set price_minor = ? where id = ?').run(changes.priceMinor, id);
    }
    if (changes.available !== undefined) {
      db.prepare('update products set available = ? where id = ?').run(
        changes.available ? 1 : 0,
        id,
      );
    }
  } finally {
    db.close();
  }
}

export function deleteProduct(id: number) {
  const db = testDb();
  try {
    db.prepare('delete from products where id = ?').run(id);
  } finally {
    db.close();
  }
}

/** The header's cart link, whose accessible name carries the count ("Cart, 3 items"). */
export function cartLink(page: Page) {
  return page.getByRole('banner').getByRole('link', { name: /^(Cart|Корзина)/ });
}

export async function addToCart(page: Page, slug: string, quantity: number, locale = 'en') {
  await page.goto(`/${locale}/products/${slug}`);
  await page
    .getByLabel(locale === 'en' ? 'Quantity' : 'Количество', { exact: true })
    .fill(String(quantity));
  await submit(
    page,
    page.getByRole('button', { name: locale === 'en' ? 'Add to cart' : 'В корзину' }),
  );
}

/**
 * Clicks a form's button and waits until the server has answered the post. (With JavaScript the
 * page changes at once, optimistically, so what it shows says nothing about the server yet.)
 * Without JavaScript the answer is a redirect, which the browser follows before this returns.
 */
export async function submit(page: Page, button: Locator) {
  const answered = page.waitForResponse((response) => response.request().method() === 'POST');
  await button.click();
  await answered;
  await page.waitForLoadState();
}

export type Buyer = {
  firstName: string;
  lastName: string;
  email: string;
  address: string;
  postalCode: string;
  city: string;
};

let buyerCounter = 0;

/** A buyer with an e-mail no other test uses, to find their orders in the database. */
export function newBuyer(overrides: Partial<Buyer> = {}): Buyer {
  buyerCounter += 1;
  return {
    firstName: 'Anna',
    lastName: 'Karenina',
    email: `anna.${process.pid}.${Date.now()}.${buyerCounter}@example.com`,
    address: '12 Tverskaya St, apt 5',
    postalCode: '125009',
    city: 'Moscow',
    ...overrides,
  };
}

const FIELD_LABELS: Record<'en' | 'ru', Record<keyof Buyer, string>> = {
  en: {
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail',
    address: 'Address',
    postalCode: 'Postal code',
    city: 'City',
  },
  ru: {
    firstName: 'Имя',
    lastName: 'Фамилия',
    email: 'Электронная почта',
    address: 'Адрес',
    postalCode: 'Почтовый индекс',
    city: 'Город',
  },
};

export async function fillCheckout(page: Page, buyer: Partial<Buyer>, locale: 'en' | 'ru' = 'en') {
  for (const [field, value] of Object.entries(buyer) as [keyof Buyer, string][]) {
    await page.getByLabel(FIELD_LABELS[locale][field], { exact: true }).fill(value);
  }
}

export function ordersOf(email: string) {
  const db = testDb();
  try {
    return db
      .prepare('select id, total_minor, locale, paid from orders where email = ? order by id')
      .all(email) as { id: number; total_minor: number; locale: string; paid: number }[];
  } finally {
    db.close();
  }
}

export function orderItemsOf(orderId: number) {
  const db = testDb();
  try {
    return db
      .prepare(
        'select product_id, product_name, unit_price_minor, quantity from order_items where order_id = ? order by id',
      )
      .all(orderId) as {
      product_id: number | null;
      product_name: string;
      unit_price_minor: number;
      quantity: number;
    }[];
  } finally {
    db.close();
  }
}

/** Adds a product and checks out, landing on the order's payment page; returns the order's id. */
export async function placeOrder(page: Page, slug: string, buyer: Buyer, quantity = 1) {
  await addToCart(page, slug, quantity);
  await page.goto('/en/checkout');
  await fillCheckout(page, buyer);
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(PAY_PAGE);
  return Number(PAY_PAGE.exec(new URL(page.url()).pathname)?.[1]);
}

/** Where placing an order leads without Stripe: the order's payment page (the test gateway). */
export const PAY_PAGE = /\/(?:en|ru)\/orders\/(\d+)\/pay$/;

/** A MIME body as text: quoted-printable soft breaks joined and its bytes decoded as UTF-8. */
export function decodeMail(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index += 1) {
    const hex = /^=([0-9A-F]{2})/.exec(joined.slice(index, index + 3));
    if (hex?.[1]) {
      bytes.push(parseInt(hex[1], 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(joined[index] ?? ''));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

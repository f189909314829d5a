import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import axe from 'axe-core';

import { createUser, deleteUser, type TestUser } from './account-fixtures';
import { fromMinor } from '../lib/domain/money';
import { minuteOf } from '../lib/domain/price-hold';
import { sessionWithCart } from '../lib/server/cart-core';
import { randomToken } from '../lib/server/session-cookie';
import { productBySlug } from './catalog-fixtures';
import { createOrder, deleteOrder, type TestOrder } from './order-fixtures';
import { sealTestSession, setSessionCookie, signInAs } from './session-fixtures';
import { submit } from './forms';

export {
  availableProduct,
  category,
  createProduct,
  deleteProduct,
  seedCategories,
  seedProducts,
  unavailableProduct,
  updateProduct,
} from './catalog-fixtures';
export { orderItemsOf, ordersOf } from './order-fixtures';
export { submit };
export { expect };

type Fixtures = {
  /** A customer of the test's own, the page's browser context logged in as them. */
  shopper: TestUser;
  /** A staff user of the test's own, the page's browser context logged in as them. */
  staff: TestUser;
  /** An unpaid order of the test's own (its id): two Earl Grey at 8.50, placed just now. */
  order: number;
  /** The same, paid through the test gateway (payment id test_42). */
  paidOrder: number;
};

/**
 * Playwright's `test` with the shop's fixtures: ask for one by name and it is made for the test
 * through the app's own functions (the password hash, the session seal, the schema), and deleted
 * after it. Ask for one of `shopper` and `staff`: both log the same browser context in.
 */
export const test = base.extend<Fixtures>({
  shopper: async ({ context }, provide) => {
    const user = await createUser();
    await signInAs(context, user.id);
    await provide(user);
    deleteUser(user.id);
  },
  staff: async ({ context }, provide) => {
    const user = await createUser({ staff: true, name: 'Staff Test' });
    await signInAs(context, user.id);
    await provide(user);
    deleteUser(user.id);
  },
  order: async ({}, provide) => {
    const id = createOrder();
    await provide(id);
    deleteOrder(id);
  },
  paidOrder: async ({}, provide) => {
    const id = createOrder({ paid: true, paymentSource: 'test', paymentId: 'test_42' });
    await provide(id);
    deleteOrder(id);
  },
});

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
  // Legacy mode runs axe in the page itself: otherwise @axe-core/playwright opens a blank page to
  // put the frames' results together, which more than doubles the time of each check (1.45 s
  // against 0.62 s for the catalog, idle) for pages that have no frames. Only the violations are
  // gathered: the passes, with every node's HTML, are never read.
  const results = await new AxeBuilder({ page })
    .options({ rules: experimentalRules, resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
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
 * Gives the browser context a cart of these products (English slugs) at their prices now, as adding
 * them leaves the session cookie: the session made by the app's own sessionWithCart (cart token and
 * key included), sealed by its sealSession. For tests of what comes after the cart (checking out);
 * adding has tests of its own (cart.spec.ts), and going through it again costs each test a page
 * load and a form post per product.
 */
export async function giveCart(
  context: BrowserContext,
  lines: { slug: string; quantity: number }[],
) {
  const pricedAt = minuteOf(Date.now());
  const cart = {
    lines: lines.map(({ slug, quantity }) => {
      const { id, priceMinor } = productBySlug(slug);
      return { productId: id, quantity, price: fromMinor(priceMinor, 2), pricedAt };
    }),
  };
  await setSessionCookie(context, await sealTestSession(sessionWithCart({ cart: [] }, cart)));
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

/** Adds a product and checks out, landing on the order's payment page; returns the order's id. */
export async function placeOrder(page: Page, slug: string, buyer: Buyer, quantity = 1) {
  await addToCart(page, slug, quantity);
  await page.goto('/en/checkout');
  await fillCheckout(page, buyer);
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(PAY_PAGE);
  return Number(PAY_PAGE.exec(new URL(page.url()).pathname)?.[1]);
}

/**
 * An order placed from this browser context, as checking out leaves it: written through the app's
 * schema, the context's session cookie sealed with the order's session key and an empty cart. For
 * tests of what follows an order (paying it, its pages); placing one has tests of its own
 * (checkout.spec.ts), and going through it again costs each test four page loads.
 */
export async function placedOrder(context: BrowserContext, order: TestOrder = {}): Promise<number> {
  const key = randomToken();
  const id = createOrder({ ...order, sessionKey: key });
  await setSessionCookie(context, await sealTestSession({ cart: [], key }));
  return id;
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

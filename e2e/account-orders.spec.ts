import { expect, test, type Page } from '@playwright/test';

import {
  createUser,
  giveOwnAddress,
  logIn,
  logOut,
  registerAccount,
  savedCartOf,
  uniqueEmail,
} from './account-fixtures';
import {
  cartLink,
  createProduct,
  expectNoA11yViolations,
  newBuyer,
  placedOrder,
  placeOrder,
} from './fixtures';

test.beforeEach(async ({ context }) => {
  await giveOwnAddress(context);
});

test('orders placed while logged in are listed, open from another browser, and only for the owner', async ({
  page,
  browser,
}) => {
  const product = createProduct({ price: '7.25' });
  const user = await createUser();
  await logIn(page, user.email, user.password);
  const orderId = await placeOrder(page, product.en.slug, newBuyer(), 2);
  // The order emptied the cart, the saved one too.
  await expect(cartLink(page)).toHaveAccessibleName('Cart, empty');
  expect(savedCartOf(user.id)).toEqual([]);

  await page.goto('/en/account/orders');
  const entry = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ hasText: `Order nr. ${orderId}` });
  await expect(entry).toContainText('$14.50');
  await expect(entry).toContainText('Awaiting payment');
  await expectNoA11yViolations(page);
  await entry.getByRole('link', { name: `Order nr. ${orderId}` }).click();
  await expect(page).toHaveURL(`/en/orders/${orderId}`);

  // Another browser: a stranger there is told the order does not exist; its owner sees it.
  const context = await browser.newContext();
  await giveOwnAddress(context);
  const other = await context.newPage();
  const stranger = await other.goto(`/en/orders/${orderId}`);
  expect(stranger?.status()).toBe(404);
  const someoneElse = await createUser();
  await logIn(other, someoneElse.email, someoneElse.password);
  expect((await other.goto(`/en/orders/${orderId}`))?.status()).toBe(404);
  await other.goto('/en/account/orders');
  await expect(other.getByText('Your account has no orders yet.')).toBeVisible();

  await logOut(other);
  await logIn(other, user.email, user.password, { next: `/en/orders/${orderId}` });
  await expect(other).toHaveURL(`/en/orders/${orderId}`);
  await expect(other.getByRole('heading', { name: `Order nr. ${orderId}` })).toBeVisible();
  await context.close();
});

test('logging out ends access to the orders placed from this browser while logged in', async ({
  page,
}) => {
  const product = createProduct();
  const user = await createUser();
  await logIn(page, user.email, user.password);
  const orderId = await placeOrder(page, product.en.slug, newBuyer());
  await logOut(page);
  // The session key changed: the next person at this browser cannot open the order.
  expect((await page.goto(`/en/orders/${orderId}`))?.status()).toBe(404);
});

/** The order opens from this browser, its payment page too, and the account lists it. */
async function expectOwnedOrder(page: Page, orderId: number) {
  expect((await page.goto(`/en/orders/${orderId}`))?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: `Order nr. ${orderId}` })).toBeVisible();
  expect((await page.goto(`/en/orders/${orderId}/pay`))?.status()).toBe(200);
  await page.goto('/en/account/orders');
  await expect(
    page.getByRole('main').getByRole('link', { name: `Order nr. ${orderId}` }),
  ).toBeVisible();
}

// The guest orders below are arranged as checking out leaves them (placedOrder): placing one has
// tests of its own (checkout.spec.ts); what is tested here is what logging in does with them.
test("logging in keeps the orders placed as a guest from this browser, now the account's", async ({
  page,
  context,
}) => {
  const user = await createUser();
  // The same address, typed differently: still the account's own.
  const orderId = await placedOrder(context, { email: user.email.toUpperCase() });
  await logIn(page, user.email, user.password);
  await expect(page).toHaveURL('/en/account');
  await expectOwnedOrder(page, orderId);
});

test('on a shared browser, a guest order with another e-mail is not given to whoever logs in next', async ({
  page,
  context,
}) => {
  const guestOrder = await placedOrder(context);
  const user = await createUser();
  await logIn(page, user.email, user.password);
  await expect(page).toHaveURL('/en/account');
  await page.goto('/en/account/orders');
  await expect(page.getByRole('main').getByText(`Order nr. ${guestOrder}`)).toHaveCount(0);
  expect((await page.goto(`/en/orders/${guestOrder}`))?.status()).toBe(404);
});

test("registering keeps the orders placed as a guest from this browser, now the account's", async ({
  page,
  context,
}) => {
  const email = uniqueEmail();
  const orderId = await placedOrder(context, { email });
  await registerAccount(page, { name: 'Anna', email, password: 'long enough pass' });
  await expect(page).toHaveURL('/en/account');
  await expectOwnedOrder(page, orderId);
});

import { expect, test, type Browser } from '@playwright/test';

import {
  createUser,
  logIn,
  logOut,
  savedCartOf,
  setSavedCart,
  giveOwnAddress,
} from './account-fixtures';
import { createCoupon } from './coupon-fixtures';
import { addToCart, cartLink, createProduct, giveCart, submit, updateProduct } from './fixtures';

/** Another browser: its own cookies, as on another device. */
async function otherBrowser(browser: Browser) {
  const context = await browser.newContext();
  await giveOwnAddress(context);
  return { context, page: await context.newPage() };
}

test.beforeEach(async ({ context }) => {
  await giveOwnAddress(context);
});

test.describe('the cart and the account', () => {
  // The anonymous carts of the first two tests are arranged (giveCart) as adding to the cart
  // leaves them (cart.spec.ts tests that): what is tested here is what logging in does with them.
  test('the cart built before logging in survives the login', async ({ page, context }) => {
    const product = createProduct();
    const user = await createUser();
    await giveCart(context, [{ slug: product.en.slug, quantity: 2 }]);
    await logIn(page, user.email, user.password);
    await expect(page).toHaveURL('/en/account');
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');
    await page.goto('/en/cart');
    await expect(page.getByRole('main').getByRole('link', { name: product.en.name })).toBeVisible();
    expect(savedCartOf(user.id)).toEqual([[product.id, 2, '12.50']]);
  });

  test('a coupon applied before logging in is still applied after it', async ({
    page,
    context,
  }) => {
    const product = createProduct();
    const user = await createUser();
    const { code } = createCoupon({ percentOff: 10 });
    await giveCart(context, [{ slug: product.en.slug, quantity: 2 }]);
    await page.goto('/en/cart');
    await page.getByLabel('Coupon code', { exact: true }).fill(code);
    await submit(page, page.getByRole('button', { name: 'Apply', exact: true }));
    const line = page.getByText(`Coupon ${code} (10 % off): −$2.50`, { exact: true });
    await expect(line).toBeVisible();

    await logIn(page, user.email, user.password);
    await page.goto('/en/cart');
    await expect(line).toBeVisible();
    await expect(page.getByText('Total to pay: $22.50', { exact: true })).toBeVisible();
  });

  test('the cart follows the user to another browser, and leaves with logout', async ({
    page,
    browser,
  }) => {
    const first = createProduct();
    const second = createProduct();
    const user = await createUser();
    await logIn(page, user.email, user.password);
    await addToCart(page, first.en.slug, 1);
    await addToCart(page, second.en.slug, 3);
    await page.goto('/en/cart');
    await page.getByRole('button', { name: `Remove ${first.en.name} from the cart` }).click();
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 3 items');
    await expect.poll(() => savedCartOf(user.id)).toEqual([[second.id, 3, '12.50']]);

    const other = await otherBrowser(browser);
    await other.page.goto('/en');
    await expect(cartLink(other.page)).toHaveAccessibleName('Cart, empty');
    await logIn(other.page, user.email, user.password);
    await expect(cartLink(other.page)).toHaveAccessibleName('Cart, 3 items');

    await logOut(other.page);
    await expect(cartLink(other.page)).toHaveAccessibleName('Cart, empty');
    await logIn(other.page, user.email, user.password);
    await expect(cartLink(other.page)).toHaveAccessibleName('Cart, 3 items');
    await other.context.close();
  });

  test('merging: quantities add up to the maximum, the browser line keeps its price', async ({
    page,
  }) => {
    const shared = createProduct({ price: '10.00' });
    const savedOnly = createProduct({ price: '3.00' });
    const user = await createUser();
    // Saved from another browser at the old price; the product has become dearer since.
    setSavedCart(user.id, [
      [shared.id, 97, '10.00'],
      [savedOnly.id, 1, '3.00'],
    ]);
    updateProduct(shared.id, { priceMinor: 1200 });
    await addToCart(page, shared.en.slug, 5);
    await logIn(page, user.email, user.password);
    await expect(page).toHaveURL('/en/account');
    // 97 + 5 is capped at CART_MAX_QUANTITY (99); the browser's line, at 12.00, comes first.
    expect(savedCartOf(user.id)).toEqual([
      [shared.id, 99, '12.00'],
      [savedOnly.id, 1, '3.00'],
    ]);
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 100 items');
  });

  test('merging never goes over the 50 lines a cart may have', async ({ page }) => {
    const user = await createUser();
    const saved = Array.from({ length: 50 }, () => createProduct({ price: '1.00' }));
    setSavedCart(
      user.id,
      saved.map((product): [number, number, string] => [product.id, 1, '1.00']),
    );
    const mine = createProduct({ price: '2.00' });
    await addToCart(page, mine.en.slug, 1);
    await logIn(page, user.email, user.password);
    await expect(page).toHaveURL('/en/account');
    const lines = savedCartOf(user.id);
    expect(lines).toHaveLength(50);
    // What the visitor chose in this browser stays; the last saved product makes room.
    expect(lines[0]).toEqual([mine.id, 1, '2.00']);
    expect(lines.map(([id]) => id)).not.toContain(saved.at(-1)?.id);
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 50 items');
  });

  test('logging in again from a second tab does not count the cart twice', async ({ page }) => {
    const product = createProduct();
    const user = await createUser();
    const stale = await page.context().newPage();
    await stale.goto('/en/account/login');
    await addToCart(page, product.en.slug, 2);
    await logIn(page, user.email, user.password);
    await expect(cartLink(page)).toHaveAccessibleName('Cart, 2 items');
    // The other tab still shows the login form from before; sending it logs in again.
    await stale.getByLabel('E-mail', { exact: true }).fill(user.email);
    await stale.getByLabel('Password', { exact: true }).fill(user.password);
    await submit(stale, stale.getByRole('button', { name: 'Log in' }));
    await expect(stale).toHaveURL('/en/account');
    await expect(cartLink(stale)).toHaveAccessibleName('Cart, 2 items');
    expect(savedCartOf(user.id)).toEqual([[product.id, 2, '12.50']]);
  });
});

import { expect, test, type Browser, type Cookie, type Page } from '@playwright/test';

import { createUser, giveOwnAddress, logIn, logOut } from './account-fixtures';
import { SESSION_COOKIE } from './constants';
import { availableProduct, newBuyer, placeOrder, submit } from './fixtures';

// A signed-in session lives on the server too (lib/server/sessions.ts): logging out, or "log out
// everywhere", ends it there, so a copy of the cookie taken before opens nothing, on the pages
// Next renders and on the ones the page server serves from its cache alike.

const product = availableProduct(3);

async function sessionCookie(page: Page): Promise<Cookie> {
  const cookie = (await page.context().cookies()).find(({ name }) => name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

/** Another browser carrying a copy of the cookie. */
async function browserWith(browser: Browser, cookie: Cookie, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([cookie]);
  return context.newPage();
}

/** What a browser with that cookie gets: the account page, and the header of a cached page. */
async function expectSignedIn(page: Page, name: string, signedIn: boolean) {
  await page.goto('/en/account');
  if (signedIn) await expect(page).toHaveURL(/\/en\/account$/);
  else await expect(page).toHaveURL(/\/en\/account\/login\?next=/);
  for (const address of [`/en/products/${product.en.slug}`, '/en']) {
    await page.goto(address);
    const banner = page.getByRole('banner');
    if (signedIn) {
      await expect(banner.getByText(name)).toBeVisible();
    } else {
      await expect(banner.getByRole('link', { name: 'Log in' })).toBeVisible();
      await expect(banner.getByText(name)).toHaveCount(0);
    }
  }
}

test('a copy of the cookie stops working when its session logs out', async ({
  page,
  browser,
  baseURL,
}) => {
  await giveOwnAddress(page.context());
  const user = await createUser({ name: `Vera ${Date.now()}` });
  await logIn(page, user.email, user.password);
  await expect(page).toHaveURL(/\/en\/account$/);
  const orderId = await placeOrder(page, product.en.slug, newBuyer());
  const copied = await sessionCookie(page);
  const thief = await browserWith(browser, copied, baseURL!);
  await expectSignedIn(thief, user.name, true);
  expect((await thief.goto(`/en/orders/${orderId}`))?.status()).toBe(200);

  await page.goto('/en/account');
  await logOut(page);
  await expectSignedIn(thief, user.name, false);
  // The order placed with that session does not open either: the copy's key is gone too.
  expect((await thief.goto(`/en/orders/${orderId}`))?.status()).toBe(404);
  await thief.context().close();
});

test.describe('log out everywhere', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`ends every browser's session ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async ({
      browser,
      baseURL,
    }) => {
      const user = await createUser({ name: `Oleg ${Date.now()}` });
      const open = async (enabled: boolean) => {
        const context = await browser.newContext({ baseURL, javaScriptEnabled: enabled });
        await giveOwnAddress(context);
        const page = await context.newPage();
        await logIn(page, user.email, user.password);
        await expect(page).toHaveURL(/\/en\/account$/);
        return page;
      };
      const laptop = await open(javaScriptEnabled);
      const phone = await open(true);
      const copied = await browserWith(browser, await sessionCookie(laptop), baseURL!);
      await expectSignedIn(phone, user.name, true);

      await laptop.goto('/en/account');
      await submit(laptop, laptop.getByRole('button', { name: 'Log out everywhere' }));
      await expect(laptop).toHaveURL(/\/en$/);
      await expect(laptop.getByRole('banner').getByRole('link', { name: 'Log in' })).toBeVisible();

      await expectSignedIn(phone, user.name, false);
      await expectSignedIn(copied, user.name, false);
      // Logging in again works, and is a session of its own.
      await logIn(phone, user.email, user.password);
      await expectSignedIn(phone, user.name, true);
      await expectSignedIn(copied, user.name, false);
      for (const page of [laptop, phone, copied]) await page.context().close();
    });
  }
});

// Without JavaScript: plain form posts, errors by their fields, a 303 back to the account page.
test('a password change logs out every other browser, and copies of this one', async ({
  browser,
  baseURL,
}) => {
  const user = await createUser({ name: `Irina ${Date.now()}` });
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await giveOwnAddress(context);
  const laptop = await context.newPage();
  await logIn(laptop, user.email, user.password);
  await expect(laptop).toHaveURL(/\/en\/account$/);
  const copied = await browserWith(browser, await sessionCookie(laptop), baseURL!);
  await expectSignedIn(copied, user.name, true);

  const change = async (current: string, next: string, again: string) => {
    await laptop.getByLabel('Current password').fill(current);
    await laptop.getByLabel('New password', { exact: true }).fill(next);
    await laptop.getByLabel('New password again').fill(again);
    await submit(laptop, laptop.getByRole('button', { name: 'Change password' }));
  };
  await change('not my password', 'new password 1', 'new password 2');
  await expect(laptop.getByLabel('New password again')).toHaveAccessibleDescription(
    'This is not the same as the new password. Type it the same way twice.',
  );
  await change('not my password', 'new password 1', 'new password 1');
  await expect(laptop.getByLabel('Current password')).toHaveAccessibleDescription(
    'This is not your current password.',
  );
  await change(user.password, 'new password 1', 'new password 1');
  await expect(laptop).toHaveURL(/\/en\/account\?password=changed$/);
  await expect(laptop.getByRole('status')).toHaveText(
    'Your password has been changed. Every other browser signed in to your account has been logged out.',
  );
  await expectSignedIn(laptop, user.name, true);
  await expectSignedIn(copied, user.name, false);
  await logIn(copied, user.email, 'new password 1');
  await expect(copied).toHaveURL(/\/en\/account$/);
  for (const page of [laptop, copied]) await page.context().close();
});

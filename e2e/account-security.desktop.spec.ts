import { expect, test } from '@playwright/test';

import {
  createUser,
  giveOwnAddress,
  logIn,
  logOut,
  TEST_PASSWORD,
  uniqueEmail,
} from './account-fixtures';
import { SESSION_COOKIE } from './constants';

// Cookies and lockouts do not depend on the screen size: desktop only.

test.describe('remember me', () => {
  test.beforeEach(async ({ context }) => {
    await giveOwnAddress(context);
  });

  test('unticked, the session ends with the browser', async ({ page, context }) => {
    const user = createUser();
    const response = page.waitForResponse((r) => r.request().method() === 'POST');
    await logIn(page, user.email, user.password);
    const setCookie = (await (await response).headerValue('set-cookie')) ?? '';
    expect(setCookie).toContain(`${SESSION_COOKIE}=`);
    expect(setCookie).not.toMatch(/max-age|expires/i);
    const cookie = (await context.cookies()).find((item) => item.name === SESSION_COOKIE);
    expect(cookie?.expires).toBe(-1);
  });

  test('ticked, the session lasts the configured cookie age', async ({ page, context }) => {
    const user = createUser();
    const response = page.waitForResponse((r) => r.request().method() === 'POST');
    await logIn(page, user.email, user.password, { remember: true });
    const setCookie = (await (await response).headerValue('set-cookie')) ?? '';
    // SESSION_COOKIE_AGE's default: two weeks.
    expect(setCookie).toMatch(/Max-Age=1209600/i);
    const cookie = (await context.cookies()).find((item) => item.name === SESSION_COOKIE);
    const expected = Date.now() / 1000 + 1209600;
    expect(Math.abs((cookie?.expires ?? 0) - expected)).toBeLessThan(120);
  });
});

test.describe('brute force', () => {
  test('five failures for one e-mail lock it, even with the right password', async ({
    page,
    context,
  }) => {
    const user = createUser();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      // From a new address each time: the e-mail's own count must do the locking.
      await giveOwnAddress(context);
      await logIn(page, user.email, `wrong ${attempt}`);
      await expect(page.getByRole('main').getByRole('alert')).toHaveText(
        'The e-mail or the password is wrong.',
      );
    }
    await giveOwnAddress(context);
    await logIn(page, user.email, user.password);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Too many failed logins. Please try again in 15 minutes.',
    );
    await expect(page).toHaveURL(/\/en\/account\/login/);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Log in' })).toBeVisible();
  });

  test('five failures from one address lock it for every e-mail', async ({ page, context }) => {
    await giveOwnAddress(context);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await logIn(page, uniqueEmail('guess'), TEST_PASSWORD);
    }
    const user = createUser();
    await logIn(page, user.email, user.password);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Too many failed logins. Please try again in 15 minutes.',
    );
    // The same account from another address is not locked out.
    await giveOwnAddress(context);
    await logIn(page, user.email, user.password);
    await expect(page).toHaveURL('/en/account');
  });

  test('a successful login clears the failures of its e-mail', async ({ page, context }) => {
    const user = createUser();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await giveOwnAddress(context);
      await logIn(page, user.email, 'wrong');
    }
    await logIn(page, user.email, user.password);
    await expect(page).toHaveURL('/en/account');
    await logOut(page);
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await giveOwnAddress(context);
      await logIn(page, user.email, 'wrong');
    }
    await logIn(page, user.email, user.password);
    await expect(page).toHaveURL('/en/account');
  });
});

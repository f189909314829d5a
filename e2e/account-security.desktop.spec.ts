import { expect, test } from '@playwright/test';

import {
  createUser,
  giveOwnAddress,
  logIn,
  registerAccount,
  TEST_PASSWORD,
  uniqueEmail,
  usersWithEmail,
} from './account-fixtures';
import { SESSION_COOKIE } from './constants';

// Cookies, lockouts and limits do not depend on the screen size: desktop only.

test.describe('remember me', () => {
  test.beforeEach(async ({ context }) => {
    await giveOwnAddress(context);
  });

  test('unticked, the session ends with the browser', async ({ page, context }) => {
    const user = await createUser();
    const response = page.waitForResponse((r) => r.request().method() === 'POST');
    await logIn(page, user.email, user.password);
    const setCookie = (await (await response).headerValue('set-cookie')) ?? '';
    expect(setCookie).toContain(`${SESSION_COOKIE}=`);
    expect(setCookie).not.toMatch(/max-age|expires/i);
    const cookie = (await context.cookies()).find((item) => item.name === SESSION_COOKIE);
    expect(cookie?.expires).toBe(-1);
  });

  test('ticked, the session lasts the configured cookie age', async ({ page, context }) => {
    const user = await createUser();
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

// The rules are unit-tested (lib/server/accounts.test.ts, registration.test.ts); these are the
// journeys a visitor sees. The e2e server runs with LOGIN_MAX_FAILURES=5 (the default),
// LOGIN_MAX_FAILURES_PER_ADDRESS=5 and REGISTRATIONS_PER_ADDRESS_PER_HOUR=2 (playwright.config.ts);
// each test has addresses of its own, so its counts are its own.
test.describe('brute force', () => {
  test('five failures from one address lock it out of the e-mail, not the owner elsewhere', async ({
    page,
    context,
  }) => {
    const user = await createUser();
    await giveOwnAddress(context);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await logIn(page, user.email, `wrong ${attempt}`);
      await expect(page.getByRole('main').getByRole('alert')).toHaveText(
        'The e-mail or the password is wrong.',
      );
    }
    await logIn(page, user.email, user.password);
    // Five a quarter of an hour: one more try every three minutes.
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Too many login attempts. Please try again in 3 minutes.',
    );
    await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue(user.email);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Log in' })).toBeVisible();
    // The owner, from an address of their own, is not locked out by someone else's failures.
    await giveOwnAddress(context);
    await logIn(page, user.email, user.password);
    await expect(page).toHaveURL('/en/account');
  });

  test('five failures from one address lock it for every e-mail', async ({ page, context }) => {
    await giveOwnAddress(context);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await logIn(page, uniqueEmail('guess'), TEST_PASSWORD);
    }
    const user = await createUser();
    await logIn(page, user.email, user.password);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Too many login attempts. Please try again in 3 minutes.',
    );
    // The same account from another address is not locked out.
    await giveOwnAddress(context);
    await logIn(page, user.email, user.password);
    await expect(page).toHaveURL('/en/account');
  });
});

test.describe('registration limits', () => {
  test('a third registration from one address within the hour is refused, keeping the form', async ({
    page,
    context,
  }) => {
    await giveOwnAddress(context);
    for (const name of ['First Shopper', 'Second Shopper']) {
      await registerAccount(page, { name, email: uniqueEmail('many'), password: TEST_PASSWORD });
      await expect(page).toHaveURL('/en/account');
      await context.clearCookies();
    }
    const email = uniqueEmail('many');
    await registerAccount(page, { name: 'Third Shopper', email, password: TEST_PASSWORD });
    // Two an hour: the next is free half an hour after the first.
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      /^Too many attempts\. Please try again in (29|30) minutes\.$/,
    );
    await expect(page).toHaveURL('/en/account/register');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Third Shopper');
    await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue(email);
    expect(usersWithEmail(email)).toBe(0);
  });
});

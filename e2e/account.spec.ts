import { expect, test } from '@playwright/test';

import {
  createUser,
  logIn,
  logOut,
  registerAccount,
  TEST_PASSWORD,
  uniqueEmail,
  giveOwnAddress,
  mailsQueuedTo,
  usersWithEmail,
} from './account-fixtures';
import { expectNoA11yViolations, hasNoHorizontalScroll, submit } from './fixtures';

// Failed logins in these tests must not add up with other tests' on one address.
test.beforeEach(async ({ context }) => {
  await giveOwnAddress(context);
});

const banner = (page: import('@playwright/test').Page) => page.getByRole('banner');

test.describe('accounts', () => {
  test('register, log out and log in again', async ({ page }) => {
    const email = uniqueEmail('register');
    await page.goto('/en');
    await expect(banner(page).getByRole('link', { name: 'Register' })).toBeVisible();
    await registerAccount(page, { name: 'Anna Karenina', email, password: TEST_PASSWORD });

    await expect(page).toHaveURL('/en/account');
    await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Anna Karenina');
    await expect(page.getByRole('main')).toContainText(email);
    await expect(banner(page).getByRole('link', { name: 'Account: Anna Karenina' })).toBeVisible();
    await expect(banner(page).getByRole('link', { name: 'Log in' })).toHaveCount(0);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await expectNoA11yViolations(page);

    await logOut(page);
    await expect(page).toHaveURL('/en');
    await page.goto('/en/account');
    // The account page asks for a login, and comes back after it.
    await expect(page).toHaveURL(`/en/account/login?next=${encodeURIComponent('/en/account')}`);

    await logIn(page, email.toUpperCase(), TEST_PASSWORD);
    await expect(page).toHaveURL('/en/account');
    await expect(banner(page).getByRole('link', { name: 'Account: Anna Karenina' })).toBeVisible();
  });

  test('a wrong password and an unknown e-mail get the same message, keeping the e-mail', async ({
    page,
  }) => {
    const user = await createUser();
    await logIn(page, user.email, 'not the password');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'The e-mail or the password is wrong.',
    );
    await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue(user.email);
    await expect(page).toHaveURL(/\/en\/account\/login/);
    await expectNoA11yViolations(page);

    await logIn(page, uniqueEmail('nobody'), TEST_PASSWORD);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'The e-mail or the password is wrong.',
    );
    await expect(banner(page).getByRole('link', { name: 'Log in' })).toBeVisible();
  });

  test('registering with an e-mail that has an account does not say so: its owner is mailed', async ({
    page,
  }) => {
    const user = await createUser({ email: uniqueEmail('Taken') });
    await registerAccount(page, {
      name: 'Someone Else',
      email: user.email.toLowerCase(),
      password: TEST_PASSWORD,
    });
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      `Thank you. We have sent a message to ${user.email.toLowerCase()} about this address: please look in that mailbox. Nothing arrived? Check the address above and try again.`,
    );
    await expect(page.getByLabel('E-mail', { exact: true })).toHaveValue(user.email.toLowerCase());
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Someone Else');
    await expect(banner(page).getByRole('link', { name: 'Log in' })).toBeVisible();
    expect(usersWithEmail(user.email)).toBe(1);
    const mails = mailsQueuedTo(user.email.toLowerCase());
    expect(mails.map((mail) => mail.subject)).toEqual(['Your account at myshop']);
    expect(mails[0]?.text).toContain('You already have an account with it');
  });

  test('a short password is refused with its rule, in Russian too', async ({ page }) => {
    await page.goto('/ru/account/register');
    await page.getByLabel('Имя', { exact: true }).fill('Анна');
    await page.getByLabel('Электронная почта', { exact: true }).fill(uniqueEmail('short'));
    await page.getByLabel('Пароль', { exact: true }).fill('1234567');
    await submit(page, page.getByRole('button', { name: 'Зарегистрироваться' }));
    await expect(page.getByLabel('Пароль', { exact: true })).toHaveAccessibleDescription(
      'Не меньше 8 символов. Пароль должен быть не короче 8 символов.',
    );
    await expect(page.getByLabel('Имя', { exact: true })).toHaveValue('Анна');
    await expect(page).toHaveURL('/ru/account/register');
  });

  test('a logged-in user opening login or register goes to the account page', async ({ page }) => {
    const user = await createUser();
    await logIn(page, user.email, user.password);
    await page.goto('/en/account/login');
    await expect(page).toHaveURL('/en/account');
    await page.goto('/en/account/register');
    await expect(page).toHaveURL('/en/account');
  });

  test('login returns to ?next=, but never to another site', async ({ page }) => {
    const user = await createUser();
    await logIn(page, user.email, user.password, { next: '/en/cart?from=login' });
    await expect(page).toHaveURL('/en/cart?from=login');
    await logOut(page);

    await logIn(page, user.email, user.password, { next: '//evil.example.com/steal' });
    await expect(page).toHaveURL('/en/account');
    await logOut(page);
    await logIn(page, user.email, user.password, { next: 'https://evil.example.com/' });
    await expect(page).toHaveURL('/en/account');
    await logOut(page);
    // A tab is dropped from a Location by browsers: "/\t/evil" would be "//evil".
    await logIn(page, user.email, user.password, { next: '/\t/evil.example.com/' });
    await expect(page).toHaveURL('/en/account');
  });

  test('staff see an Admin link, customers do not', async ({ page }) => {
    const staff = await createUser({ staff: true, name: 'Boss' });
    await logIn(page, staff.email, staff.password);
    await expect(banner(page).getByRole('link', { name: 'Admin' })).toHaveAttribute(
      'href',
      '/en/admin/orders',
    );
    await logOut(page);
    const customer = await createUser();
    await logIn(page, customer.email, customer.password);
    await expect(banner(page).getByRole('link', { name: /^Account: / })).toBeVisible();
    await expect(banner(page).getByRole('link', { name: 'Admin' })).toHaveCount(0);
  });

  test('a long name still fits the header on a phone', async ({ page }) => {
    const user = await createUser({ name: 'Anastasia Konstantinovna Rimsky-Korsakova' });
    await logIn(page, user.email, user.password);
    await expect(banner(page).getByRole('button', { name: 'Log out' })).toBeVisible();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
  });
});

test.describe('accounts without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('log in and log out with plain form posts', async ({ page }) => {
    const user = await createUser();
    await page.goto('/en/account/orders');
    await expect(page).toHaveURL(
      `/en/account/login?next=${encodeURIComponent('/en/account/orders')}`,
    );
    await logIn(page, user.email, user.password, { next: '/en/account/orders' });
    await expect(page).toHaveURL('/en/account/orders');
    await logOut(page);
    await logIn(page, user.email, user.password);
    await expect(page).toHaveURL('/en/account');
    await logOut(page);
    await logIn(page, user.email, 'wrong password');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'The e-mail or the password is wrong.',
    );
  });
});

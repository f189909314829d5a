import { expect, test, type BrowserContext, type Page } from '@playwright/test';

import {
  createUser,
  giveOwnAddress,
  logIn,
  registerAccount,
  TEST_PASSWORD,
  uniqueEmail,
} from './account-fixtures';

// Return paths that look like paths on the shop but that a browser, or Next's client router,
// normalises to "//evil.example/...": another site. Each must bring the visitor to their account.
const FOREIGN_RETURN_PATHS = [
  '/..//evil.example/x',
  '/.//evil.example/x',
  '/a/..//evil.example/x',
  '/..//evil.example',
  '/%2e%2e//evil.example/x',
  '/..\\/evil.example/x',
  '/\\evil.example/x',
  '/.\t.//evil.example/x',
  '/.\n//evil.example/x',
];

test.beforeEach(async ({ context }) => {
  await giveOwnAddress(context);
  // Were the shop to send the browser away, it would find a page that says so, not a DNS error.
  await context.route(/^https?:\/\/evil\.example\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<h1>Evil</h1>' }),
  );
});

async function expectOwnAccountPage(page: Page, name: string) {
  const shop = new URL(test.info().project.use.baseURL ?? '');
  await expect(page).toHaveURL(
    (url) => url.origin === shop.origin && url.pathname === '/en/account',
  );
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(name);
}

// Each return path in turn in one browser, the cookies cleared and a new address given between
// them (registrations are limited per address): a browser context per path cost more than the
// logins themselves.
async function eachReturnPath(
  context: BrowserContext,
  check: (next: string) => Promise<void>,
): Promise<void> {
  for (const next of FOREIGN_RETURN_PATHS) {
    await test.step(`next=${JSON.stringify(next)}`, async () => {
      await context.clearCookies();
      await giveOwnAddress(context);
      await check(next);
    });
  }
}

function returnPathCases() {
  test('logging in with a foreign return path stays on the shop', async ({ page, context }) => {
    await eachReturnPath(context, async (next) => {
      const user = await createUser();
      await logIn(page, user.email, user.password, { next });
      await expectOwnAccountPage(page, user.name);
    });
  });

  test('registering with a foreign return path stays on the shop', async ({ page, context }) => {
    await eachReturnPath(context, async (next) => {
      const name = 'Anna Redirect';
      await registerAccount(
        page,
        { name, email: uniqueEmail('next'), password: TEST_PASSWORD },
        { next },
      );
      await expectOwnAccountPage(page, name);
    });
  });
}

test.describe('return paths after login and registration, with JavaScript', () => {
  returnPathCases();

  test('a return path on the shop is still followed', async ({ page }) => {
    const user = await createUser();
    await logIn(page, user.email, user.password, { next: '/en/account/./orders' });
    await expect(page).toHaveURL('/en/account/orders');
  });
});

test.describe('return paths after login and registration, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  returnPathCases();

  test('a return path on the shop is still followed', async ({ page }) => {
    const user = await createUser();
    await logIn(page, user.email, user.password, { next: '/en/account/./orders' });
    await expect(page).toHaveURL('/en/account/orders');
  });
});

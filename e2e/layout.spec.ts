import { expect, test } from '@playwright/test';

import { expectNoA11yViolations } from './fixtures';

// The phone's pages through axe: layout.phone.spec.ts; every page on the desktop: a11y.desktop.spec.ts.

test.describe('layout and accessibility', { tag: '@phone' }, () => {
  test('the 404 page has no axe violations', async ({ page }) => {
    await page.goto('/en/products/no-such-product');
    await expectNoA11yViolations(page);
  });

  test('keyboard users can skip to the content and see where focus is', async ({ page }) => {
    await page.goto('/en');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

// Not about the screen: the desktop project only.
test('the health check answers', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok', database: true });
});

import type { Locator, Page } from '@playwright/test';

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

import { expect, type BrowserContext, type Page } from '@playwright/test';
import { count, eq } from 'drizzle-orm';

import { jobs, savedCarts, users } from '../db/schema';
import { emailKey } from '../lib/domain/email';
import { hashPassword } from '../lib/server/password';
// A test user costs a millisecond to make and to log in, not the 100 ms of the shop's parameters.
import { CHEAP_SCRYPT } from '../lib/testing/cheap-password-hashes';
import { submit } from './forms';
import { withTestDb } from './test-db';

// Helpers for tests that need accounts. Each test should use its own e-mail (uniqueEmail), so that
// tests running in parallel never share an account, a saved cart or a lockout count.

let emailCounter = 0;

/** An e-mail address no other test uses. */
export function uniqueEmail(prefix = 'user'): string {
  emailCounter += 1;
  return `${prefix}.${process.pid}.${Date.now()}.${emailCounter}@example.com`;
}

export const TEST_PASSWORD = 'correct horse battery';

export type TestUser = { id: number; email: string; name: string; password: string };

/**
 * Inserts a user straight into the test server's database, as lib/server/accounts.ts
 * registerUser would (the app's password hash and e-mail key), and returns it.
 */
export async function createUser(
  options: { email?: string; name?: string; password?: string; staff?: boolean } = {},
): Promise<TestUser> {
  const email = options.email ?? uniqueEmail();
  const name = options.name ?? 'Anna Test';
  const password = options.password ?? TEST_PASSWORD;
  const passwordHash = await hashPassword(password, CHEAP_SCRYPT);
  const { id } = withTestDb((db) =>
    db
      .insert(users)
      .values({ name, email, emailKey: emailKey(email), passwordHash, isStaff: !!options.staff })
      .returning({ id: users.id })
      .get(),
  );
  return { id, email, name, password };
}

/** Deletes a test's user: their sessions and saved cart go with them, their orders stay. */
export function deleteUser(id: number) {
  withTestDb((db) => db.delete(users).where(eq(users.id, id)).run());
}

/**
 * Fills in and sends the register form (English), staying wherever the server sends the browser.
 * `next` is the page to come back to.
 */
export async function registerAccount(
  page: Page,
  account: { name: string; email: string; password: string },
  options: { next?: string } = {},
) {
  const query = options.next ? `?next=${encodeURIComponent(options.next)}` : '';
  await page.goto(`/en/account/register${query}`);
  await page.getByLabel('Name', { exact: true }).fill(account.name);
  await page.getByLabel('E-mail', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await submit(page, page.getByRole('button', { name: 'Create account' }));
  await landed(page, '/account/register');
}

/**
 * Logs in through the login page (English). `next` is the page to come back to; `remember` ticks
 * "Remember me". Does not check the outcome: expect the URL or a message afterwards.
 */
export async function logIn(
  page: Page,
  email: string,
  password: string,
  options: { remember?: boolean; next?: string } = {},
) {
  const query = options.next ? `?next=${encodeURIComponent(options.next)}` : '';
  await page.goto(`/en/account/login${query}`);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  if (options.remember) await page.getByLabel('Remember me on this device').check();
  await submit(page, page.getByRole('button', { name: 'Log in' }));
  await landed(page, '/account/login');
}

/**
 * With JavaScript the browser moves on only after the post's answer has arrived: waits until it
 * has left the form's page or the form shows its message (an error or a notice), so that the test's next navigation does
 * not race (and abort) the one the login started.
 */
async function landed(page: Page, formPath: string) {
  const main = page.getByRole('main');
  const message = main.getByRole('alert').or(main.getByRole('status'));
  await expect
    .poll(
      async () => !new URL(page.url()).pathname.endsWith(formPath) || (await message.count()) > 0,
    )
    .toBe(true);
}

/**
 * Logs out with the header's button, and waits until the browser is on the home page it is sent
 * to, with the visitor's links in the header (a navigation started before that would be aborted).
 */
export async function logOut(page: Page) {
  await submit(page, page.getByRole('banner').getByRole('button', { name: 'Log out' }));
  await page.waitForURL(/\/(en|ru)$/);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Log in' })).toBeVisible();
}

let addressCounter = 0;

/**
 * Makes this browser context's requests come from an address of their own. The test server runs
 * with TRUST_PROXY=true, so failed logins count per X-Forwarded-For address; without this, every
 * test's failures would add up on 127.0.0.1 and lock the others out.
 */
export async function giveOwnAddress(context: BrowserContext): Promise<string> {
  addressCounter += 1;
  const address = `10.${process.pid % 250}.${Math.floor(addressCounter / 250)}.${addressCounter % 250}`;
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': address });
  return address;
}

/** How many accounts have this e-mail, in any letter case. */
export function usersWithEmail(email: string): number {
  const row = withTestDb((db) =>
    db
      .select({ accounts: count() })
      .from(users)
      .where(eq(users.emailKey, emailKey(email)))
      .get(),
  );
  return row?.accounts ?? 0;
}

/** The rendered mails queued for an address (the "mail.send" jobs), oldest first. */
export function mailsQueuedTo(email: string): { subject: string; text: string }[] {
  const rows = withTestDb((db) =>
    db
      .select({ payload: jobs.payload })
      .from(jobs)
      .where(eq(jobs.type, 'mail.send'))
      .orderBy(jobs.id)
      .all(),
  );
  return rows
    .map((row) => row.payload as { to: string; subject: string; text: string })
    .filter((mail) => mail.to === email);
}

/**
 * The cart saved for an account: [productId, quantity, unitPrice] tuples, without the minute each
 * price was taken (stored fourth, for the price hold: lib/domain/price-hold.ts, unit-tested).
 */
export function savedCartOf(userId: number): [number, number, string][] {
  const row = withTestDb((db) =>
    db
      .select({ lines: savedCarts.lines })
      .from(savedCarts)
      .where(eq(savedCarts.userId, userId))
      .get(),
  );
  const lines = (row?.lines ?? []) as [number, number, string, number?][];
  return lines.map(([productId, quantity, price]) => [productId, quantity, price]);
}

export function setSavedCart(userId: number, lines: [number, number, string][]) {
  withTestDb((db) =>
    db
      .insert(savedCarts)
      .values({ userId, lines })
      .onConflictDoUpdate({ target: savedCarts.userId, set: { lines } })
      .run(),
  );
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { startTestSmtpServer } from '../lib/testing/smtp-server';
import { availableProduct, decodeMail, newBuyer, placeOrder } from './fixtures';
import { firstJobOfType } from './job-fixtures';
import { startShopServer } from './shop-server';

const tea = availableProduct(3);

// Process-level checks with servers of their own: the desktop project runs them.
test.describe('order confirmation e-mails', () => {
  test.slow();

  test('a real SMTP server receives the e-mail of an order placed in the browser', async ({
    browser,
  }) => {
    const smtp = await startTestSmtpServer();
    const shop = await startShopServer({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      JOBS_POLL_INTERVAL_MS: '100',
    });
    try {
      const page = await (await browser.newContext({ baseURL: shop.baseURL })).newPage();
      const buyer = newBuyer();
      const orderId = await placeOrder(page, tea.en.slug, buyer, 2);
      await expect.poll(() => smtp.received.length, { timeout: 15_000 }).toBe(1);
      const mail = smtp.received[0];
      expect(mail?.to).toEqual([buyer.email]);
      const body = decodeMail(mail?.raw ?? '');
      expect(body).toContain(`Subject: Order nr. ${orderId}`);
      expect(body).toContain('Dear Anna,');
      expect(body).toContain(`2 × ${tea.en.name}`);
      expect(body).toMatch(/Content-Type: text\/plain/);
      expect(body).toMatch(/Content-Type: text\/html/);
    } finally {
      shop.stop();
      await smtp.close();
    }
  });

  test('a refusing SMTP server: the job is retried, then failed, and the order is fine', async ({
    browser,
  }) => {
    const smtp = await startTestSmtpServer({ refuse: 'rcpt' });
    const shop = await startShopServer({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      JOBS_POLL_INTERVAL_MS: '50',
      JOBS_BACKOFF_BASE_MS: '100',
    });
    try {
      const page = await (await browser.newContext({ baseURL: shop.baseURL })).newPage();
      const orderId = await placeOrder(page, tea.en.slug, newBuyer());
      await page.goto(`/en/orders/${orderId}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Order nr. ${orderId}`);
      const job = () =>
        firstJobOfType('mail.order-confirmation', path.join(shop.dataDir, 'shop.db'));
      await expect.poll(() => job()?.state, { timeout: 20_000 }).toBe('failed');
      expect(job()?.attempts).toBe(5);
      expect(job()?.lastError).toContain('550');
      expect(smtp.rcptAttempts).toBe(5);
      // The order itself is whole and still opens.
      expect((await page.reload())?.status()).toBe(200);
      await expect(page.getByText('Thank you, Anna! Your order has been placed.')).toBeVisible();
    } finally {
      shop.stop();
      await smtp.close();
    }
  });

  test('without SMTP settings the e-mail is written as an .eml file', async ({ page }) => {
    const orderId = await placeOrder(page, tea.en.slug, newBuyer());
    const outbox = path.join(process.env.E2E_DATA_DIR ?? '', 'outbox');
    const mails = () => {
      try {
        return readdirSync(outbox).map((file) =>
          decodeMail(readFileSync(path.join(outbox, file), 'utf8')),
        );
      } catch {
        return [];
      }
    };
    await expect
      .poll(() => mails().some((mail) => mail.includes(`Subject: Order nr. ${orderId}`)), {
        timeout: 15_000,
      })
      .toBe(true);
  });
});

import { readFile } from 'node:fs/promises';

import type { Page } from '@playwright/test';

import { createOrder, signInAsStaff, uniqueTag } from './admin-fixtures';
import { expect, test } from './fixtures';

test.beforeEach(async ({ context }) => {
  await signInAsStaff(context);
});

function orderIds(page: Page) {
  return page
    .getByRole('table')
    .getByRole('row')
    .getByRole('link')
    .allTextContents()
    .then((texts) => texts.map(Number));
}

test('filters orders by payment, created dates and name or e-mail', async ({ page }) => {
  const tag = uniqueTag();
  // Dates long past: no other test's order falls in them.
  const paidEarly = createOrder({
    lastName: tag,
    paid: true,
    createdAt: new Date('2020-03-01T08:00:00Z'),
  });
  const unpaidLate = createOrder({
    lastName: tag,
    createdAt: new Date('2020-03-03T23:30:00Z'),
  });
  const byEmail = createOrder({
    email: `${tag}@example.org`,
    createdAt: new Date('2020-03-02T12:00:00Z'),
  });

  await page.goto('/en/admin/orders');
  await page.getByLabel('Name or e-mail').fill(tag);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText('3 orders')).toBeVisible();
  await expect.poll(() => orderIds(page)).toEqual([unpaidLate, byEmail, paidEarly]);

  await page.getByLabel('Payment').selectOption({ label: 'Paid' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByText('1 order', { exact: true })).toBeVisible();
  await expect.poll(() => orderIds(page)).toEqual([paidEarly]);

  await page.getByLabel('Payment').selectOption({ label: 'Not paid' });
  await page.getByLabel('Created from').fill('2020-03-02');
  await page.getByLabel('Created to').fill('2020-03-03');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect.poll(() => orderIds(page)).toEqual([unpaidLate, byEmail]);
  await expect(page.getByLabel('Created from')).toHaveValue('2020-03-02');

  await page.getByLabel('Name or e-mail').fill(`${tag}@example.org`);
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect.poll(() => orderIds(page)).toEqual([byEmail]);
});

test('exports the selected orders to CSV with formulas neutralised', async ({ page }) => {
  const tag = uniqueTag();
  const evil = createOrder({
    firstName: '=HYPERLINK("http://evil.example","click")',
    lastName: tag,
    email: `evil.${tag}@example.com`,
    city: 'Springfield, IL',
    paid: true,
    createdAt: new Date('2021-05-04T10:00:00Z'),
    items: [{ name: 'Teapot', unitPriceMinor: 1999, quantity: 1 }],
  });
  const plain = createOrder({ firstName: 'Boris', lastName: tag, city: '@home' });
  createOrder({ firstName: 'Vera', lastName: tag });

  await page.goto(`/en/admin/orders?q=${tag}`);
  await page.getByRole('checkbox', { name: `Select order ${evil}` }).check();
  await page.getByRole('checkbox', { name: `Select order ${plain}` }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export selected to CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^orders-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('id,customer,email,city,total,paid,created,coupon,discount');
  expect(lines).toContain(
    `${evil},"'=HYPERLINK(""http://evil.example"",""click"") ${tag}",` +
      `evil.${tag}@example.com,"Springfield, IL",19.99,yes,2021-05-04T10:00:00.000Z,,0.00`,
  );
  expect(lines.find((line) => line.startsWith(`${plain},`))).toContain(`,'@home,17.00,no,`);
  expect(csv).not.toContain('Vera');
  expect(lines.filter(Boolean)).toHaveLength(3);
});

test('exporting with nothing selected says so', async ({ page }) => {
  const tag = uniqueTag();
  createOrder({ lastName: tag });
  await page.goto(`/en/admin/orders?q=${tag}`);
  await page.getByRole('button', { name: 'Export selected to CSV' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Select at least one order to export.' }),
  ).toBeVisible();
  await expect(page.getByLabel('Name or e-mail')).toHaveValue(tag);
});

test('an order page links a Stripe payment and gives a PDF invoice', async ({ page }) => {
  const orderId = createOrder({
    firstName: 'Анна',
    lastName: 'Каренина',
    paid: true,
    paymentSource: 'stripe',
    paymentId: 'pi_3Test123',
    items: [{ name: 'Чай «Эрл Грей»', unitPriceMinor: 845, quantity: 2 }],
  });
  await page.goto(`/en/admin/orders/${orderId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Order ${orderId}` })).toBeVisible();
  await expect(page.getByText('Анна Каренина')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Чай «Эрл Грей»' })).toBeVisible();
  await expect(page.getByRole('link', { name: /pi_3Test123/ })).toHaveAttribute(
    'href',
    'https://dashboard.stripe.com/payments/pi_3Test123',
  );

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the PDF invoice' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`invoice-${orderId}.pdf`);
  const pdf = await readFile(await file.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The document title carries the order number, as UTF-16 (see lib/server/invoice.test.ts).
  const utf16 = Buffer.from(
    [...String(orderId)].map((digit) => `\u0000${digit}`).join(''),
    'latin1',
  );
  expect(pdf.includes(utf16)).toBe(true);
  expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
});

test('a test-gateway payment id is shown without a Stripe link', async ({
  page,
  paidOrder: orderId,
}) => {
  await page.goto(`/en/admin/orders/${orderId}`);
  await expect(page.getByText('test_42')).toBeVisible();
  await expect(page.getByRole('link', { name: /test_42/ })).toHaveCount(0);
});

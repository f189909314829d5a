import path from 'node:path';

import { expect, test } from '@playwright/test';
import Stripe from 'stripe';

import { toMinor } from '../lib/domain/money';
import { startFakeStripe, type FakeStripe } from '../lib/testing/fake-stripe';
import { createCoupon } from './coupon-fixtures';
import { addToCart, availableProduct, fillCheckout, newBuyer } from './fixtures';
import { paymentOf } from './order-fixtures';
import { startShopServer } from './shop-server';

// A shop server configured for Stripe, talking to a fake Stripe API on loopback; the webhook
// gets events signed as Stripe signs them. Process-level: the desktop project runs it.

const WEBHOOK_SECRET = 'whsec_e2e_webhook_secret';
const tea = availableProduct(2);

// Set in beforeAll; undefined afterwards only if starting them failed.
let fake!: FakeStripe;
let shop!: Awaited<ReturnType<typeof startShopServer>>;

test.describe.configure({ mode: 'serial' });
test.slow();

test.beforeAll(async () => {
  // A second server starting on a busy machine takes a while.
  test.setTimeout(120_000);
  fake = await startFakeStripe();
  shop = await startShopServer({
    STRIPE_SECRET_KEY: 'sk_test_e2e',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_HOST: '127.0.0.1',
    STRIPE_API_PORT: String(fake.port),
    STRIPE_API_PROTOCOL: 'http',
    JOBS_WORKER: 'off',
  });
});

test.afterAll(async () => {
  (shop as typeof shop | undefined)?.stop();
  await (fake as FakeStripe | undefined)?.close();
});

function orderState(id: number) {
  return paymentOf(id, path.join(shop.dataDir, 'shop.db'));
}

function completedEvent(
  orderId: number,
  amountTotal: number,
  eventId = `evt_${orderId}_${Date.now()}`,
) {
  return JSON.stringify({
    id: eventId,
    object: 'event',
    type: 'checkout.session.completed',
    data: {
      object: {
        id: `cs_test_${orderId}`,
        object: 'checkout.session',
        client_reference_id: String(orderId),
        amount_total: amountTotal,
        currency: 'usd',
        payment_status: 'paid',
        payment_intent: `pi_e2e_${orderId}`,
      },
    },
  });
}

async function deliver(body: string, signature?: string) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (signature !== undefined) headers['Stripe-Signature'] = signature;
  return fetch(`${shop.baseURL}/api/webhooks/stripe`, { method: 'POST', headers, body });
}

const sign = (body: string, secret = WEBHOOK_SECRET) =>
  Stripe.webhooks.generateTestHeaderString({ payload: body, secret });

async function orderThroughStripe(browser: import('@playwright/test').Browser, quantity: number) {
  const page = await (await browser.newContext({ baseURL: shop.baseURL })).newPage();
  await addToCart(page, tea.en.slug, quantity);
  await page.goto('/en/checkout');
  await fillCheckout(page, newBuyer());
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(`${fake.baseURL}/c/pay/**`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fake Stripe Checkout');
  const request = fake.requests.at(-1);
  return { page, request, id: Number(request?.params.get('client_reference_id')) };
}

test('placing an order opens its Checkout Session and goes to Stripe', async ({ browser }) => {
  const { request, id } = await orderThroughStripe(browser, 2);
  expect(id).toBeGreaterThan(0);
  expect(request?.path).toBe('/v1/checkout/sessions');
  expect(request?.headers['idempotency-key']).toBe(`order-${id}-checkout`);
  expect(Object.fromEntries(request?.params ?? [])).toMatchObject({
    mode: 'payment',
    client_reference_id: String(id),
    'line_items[0][quantity]': '2',
    'line_items[0][price_data][currency]': 'usd',
    'line_items[0][price_data][unit_amount]': String(toMinor(tea.price, 2)),
    'line_items[0][price_data][product_data][name]': tea.en.name,
    success_url: `${shop.baseURL}/en/payment/completed?order=${id}&session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${shop.baseURL}/en/payment/canceled?order=${id}`,
  });
  expect(orderState(id)).toMatchObject({ paid: false, totalMinor: toMinor(tea.price, 2) * 2 });
});

test('a signed completed event marks the order paid once; a replay changes nothing', async ({
  browser,
}) => {
  const { page, id } = await orderThroughStripe(browser, 1);
  const total = orderState(id).totalMinor;
  // Back from Stripe before the webhook: the page waits for the confirmation.
  await page.goto(`${shop.baseURL}/en/payment/completed?order=${id}&session_id=cs_test_x`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment being confirmed');

  const body = completedEvent(id, total);
  const first = await deliver(body, sign(body));
  expect(first.status).toBe(200);
  expect(await first.json()).toEqual({ received: true, outcome: 'PAID' });
  expect(orderState(id)).toMatchObject({
    paid: true,
    paymentId: `pi_e2e_${id}`,
    paymentSource: 'stripe',
    invoices: 1,
  });
  const replay = await deliver(body, sign(body));
  expect(replay.status).toBe(200);
  expect(orderState(id).invoices).toBe(1);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment received');
  await page.goto(`${shop.baseURL}/en/orders/${id}`);
  await expect(page.getByText(/^Paid on /)).toBeVisible();
});

test('a bad or missing signature is refused with 400, and nothing changes', async ({ browser }) => {
  const { id } = await orderThroughStripe(browser, 1);
  const body = completedEvent(id, orderState(id).totalMinor);
  expect((await deliver(body, sign(body, 'whsec_not_the_shops'))).status).toBe(400);
  expect((await deliver(body)).status).toBe(400);
  expect(orderState(id)).toMatchObject({ paid: false, invoices: 0 });
});

test('an amount that is not the order’s does not mark it paid', async ({ browser }) => {
  const { id } = await orderThroughStripe(browser, 1);
  const body = completedEvent(id, orderState(id).totalMinor - 1);
  const response = await deliver(body, sign(body));
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ received: true, outcome: 'AMOUNT_MISMATCH' });
  expect(orderState(id)).toMatchObject({ paid: false, invoices: 0 });
});

test('a canceled payment can be tried again: the same session while open, a new one once expired', async ({
  browser,
}) => {
  const { page, id } = await orderThroughStripe(browser, 1);
  const firstUrl = page.url();
  const sessionId = firstUrl.split('/').at(-1) ?? '';
  const sent = fake.requests.length;
  await page.goto(`${shop.baseURL}/en/payment/canceled?order=${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment canceled');
  await page.getByRole('button', { name: 'Try to pay again' }).click();
  await page.waitForURL(firstUrl);
  // Looked up, not created again.
  expect(fake.requests.slice(sent).map((request) => `${request.method} ${request.path}`)).toEqual([
    `GET /v1/checkout/sessions/${sessionId}`,
  ]);

  // A day later Stripe has expired it: the next try opens a new session under a new key.
  fake.setStatus(sessionId, 'expired');
  await page.goto(`${shop.baseURL}/en/payment/canceled?order=${id}`);
  await page.getByRole('button', { name: 'Try to pay again' }).click();
  await page.waitForURL(`${fake.baseURL}/c/pay/**`);
  expect(page.url()).not.toBe(firstUrl);
  const created = fake.requests.filter((request) => request.method === 'POST').at(-1);
  expect(created?.headers['idempotency-key']).toBe(`order-${id}-checkout-after-${sessionId}`);
});

test('a coupon order is charged its discounted total: a Stripe coupon of the discount, and the webhook agrees', async ({
  browser,
}) => {
  const code = `STRIPE${Date.now()}`;
  createCoupon({ percentOff: 10 }, 'STRIPE', { code, file: path.join(shop.dataDir, 'shop.db') });
  const page = await (await browser.newContext({ baseURL: shop.baseURL })).newPage();
  await addToCart(page, tea.en.slug, 3);
  await page.goto('/en/cart');
  await page.getByLabel('Coupon code', { exact: true }).fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(page.getByText(new RegExp(`^Coupon ${code} \\(10 % off\\)`))).toBeVisible();
  await page.goto('/en/checkout');
  await fillCheckout(page, newBuyer());
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(`${fake.baseURL}/c/pay/**`);

  const subtotal = toMinor(tea.price, 2) * 3;
  const discount = Math.round(subtotal / 10); // the shop rounds half up; these prices have no half
  const [couponRequest, sessionRequest] = fake.requests.slice(-2);
  const id = Number(sessionRequest?.params.get('client_reference_id'));
  expect(orderState(id)).toMatchObject({ paid: false, totalMinor: subtotal - discount });
  expect(couponRequest?.path).toBe('/v1/coupons');
  expect(couponRequest?.headers['idempotency-key']).toBe(`order-${id}-coupon`);
  expect(couponRequest?.params.get('amount_off')).toBe(String(discount));
  expect(sessionRequest?.params.get('discounts[0][coupon]')).toMatch(/^fake_coupon_/);
  expect(sessionRequest?.params.get('line_items[0][price_data][unit_amount]')).toBe(
    String(toMinor(tea.price, 2)),
  );

  // Stripe reports the lines less the coupon: the order's total, which marks it paid.
  const body = completedEvent(id, subtotal - discount);
  const answer = await deliver(body, sign(body));
  expect(await answer.json()).toEqual({ received: true, outcome: 'PAID' });
  expect(orderState(id)).toMatchObject({ paid: true, invoices: 1 });
});

test('without STRIPE_WEBHOOK_SECRET the webhook says it is not configured', async ({ request }) => {
  // The main test server has no Stripe settings at all.
  const response = await request.post('/api/webhooks/stripe', {
    data: '{}',
    headers: { 'Stripe-Signature': 't=1,v1=x' },
  });
  expect(response.status()).toBe(503);
  expect(await response.json()).toEqual({
    error: expect.stringMatching(/STRIPE_WEBHOOK_SECRET/),
  });
});
